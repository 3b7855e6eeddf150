package vn.sochibo.member;

/** Political theory level (lý luận chính trị), lowest first. */
public enum PoliticalTheory {
    CHUA_QUA_DAO_TAO,
    SO_CAP,
    TRUNG_CAP,
    CAO_CAP,
    CU_NHAN
}
