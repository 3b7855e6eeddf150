package vn.sochibo.evaluation;

/**
 * A stored member entry of an evaluation year.
 *
 * @param id       its id
 * @param memberId the member
 * @param position the place on the roll (Vietnamese name order), from 1
 * @param fullName the member's name as on the roll
 * @param roll     the member's participation from the register on the roll date
 * @param draft    what the clerk recorded
 */
public record EntryRecord(long id, long memberId, int position, String fullName, Participation roll, EntryDraft draft) {

    /** The participation with the clerk's exclusion applied. */
    public Participation participation() {
        return draft.participation(roll);
    }

    /** The grade that counts: decided above, else the chi bộ's proposal; null when neither is recorded. */
    public Grade finalGrade() {
        return draft.decided() != null ? draft.decided() : draft.proposed();
    }
}
