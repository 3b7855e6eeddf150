package vn.sochibo.election.engine;

import java.util.OptionalInt;

/**
 * What a branch congress elects (DOMAIN.md §1.1, §1.9).
 */
public enum Office {
    /** The branch committee (chi ủy); its list must carry a surplus (§1.4). */
    COMMITTEE,
    /** The branch secretary (bí thư); at most three rounds (§1.1, §1.8). */
    SECRETARY,
    /** The deputy secretary (phó bí thư). */
    DEPUTY,
    /** Delegates to the upper congress, with alternates from the same list (§1.9). */
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
     * Whether a list for this office must be longer than the number of seats and respect the 30% limit
     * (§1.4). Only the committee is certain; for the other offices the sources settle nothing ([U]).
     *
     * @return {@code true} for the committee only
     */
    public boolean requiresSurplus() {
        return this == COMMITTEE;
    }

    /**
     * Whether this office elects alternates from the same list (§1.9).
     *
     * @return {@code true} for delegates only
     */
    public boolean hasAlternates() {
        return this == DELEGATES;
    }

    /**
     * The most rounds of voting the congress may hold for this office (294 §23.3).
     *
     * @return 3 for the secretary, empty (no limit) for every other office
     */
    public OptionalInt maxRounds() {
        return this == SECRETARY ? OptionalInt.of(3) : OptionalInt.empty();
    }
}
