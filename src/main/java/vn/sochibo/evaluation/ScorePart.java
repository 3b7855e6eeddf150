package vn.sochibo.evaluation;

/** The two parts of the 100-point score: the common criteria (30) and the task results (70). */
public enum ScorePart {
    COMMON,
    TASKS
}
