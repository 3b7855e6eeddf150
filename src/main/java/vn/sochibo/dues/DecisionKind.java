package vn.sochibo.dues;

/** A decision about one member's dues: exempt (hardship, social pension) or reduced by a percentage for a while. */
public enum DecisionKind {
    EXEMPT, REDUCTION
}
