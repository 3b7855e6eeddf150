package vn.sochibo.member;

/** A member's current status, derived from the lifecycle events (src/site/rules.md, "Hồ sơ đảng viên"). */
public enum MemberStatus {
    PROBATIONARY(true),
    OFFICIAL(true),
    TEMPORARILY_AWAY(true),
    EXEMPT(true),
    SUSPENDED(true),
    TRANSFERRED_OUT(false),
    REMOVED(false),
    EXPELLED(false),
    DECEASED(false);

    private final boolean onRegister;

    MemberStatus(boolean onRegister) {
        this.onRegister = onRegister;
    }

    /** True while the member belongs to this branch's headcount (temporarily away members still do). */
    public boolean onRegister() {
        return onRegister;
    }
}
