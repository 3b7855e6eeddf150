package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;

/**
 * Derives N and who gets a ballot from the congress roll (src/site/rules.md, "Biểu quyết và bầu cử: số N và
 * ngưỡng" and "Bầu cử tại đại hội chi bộ": who gets a ballot).
 *
 * <p>Ballots go to official members present, exempt members who attend included; probationary members and
 * members here on temporary activity get none, nor do suspended, prosecuted or detained members. A member
 * introduced for temporary activity elsewhere is out of N whether present or not; if such a member attends, they
 * keep their right to vote at their home branch (Quy định 294-QĐ/TW §6.3.2) and get a ballot, and a note says so
 * because that ballot has no place in N (our reading: the texts do not speak of it).
 */
public final class CongressRoll {

    private final List<Attendee> attendees;

    private CongressRoll(List<Attendee> attendees) {
        this.attendees = List.copyOf(attendees);
    }

    /**
     * A roll.
     *
     * @param attendees everyone convened or attending, not null
     * @return the roll
     */
    public static CongressRoll of(List<Attendee> attendees) {
        return new CongressRoll(attendees);
    }

    /**
     * The vote base, itemised.
     *
     * @return N and its subtractions
     */
    public VoteBase voteBase() {
        int official = 0;
        int elsewhere = 0;
        int exemptAbsent = 0;
        int suspended = 0;
        int prosecuted = 0;
        int absentExcused = 0;
        for (Attendee attendee : attendees) {
            if (attendee.standing() != Attendee.Standing.OFFICIAL) {
                continue;
            }
            official++;
            switch (attendee.situation()) {
                case TEMPORARILY_ELSEWHERE -> elsewhere++;
                case EXEMPT -> exemptAbsent += attendee.present() ? 0 : 1;
                case SUSPENDED -> suspended++;
                case PROSECUTED_OR_DETAINED -> prosecuted++;
                case ACTIVE -> absentExcused += !attendee.present() && attendee.absenceAccepted() ? 1 : 0;
                default -> throw new IllegalStateException(attendee.situation().name());
            }
        }
        return new VoteBase(official, elsewhere, exemptAbsent, suspended, absentExcused, prosecuted);
    }

    /**
     * Who gets a ballot, in roll order.
     *
     * @return official members present who are active, exempt, or on temporary activity elsewhere
     */
    public List<Attendee> ballotHolders() {
        List<Attendee> holders = new ArrayList<>();
        for (Attendee attendee : attendees) {
            if (attendee.standing() == Attendee.Standing.OFFICIAL && attendee.present()
                    && attendee.situation() != Attendee.Situation.SUSPENDED
                    && attendee.situation() != Attendee.Situation.PROSECUTED_OR_DETAINED) {
                holders.add(attendee);
            }
        }
        return List.copyOf(holders);
    }

    /**
     * Official members on the roll; probationary members and members here temporarily do not count.
     *
     * @return the number used for {@link BodyToElect#forBranch}
     */
    public int officialMembers() {
        return (int) attendees.stream().filter(a -> a.standing() == Attendee.Standing.OFFICIAL).count();
    }

    /**
     * Notes for the attendance report: ballot holders outside N.
     *
     * @return notes as message keys with the member's name, empty when every ballot holder is in N
     */
    public List<Problem> notes() {
        List<Problem> notes = new ArrayList<>();
        for (Attendee holder : ballotHolders()) {
            if (holder.situation() == Attendee.Situation.TEMPORARILY_ELSEWHERE) {
                notes.add(Problem.warning("roll", "election.engine.presentButOutsideBase", holder.name()));
            }
        }
        return notes;
    }
}
