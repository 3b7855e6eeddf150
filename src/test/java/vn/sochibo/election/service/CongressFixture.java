package vn.sochibo.election.service;

import vn.sochibo.election.Attendance;
import vn.sochibo.election.Congress;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.CongressDraft;
import vn.sochibo.election.engine.Office;

import java.util.List;

import vn.sochibo.TestClocks;
import vn.sochibo.common.PersonName;
import vn.sochibo.core.Services;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.MemberSummary;

/** A congress on the sample branch, for service, document and UI tests. */
public final class CongressFixture {

    private CongressFixture() {
    }

    /**
     * Loads the sample branch and sets up a congress on 22/11/2026 whose counting board is the last two
     * official members in name order.
     *
     * @return the congress id
     */
    public static long congress(Services services) {
        services.samples().load(true);
        List<String> board = board(services);
        return services.congresses().create(new CongressDraft("2025-2030", TestClocks.TODAY, "Hội trường tầng 3",
                1, board.get(0), board.subList(1, board.size())));
    }

    /** The two board members' names. */
    public static List<String> board(Services services) {
        List<String> officials = services.members().list().stream()
                .filter(m -> m.status() == MemberStatus.OFFICIAL).map(MemberSummary::fullName)
                .sorted(PersonName.comparator()).toList();
        return officials.subList(officials.size() - 2, officials.size());
    }

    /** The first {@code count} members of the roll who may stand and are not on the board. */
    public static List<CongressAttendee> candidates(Services services, long congressId, int count) {
        Congress congress = services.congresses().congress(congressId);
        return services.congresses().roll(congressId).stream().filter(CongressAttendee::mayStand)
                .filter(a -> a.attendance() == Attendance.PRESENT)
                .filter(a -> !a.name().equals(congress.boardHead()) && !congress.boardMembers().contains(a.name()))
                .limit(count).toList();
    }

    /**
     * A committee of 5 elected from 6 on a congress of the sample branch: every ballot holder votes, entered
     * twice alike; the last ballot is ruled invalid (no stamp). Ballot k crosses out name 6 when k is a
     * multiple of 3, otherwise name 5.
     *
     * @return the counted round's id
     */
    public static long countedCommitteeRound(Services services) {
        long congress = congress(services);
        long office = services.officeLists().addOffice(congress, Office.COMMITTEE, 5, 0, 25, 0);
        candidates(services, congress, 6).forEach(c -> services.officeLists().nominate(office, c.id()));
        int holders = services.congresses().congressRoll(congress).ballotHolders().size();
        long round = services.elections().openRound(office, holders, false);
        for (int entry = 1; entry <= 2; entry++) {
            for (int ballot = 1; ballot <= holders - 1; ballot++) {
                services.elections().enterBallot(round, entry, ballot, ballot % 3 == 0 ? "6" : "5");
            }
            services.elections().enterBallot(round, entry, holders, "!Không có dấu của Ban kiểm phiếu");
        }
        services.elections().count(round);
        return round;
    }

    /**
     * The secretary's office of a congress of the sample branch (9 or more official members, so a committee):
     * the committee of 5 is elected first from 6 by the board's totals, then the secretary's office is added
     * with the first committee member on its list.
     *
     * @return the secretary's office id
     */
    public static long secretaryAfterCommittee(Services services, long congress) {
        long committee = services.officeLists().addOffice(congress, Office.COMMITTEE, 5, 0, 25, 0);
        candidates(services, congress, 6).forEach(c -> services.officeLists().nominate(committee, c.id()));
        int holders = services.congresses().congressRoll(congress).ballotHolders().size();
        int need = services.congresses().voteBase(congress).votesNeeded();
        long round = services.elections().openRound(committee, holders, true);
        services.elections().enterTotals(round, holders, holders, 0, "",
                List.of(need + 5, need + 4, need + 3, need + 2, need + 1, need - 1));
        services.elections().count(round);
        long office = services.officeLists().addOffice(congress, Office.SECRETARY, 1, 0, 25, 0);
        services.officeLists().nominate(office, services.officeLists().eligible(office).get(0).id());
        return office;
    }

    /** A congress's committee election after its first round. */
    public record FirstRound(long congress, long committee, long round, int holders) {
    }

    /**
     * A committee of 5 from 7 on a congress of the sample branch whose first round, entered twice alike, elects
     * only 4 (names 4 and 5 crossed out on the first N/2 ballots, then 3 and 6 or 6 and 7 in turn); the congress
     * has decided to vote again for the fifth place.
     */
    public static FirstRound committeeFirstRoundFourOfFive(Services services) {
        long congress = congress(services);
        long committee = services.officeLists().addOffice(congress, Office.COMMITTEE, 5, 0, 25, 0);
        candidates(services, congress, 7).forEach(c -> services.officeLists().nominate(committee, c.id()));
        int holders = services.congresses().congressRoll(congress).ballotHolders().size();
        int need = services.congresses().voteBase(congress).votesNeeded();
        long round = services.elections().openRound(committee, holders, false);
        for (int entry = 1; entry <= 2; entry++) {
            for (int ballot = 1; ballot <= holders; ballot++) {
                services.elections().enterBallot(round, entry, ballot,
                        ballot <= need - 1 ? "4 5" : ballot % 2 == 0 ? "3 6" : "6 7");
            }
        }
        services.elections().count(round);
        services.elections().decide(committee, vn.sochibo.election.engine.Round.Decision.VOTE_AGAIN);
        return new FirstRound(congress, committee, round, holders);
    }
}
