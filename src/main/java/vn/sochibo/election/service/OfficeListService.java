package vn.sochibo.election.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jooq.DSLContext;

import vn.sochibo.common.Problem;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.election.Congress;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.ListedCandidate;
import vn.sochibo.election.OfficeList;
import vn.sochibo.election.engine.BodyToElect;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.CandidateList;
import vn.sochibo.election.engine.CandidateListCheck;
import vn.sochibo.election.engine.CandidateOrder;
import vn.sochibo.election.engine.CongressRoll;
import vn.sochibo.election.engine.Contest;
import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.Office;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;
import vn.sochibo.vote.VoteRule;

/**
 * The offices of a congress and their candidate lists (src/site/rules.md, "Bầu cử tại đại hội chi bộ"): the number
 * to elect voted by show of hands, nominations of the convening committee and from the floor, withdrawals, and the
 * surplus checks of the engine. Each public method is one transaction; bad input throws
 * {@link ValidationException} and changes nothing.
 */
public final class OfficeListService {

    private final Database database;
    private final CongressService congresses;
    private final ElectionRepository elections;
    private final ElectionStateService state;

    /** Wires the service. */
    public OfficeListService(Database database, CongressService congresses, ElectionRepository elections,
            ElectionStateService state) {
        this.database = database;
        this.congresses = congresses;
        this.elections = elections;
        this.state = state;
    }

    /**
     * Adds an office with the number to elect, as the congress voted it by show of hands.
     *
     * @param congressId   the congress
     * @param office       what is elected
     * @param seats        official places
     * @param alternates   alternate places (delegates only)
     * @param handsFor     hands for the number
     * @param handsAgainst hands against
     * @return the office id
     * @throws ValidationException if the office exists already, the number is impossible for the branch
     *                             (engine checks), or the show of hands did not adopt it (2 × for > N)
     */
    public long addOffice(long congressId, Office office, int seats, int alternates, int handsFor,
            int handsAgainst) {
        return database.write(Operation.of("audit.op.election.office"), ctx -> {
            congresses.find(ctx, congressId);
            if (elections.offices(ctx, congressId).stream().anyMatch(o -> o.office() == office)) {
                throw ElectionService.invalid("office", "election.office.problem.exists");
            }
            CongressRoll roll = congresses.rollOf(ctx, congressId);
            List<Problem> problems = CandidateListCheck.checkSeats(office, seats, roll.officialMembers());
            if (!problems.isEmpty()) {
                throw new ValidationException(problems.subList(0, 1));
            }
            Contest.checkPlaces(office, seats, alternates);
            if (office.isSinglePerson() && BodyToElect.forBranch(roll.officialMembers()).committee()) {
                // with a committee, the secretary and deputy come from it: elect it first
                requireElectedCommittee(ctx, congressId);
            }
            if (office == Office.DELEGATES) {
                // the upper level allocates the number of delegates: the congress does not vote on it
                return elections.insertOffice(ctx, congressId, office, seats, alternates, 0, 0);
            }
            int present = roll.ballotHolders().size();
            if (handsFor < 0 || handsAgainst < 0 || handsFor + handsAgainst > present) {
                throw ElectionService.invalid("hands", "election.office.problem.hands", present);
            }
            int n = roll.voteBase().n();
            if (!VoteRule.MORE_THAN_HALF.passes(handsFor, n)) {
                throw ElectionService.invalid("hands", "election.office.problem.notAdopted", handsFor, n);
            }
            return elections.insertOffice(ctx, congressId, office, seats, alternates, handsFor, handsAgainst);
        });
    }

    /**
     * The committee members the congress elected; refused while the committee's election is not finished.
     * Rules: src/site/rules.md, "Sinh hoạt chi bộ và đại hội" (who may be elected to what).
     */
    private List<Candidate> requireElectedCommittee(DSLContext ctx, long congressId) {
        ElectionOffice committee = elections.offices(ctx, congressId).stream()
                .filter(o -> o.office() == Office.COMMITTEE).findFirst()
                .orElseThrow(() -> ElectionService.invalid("office", "election.office.problem.committeeFirst"));
        Election election = state.replay(ctx, committee.id()).election();
        if (election.elected().isEmpty() || election.next() != Election.NextStep.COMPLETE
                && election.next() != Election.NextStep.STOPPED) {
            throw ElectionService.invalid("office", "election.office.problem.committeeFirst");
        }
        return election.elected();
    }

    /**
     * The offices of a congress, in the order they are elected.
     *
     * @param congressId the congress
     * @return the offices
     */
    public List<ElectionOffice> offices(long congressId) {
        return database.read(ctx -> elections.offices(ctx, congressId));
    }

    /**
     * Puts a member from the roll on the list as the convening committee's nomination.
     *
     * @param officeId   the office
     * @param attendeeId the member's roll line
     * @return the candidate id
     * @throws ValidationException if the member may not stand (official members only), sits on the counting
     *                             board, or is on the list already
     */
    public long nominate(long officeId, long attendeeId) {
        return add(officeId, attendeeId, null);
    }

    /**
     * Puts a member on the list from the floor (or self-nominated), if more than 30% of those present agreed.
     *
     * @param officeId   the office
     * @param attendeeId the member's roll line
     * @param inFavour   hands in favour
     * @return the candidate id
     * @throws ValidationException as {@link #nominate}, or when the show of hands did not approve
     */
    public long nominateFromFloor(long officeId, long attendeeId, int inFavour) {
        return add(officeId, attendeeId, inFavour);
    }

    /**
     * Who may be put on an office's list: members of the roll who may stand and are not on the counting
     * board; for the secretary and deputy of a branch with a committee, only the committee members elected.
     *
     * @param officeId the office
     * @return the roll lines, in roll order; empty while the committee those offices need is not elected
     */
    public List<CongressAttendee> eligible(long officeId) {
        return database.read(ctx -> eligible(ctx, officeId));
    }

    private List<CongressAttendee> eligible(DSLContext ctx, long officeId) {
        ElectionOffice office = state.office(ctx, officeId);
        Congress congress = congresses.find(ctx, office.congressId());
        List<CongressAttendee> roll = congresses.attendees(ctx, office.congressId()).stream()
                .filter(CongressAttendee::mayStand)
                .filter(a -> !a.name().equals(congress.boardHead()) && !congress.boardMembers().contains(a.name()))
                .toList();
        if (!office.office().isSinglePerson() || !BodyToElect.forBranch(
                congresses.rollOf(ctx, office.congressId()).officialMembers()).committee()) {
            return roll;
        }
        List<String> committee;
        try {
            committee = requireElectedCommittee(ctx, office.congressId()).stream().map(Candidate::name).toList();
        } catch (ValidationException e) {
            return List.of();
        }
        return roll.stream().filter(a -> committee.contains(a.name())).toList();
    }

    private long add(long officeId, long attendeeId, Integer inFavour) {
        return database.write(Operation.of("audit.op.election.nominate"), ctx -> {
            ElectionOffice office = state.office(ctx, officeId);
            requireNoRounds(ctx, officeId);
            Congress congress = congresses.find(ctx, office.congressId());
            CongressAttendee attendee = congresses.attendees(ctx, office.congressId()).stream()
                    .filter(a -> a.id() == attendeeId).findFirst()
                    .orElseThrow(() -> new UserFacingException("election.error.noAttendee", attendeeId));
            if (!attendee.mayStand()) {
                throw ElectionService.invalid("candidate", "election.list.problem.mayNotStand", attendee.name());
            }
            if (attendee.name().equals(congress.boardHead()) || congress.boardMembers().contains(attendee.name())) {
                throw ElectionService.invalid("candidate", "election.list.problem.onBoard", attendee.name());
            }
            if (office.office().isSinglePerson() && BodyToElect.forBranch(
                    congresses.rollOf(ctx, office.congressId()).officialMembers()).committee()
                    && requireElectedCommittee(ctx, office.congressId()).stream()
                            .noneMatch(c -> c.name().equals(attendee.name()))) {
                throw ElectionService.invalid("candidate", "election.list.problem.notOnCommittee", attendee.name());
            }
            CandidateList list = new CandidateList(congresses.rollOf(ctx, office.congressId()).ballotHolders().size());
            state.activeList(ctx, officeId).forEach(list::nominate);
            Candidate candidate = new Candidate(attendee.name(), attendee.partyYears());
            List<Problem> problems = inFavour == null ? list.nominate(candidate)
                    : list.nominateFromFloor(candidate, inFavour);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems.subList(0, 1));
            }
            return elections.insertCandidate(ctx, officeId, candidate, inFavour);
        });
    }

    /**
     * Takes a name off the list after the congress accepted the withdrawal.
     *
     * @param officeId    the office
     * @param candidateId the candidate
     * @throws ValidationException if voting for the office has started
     */
    public void withdraw(long officeId, long candidateId) {
        database.write(Operation.of("audit.op.election.withdraw"), ctx -> {
            requireNoRounds(ctx, officeId);
            if (!elections.withdraw(ctx, officeId, candidateId)) {
                throw new UserFacingException("election.error.noCandidate", candidateId);
            }
            return null;
        });
    }

    private void requireNoRounds(DSLContext ctx, long officeId) {
        var replay = state.replay(ctx, officeId);
        boolean furtherAllowed = replay.open() == null
                && replay.election().next() == Election.NextStep.FURTHER_ROUND;
        if (!elections.rounds(ctx, officeId).isEmpty() && !furtherAllowed) {
            throw ElectionService.invalid("candidate", "election.list.problem.voting");
        }
    }

    /**
     * Every name put on the list, withdrawn ones included, in ballot order.
     *
     * @param officeId the office
     * @return the lines
     */
    public List<ListedCandidate> candidates(long officeId) {
        return database.read(ctx -> candidates(ctx, officeId));
    }

    private List<ListedCandidate> candidates(DSLContext ctx, long officeId) {
        List<ListedCandidate> all = new ArrayList<>(elections.candidates(ctx, officeId));
        all.sort(Comparator.comparing(ListedCandidate::toCandidate, CandidateOrder.alphabetical()));
        return all;
    }

    /**
     * What the engine says about the list for the next round: a committee list not longer than the seats, a
     * surplus over 30%, a list shorter than the seats.
     *
     * @param officeId the office
     * @return problems as message keys with their arguments; empty when the list may be voted on
     */
    public List<Problem> listProblems(long officeId) {
        return database.read(ctx -> listProblems(ctx, officeId));
    }

    private List<Problem> listProblems(DSLContext ctx, long officeId) {
        Election election = state.replay(ctx, officeId).election();
        List<Candidate> list = state.activeList(ctx, officeId).stream()
                .filter(c -> !election.elected().contains(c)).toList();
        return election.next() == Election.NextStep.FIRST_ROUND
                || election.next() == Election.NextStep.FURTHER_ROUND ? election.checkNextList(list) : List.of();
    }

    /**
     * The list screen's view of an office, read in one transaction: the names, the engine's problems with the list,
     * and who may still be put on it.
     *
     * @param officeId the office
     * @return the list
     */
    public OfficeList officeList(long officeId) {
        return database.read(ctx -> new OfficeList(candidates(ctx, officeId), listProblems(ctx, officeId),
                eligible(ctx, officeId)));
    }
}
