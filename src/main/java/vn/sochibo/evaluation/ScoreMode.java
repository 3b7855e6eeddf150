package vn.sochibo.evaluation;

/** How a score was entered: the two part totals, or points per criteria group that add up to them. */
public enum ScoreMode {
    TOTALS,
    GROUPS
}
