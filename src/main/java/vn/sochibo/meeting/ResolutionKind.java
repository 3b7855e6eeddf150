package vn.sochibo.meeting;

/**
 * What a resolution decides. Admission, full membership, removal and expulsion need two thirds of N
 * ({@code 3 × for ≥ 2 × N}); everything else more than half ({@code 2 × for > N}) (294-QĐ/TW §9.3.4;
 * src/site/rules.md, "How a resolution passes").
 */
public enum ResolutionKind {
    ORDINARY(false),
    ADMISSION(true),
    OFFICIAL_RECOGNITION(true),
    REMOVAL(true),
    EXPULSION(true);

    private final boolean twoThirds;

    ResolutionKind(boolean twoThirds) {
        this.twoThirds = twoThirds;
    }

    /** True when the resolution needs two thirds of N instead of more than half. */
    public boolean needsTwoThirds() {
        return twoThirds;
    }

    /** The smallest number of votes for that passes with vote base {@code n}. */
    public int votesNeeded(int n) {
        if (twoThirds) {
            return (2 * n + 2) / 3; // ⌈2N/3⌉
        }
        return n / 2 + 1;
    }

    /** Whether {@code votesFor} passes with vote base {@code n} (exact integers). */
    public boolean passes(int votesFor, int n) {
        if (n <= 0) {
            return false;
        }
        return twoThirds ? 3L * votesFor >= 2L * n : 2L * votesFor > n;
    }
}
