package vn.sochibo.branch;

/** Whether the organisation is a single chi bộ or a đảng bộ cơ sở with chi bộ trực thuộc. */
public enum BranchKind {
    CHI_BO,
    DANG_BO_CO_SO
}
