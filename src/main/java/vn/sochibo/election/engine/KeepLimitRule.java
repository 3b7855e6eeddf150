package vn.sochibo.election.engine;

/**
 * How many names a valid ballot may keep when delegates and alternates are on one list (src/site/rules.md, "Bầu cử tại đại hội chi bộ":
 * ballots). The regulation text was not reached, so this is a setting of the election.
 */
public enum KeepLimitRule {
    /** Up to the official places plus the alternate places (the default). */
    OFFICIALS_PLUS_ALTERNATES,
    /** Up to the official places only (alternate places when a round fills alternates alone). */
    OFFICIALS_ONLY;

    /**
     * The keep limit for a round.
     *
     * @param seats      official places in the round
     * @param alternates alternate places in the round
     * @return the most names a valid ballot may keep, at least 1 when the round has a place
     */
    public int limit(int seats, int alternates) {
        if (this == OFFICIALS_PLUS_ALTERNATES) {
            return seats + alternates;
        }
        return seats > 0 ? seats : alternates;
    }
}
