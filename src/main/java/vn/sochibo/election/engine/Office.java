package vn.sochibo.election.engine;

import java.util.OptionalInt;

/**
 * What a branch congress elects (src/site/rules.md, "Bầu cử tại đại hội chi bộ").
 */
public enum Office {
    /** The branch committee (chi ủy); its list must carry a surplus. */
    COMMITTEE,
    /** The branch secretary (bí thư); at most three rounds. */
    SECRETARY,
    /** The deputy secretary (phó bí thư). */
    DEPUTY,
    /** Delegates to the upper congress, with alternates from the same list. */
    DELEGATES;

    /**
     * Whether the office is always filled by exactly one person.
     *
     * @return {@code true} for the secretary and the deputy
     */
    public boolean isSinglePerson() {
        return this == SECRETARY || this == DEPUTY;
    }

    /**
     * Whether a list for this office must be longer than the number of seats and respect the 30% limit. Only the
     * committee is certain; for the other offices the texts we read settle nothing.
     *
     * @return {@code true} for the committee only
     */
    public boolean requiresSurplus() {
        return this == COMMITTEE;
    }

    /**
     * Whether this office elects alternates from the same list.
     *
     * @return {@code true} for delegates only
     */
    public boolean hasAlternates() {
        return this == DELEGATES;
    }

    /**
     * The most rounds of voting the congress may hold for this office (Quy định 294-QĐ/TW §23.3).
     *
     * @return 3 for the secretary, empty (no limit) for every other office
     */
    public OptionalInt maxRounds() {
        return this == SECRETARY ? OptionalInt.of(3) : OptionalInt.empty();
    }
}
