package vn.sochibo.election.engine;

import java.util.Objects;

import vn.sochibo.common.Text;

/**
 * One member on the congress roll, as the attendance report lists them (src/site/rules.md, "Bầu cử tại đại hội
 * chi bộ": who gets a ballot; "Biểu quyết và bầu cử: số N và ngưỡng": who is in N).
 *
 * @param name            full name
 * @param standing        official, probationary, or here on temporary activity from another đảng bộ
 * @param situation       the member's situation in this branch
 * @param present         whether the member attends
 * @param absenceAccepted for an absent member: whether the convening committee accepted the reason for
 *                        missing the whole congress
 */
public record Attendee(String name, Standing standing, Situation situation, boolean present,
        boolean absenceAccepted) {

    /** The member's standing at this congress. */
    public enum Standing {
        /** Official member (đảng viên chính thức) of this branch. */
        OFFICIAL,
        /** Probationary member (đảng viên dự bị): attends, no ballot, not in N. */
        PROBATIONARY,
        /** Here on temporary activity from another đảng bộ: no vote here, not in N. */
        TEMPORARILY_HERE
    }

    /** The member's situation in this branch. */
    public enum Situation {
        /** Ordinary activity. */
        ACTIVE,
        /** Introduced for temporary activity in another đảng bộ. */
        TEMPORARILY_ELSEWHERE,
        /** Exempt from work and Party activity; in N only when attending. */
        EXEMPT,
        /** Suspended from Party activity. */
        SUSPENDED,
        /** Under prosecution or in custody. */
        PROSECUTED_OR_DETAINED
    }

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Attendee {
        name = Text.clean(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(situation, "situation");
    }

    /**
     * An official member in ordinary activity.
     *
     * @param name    full name
     * @param present whether attending
     * @return the attendee, absence not accepted
     */
    public static Attendee official(String name, boolean present) {
        return new Attendee(name, Standing.OFFICIAL, Situation.ACTIVE, present, false);
    }
}
