package vn.sochibo.election;

import vn.sochibo.election.engine.Attendee;

/**
 * One line of the congress roll as stored: taken from the register, with the attendance the clerk records.
 *
 * @param id         database id
 * @param memberId   the member in the register, or {@code null}
 * @param name       full name
 * @param standing   official, probationary, or here temporarily
 * @param situation  the member's situation in the branch
 * @param attendance present, absent, or absent with an accepted reason
 * @param partyYears whole Party years at the congress date
 */
public record CongressAttendee(long id, Long memberId, String name, Attendee.Standing standing,
        Attendee.Situation situation, Attendance attendance, int partyYears) {

    /**
     * The engine's view of this line.
     *
     * @return the attendee
     */
    public Attendee toAttendee() {
        return new Attendee(name, standing, situation, attendance == Attendance.PRESENT,
                attendance == Attendance.ABSENT_EXCUSED);
    }

    /**
     * Whether this member may stand as a candidate: official members only (src/site/rules.md, "Sinh hoạt chi bộ và
     * đại hội", who may be elected to what).
     *
     * @return {@code true} for an official member not suspended or prosecuted
     */
    public boolean mayStand() {
        return standing == Attendee.Standing.OFFICIAL && situation != Attendee.Situation.SUSPENDED
                && situation != Attendee.Situation.PROSECUTED_OR_DETAINED;
    }
}
