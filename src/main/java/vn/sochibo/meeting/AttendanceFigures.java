package vn.sochibo.meeting;

import java.util.List;

import vn.sochibo.member.MemberStatus;

/**
 * The membership and attendance figures of one meeting, computed from its roll call (src/site/rules.md, "The vote
 * base N" and "How a resolution passes").
 *
 * <p>N (the vote base) = official members − members on temporary activity elsewhere − exempt members who are
 * absent − suspended members − official members absent with a reason. Probationary members are on the roll
 * but never in N; exempt members who attend stay in N. {@code votingPresent} counts official and exempt
 * members present: they are the ones who vote.
 *
 * @param onRoll        everyone called (all statuses)
 * @param official      official members (including exempt, away and suspended ones)
 * @param probationary  probationary members
 * @param away          official members on temporary activity elsewhere
 * @param exempt        exempt members
 * @param suspended     suspended members
 * @param voteBase      N
 * @param present       everyone present, probationary members included
 * @param votingPresent official (and exempt) members present
 * @param excused       absent with a reason
 * @param unexcused     absent without a reason
 */
public record AttendanceFigures(int onRoll, int official, int probationary, int away, int exempt, int suspended,
                                int voteBase, int present, int votingPresent, int excused, int unexcused) {

    /** Figures for a roll call. */
    public static AttendanceFigures of(List<RollEntry> roll) {
        int probationary = 0;
        int away = 0;
        int exempt = 0;
        int suspended = 0;
        int official = 0;
        int n = 0;
        int present = 0;
        int votingPresent = 0;
        int excused = 0;
        int unexcused = 0;
        for (RollEntry e : roll) {
            MemberStatus s = e.status();
            switch (s) {
                case PROBATIONARY -> probationary++;
                case TEMPORARILY_AWAY -> away++;
                case EXEMPT -> exempt++;
                case SUSPENDED -> suspended++;
                default -> {
                    // official
                }
            }
            if (s != MemberStatus.PROBATIONARY) {
                official++;
            }
            if (e.present()) {
                present++;
            } else if (e.attendance() == Attendance.EXCUSED) {
                excused++;
            } else {
                unexcused++;
            }
            if (e.votes() && e.present()) {
                votingPresent++;
            }
            boolean inN = (s == MemberStatus.OFFICIAL && e.attendance() != Attendance.EXCUSED)
                    || (s == MemberStatus.EXEMPT && e.present());
            if (inN) {
                n++;
            }
        }
        return new AttendanceFigures(roll.size(), official, probationary, away, exempt, suspended, n, present,
                votingPresent, excused, unexcused);
    }

    /**
     * Warn when official members present are at most N/2: no resolution can pass (rules.md, "How a resolution passes").
     */
    public boolean tooFewPresent() {
        return 2L * votingPresent <= voteBase;
    }

    /** Official members present as a share of N, in tenths of a percent, rounded half up (0 when N = 0). */
    public int sharePermille() {
        if (voteBase == 0) {
            return 0;
        }
        return (int) ((votingPresent * 2000L + voteBase) / (2L * voteBase));
    }

    /** The share as text, e.g. "91,7%". */
    public String shareText() {
        int permille = sharePermille();
        return (permille / 10) + "," + (permille % 10) + "%";
    }
}
