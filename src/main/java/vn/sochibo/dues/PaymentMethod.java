package vn.sochibo.dues;

/** How dues were paid: in cash to the branch, or on the national public service portal (Cổng Dịch vụ công Quốc gia). */
public enum PaymentMethod {
    CASH, PORTAL
}
