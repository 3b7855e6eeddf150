package vn.sochibo.election.service;

import static vn.sochibo.storage.jooq.Tables.ELECTION_CANDIDATE;
import static vn.sochibo.storage.jooq.Tables.ELECTION_OFFICE;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND_CANDIDATE;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND_COUNT;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND_PROBLEM;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND_REASON;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND_RESULT;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND_TOTALS;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import vn.sochibo.common.Problem;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.ListedCandidate;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.CandidateResult;
import vn.sochibo.election.engine.Contest;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.engine.Round;
import vn.sochibo.election.engine.TallyResult;
import vn.sochibo.storage.jooq.tables.records.ElectionRoundCountRecord;
import vn.sochibo.storage.jooq.tables.records.ElectionRoundRecord;
import vn.sochibo.vote.VoteBase;

/**
 * SQL for offices, candidate lists, rounds and the kept record of each count. Stateless; the caller owns the
 * transaction.
 */
public final class ElectionRepository {

    /** Inserts an office; returns its id. */
    public long insertOffice(DSLContext ctx, long congressId, Office office, int seats, int alternates,
            int handsFor, int handsAgainst) {
        return ctx.insertInto(ELECTION_OFFICE)
                .set(ELECTION_OFFICE.CONGRESS_ID, congressId).set(ELECTION_OFFICE.OFFICE, office)
                .set(ELECTION_OFFICE.SEATS, seats).set(ELECTION_OFFICE.ALTERNATES, alternates)
                .set(ELECTION_OFFICE.HANDS_FOR, handsFor).set(ELECTION_OFFICE.HANDS_AGAINST, handsAgainst)
                .returning(ELECTION_OFFICE.ID).fetchOne().getId();
    }

    /** The offices of a congress, in the order they are elected. */
    public List<ElectionOffice> offices(DSLContext ctx, long congressId) {
        return ctx.selectFrom(ELECTION_OFFICE).where(ELECTION_OFFICE.CONGRESS_ID.eq(congressId))
                .fetch(r -> new ElectionOffice(r.getId(), r.getCongressId(), r.getOffice(),
                        r.getSeats(), r.getAlternates(), r.getHandsFor(), r.getHandsAgainst()))
                .stream().sorted(Comparator.comparing(ElectionOffice::office)).toList();
    }

    /** One office. */
    public Optional<ElectionOffice> office(DSLContext ctx, long officeId) {
        return ctx.selectFrom(ELECTION_OFFICE).where(ELECTION_OFFICE.ID.eq(officeId))
                .fetchOptional(r -> new ElectionOffice(r.getId(), r.getCongressId(), r.getOffice(),
                        r.getSeats(), r.getAlternates(), r.getHandsFor(), r.getHandsAgainst()));
    }

    /** Whether any office of a congress has opened a round (voting has started: the roll is fixed). */
    public boolean votingStarted(DSLContext ctx, long congressId) {
        return ctx.fetchExists(ctx.selectOne().from(ELECTION_ROUND).join(ELECTION_OFFICE)
                .on(ELECTION_OFFICE.ID.eq(ELECTION_ROUND.OFFICE_ID))
                .where(ELECTION_OFFICE.CONGRESS_ID.eq(congressId)));
    }

    /** Adds a name to an office's list; returns its id. */
    public long insertCandidate(DSLContext ctx, long officeId, Candidate candidate, Integer floorVotes) {
        return ctx.insertInto(ELECTION_CANDIDATE)
                .set(ELECTION_CANDIDATE.OFFICE_ID, officeId).set(ELECTION_CANDIDATE.FULL_NAME, candidate.name())
                .set(ELECTION_CANDIDATE.PARTY_YEARS, candidate.partyYears())
                .set(ELECTION_CANDIDATE.FLOOR_VOTES, floorVotes).set(ELECTION_CANDIDATE.WITHDRAWN, false)
                .returning(ELECTION_CANDIDATE.ID).fetchOne().getId();
    }

    /** Every name ever put on the office's list, withdrawn ones included, in insertion order. */
    public List<ListedCandidate> candidates(DSLContext ctx, long officeId) {
        return ctx.selectFrom(ELECTION_CANDIDATE).where(ELECTION_CANDIDATE.OFFICE_ID.eq(officeId))
                .orderBy(ELECTION_CANDIDATE.ID)
                .fetch(r -> new ListedCandidate(r.getId(), r.getFullName(), r.getPartyYears(), r.getFloorVotes(),
                        r.getWithdrawn()));
    }

    /** Marks a name withdrawn; returns whether the row existed in that office. */
    public boolean withdraw(DSLContext ctx, long officeId, long candidateId) {
        return ctx.update(ELECTION_CANDIDATE).set(ELECTION_CANDIDATE.WITHDRAWN, true)
                .where(ELECTION_CANDIDATE.ID.eq(candidateId).and(ELECTION_CANDIDATE.OFFICE_ID.eq(officeId)))
                .execute() == 1;
    }

    /** Opens a round with its ballot list; returns its id. */
    public long insertRound(DSLContext ctx, long officeId, int number, Round.Kind kind, int ballotsIssued,
            boolean totalsOnly, List<Candidate> list) {
        long id = ctx.insertInto(ELECTION_ROUND)
                .set(ELECTION_ROUND.OFFICE_ID, officeId).set(ELECTION_ROUND.ROUND_NUMBER, number)
                .set(ELECTION_ROUND.ROUND_KIND, kind).set(ELECTION_ROUND.BALLOTS_ISSUED, ballotsIssued)
                .set(ELECTION_ROUND.TOTALS_ONLY, totalsOnly).set(ELECTION_ROUND.COUNTED, false)
                .returning(ELECTION_ROUND.ID).fetchOne().getId();
        var insert = ctx.insertInto(ELECTION_ROUND_CANDIDATE, ELECTION_ROUND_CANDIDATE.ROUND_ID,
                ELECTION_ROUND_CANDIDATE.POSITION, ELECTION_ROUND_CANDIDATE.FULL_NAME,
                ELECTION_ROUND_CANDIDATE.PARTY_YEARS);
        for (int i = 0; i < list.size(); i++) {
            insert = insert.values(id, i + 1, list.get(i).name(), list.get(i).partyYears());
        }
        if (!list.isEmpty()) {
            insert.execute();
        }
        return id;
    }

    /** The rounds of an office, in order: two queries, whatever the number of rounds. */
    public List<RoundInfo> rounds(DSLContext ctx, long officeId) {
        List<ElectionRoundRecord> rounds = ctx.selectFrom(ELECTION_ROUND).where(ELECTION_ROUND.OFFICE_ID.eq(officeId))
                .orderBy(ELECTION_ROUND.ROUND_NUMBER).fetch();
        Map<Long, List<Candidate>> lists = ballotLists(ctx, rounds.stream().map(ElectionRoundRecord::getId).toList());
        return rounds.stream().map(r -> round(r, lists.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** One round. */
    public Optional<RoundInfo> round(DSLContext ctx, long roundId) {
        return ctx.selectFrom(ELECTION_ROUND).where(ELECTION_ROUND.ID.eq(roundId)).fetchOptional()
                .map(r -> round(r, ballotLists(ctx, List.of(roundId)).getOrDefault(roundId, List.of())));
    }

    /** The ballot list of each round, in ballot order, in one query. */
    private static Map<Long, List<Candidate>> ballotLists(DSLContext ctx, List<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return Map.of();
        }
        return ctx.selectFrom(ELECTION_ROUND_CANDIDATE).where(ELECTION_ROUND_CANDIDATE.ROUND_ID.in(roundIds))
                .orderBy(ELECTION_ROUND_CANDIDATE.ROUND_ID, ELECTION_ROUND_CANDIDATE.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(c -> c.getRoundId(), Collectors.mapping(
                        c -> new Candidate(c.getFullName(), c.getPartyYears()), Collectors.toList())));
    }

    private static RoundInfo round(ElectionRoundRecord r, List<Candidate> list) {
        return new RoundInfo(r.getId(), r.getOfficeId(), r.getRoundNumber(), r.getRoundKind(),
                r.getBallotsIssued(), r.getTotalsOnly(), r.getCounted(),
                r.getDecision(), r.getEndedAt(), list,
                r.getBallotsCollected(), r.getShortfallNote(), r.getRecordNumber());
    }

    /** Stores the board's hand-counted totals for a round (replacing earlier ones). */
    public void saveTotals(DSLContext ctx, long roundId, int collected, int valid, int invalid, String reasons,
            List<Integer> votes) {
        ctx.deleteFrom(ELECTION_ROUND_TOTALS).where(ELECTION_ROUND_TOTALS.ROUND_ID.eq(roundId)).execute();
        ctx.insertInto(ELECTION_ROUND_TOTALS).set(ELECTION_ROUND_TOTALS.ROUND_ID, roundId)
                .set(ELECTION_ROUND_TOTALS.BALLOTS_COLLECTED, collected).set(ELECTION_ROUND_TOTALS.VALID_BALLOTS, valid)
                .set(ELECTION_ROUND_TOTALS.INVALID_BALLOTS, invalid).set(ELECTION_ROUND_TOTALS.INVALID_REASONS, reasons)
                .execute();
        for (int i = 0; i < votes.size(); i++) {
            ctx.update(ELECTION_ROUND_CANDIDATE).set(ELECTION_ROUND_CANDIDATE.TOTAL_VOTES, votes.get(i))
                    .where(ELECTION_ROUND_CANDIDATE.ROUND_ID.eq(roundId)
                            .and(ELECTION_ROUND_CANDIDATE.POSITION.eq(i + 1))).execute();
        }
    }

    /** Hand-counted totals of a round, if entered. */
    public Optional<RoundTotals> totals(DSLContext ctx, long roundId) {
        return ctx.selectFrom(ELECTION_ROUND_TOTALS).where(ELECTION_ROUND_TOTALS.ROUND_ID.eq(roundId))
                .fetchOptional().map(t -> new RoundTotals(t.getBallotsCollected(), t.getValidBallots(),
                        t.getInvalidBallots(), t.getInvalidReasons(),
                        ctx.select(ELECTION_ROUND_CANDIDATE.TOTAL_VOTES).from(ELECTION_ROUND_CANDIDATE)
                                .where(ELECTION_ROUND_CANDIDATE.ROUND_ID.eq(roundId))
                                .orderBy(ELECTION_ROUND_CANDIDATE.POSITION).fetch(ELECTION_ROUND_CANDIDATE.TOTAL_VOTES)));
    }

    /**
     * Keeps the record of a count, what the board confirmed at its close, and marks the round counted: N with its
     * working, the threshold, the ballot figures, each candidate's line with its place, the reasons for invalid
     * ballots and the problems, exactly as counted.
     *
     * @param ballotHolders official members present who received a ballot, as the record prints them
     */
    public void saveKept(DSLContext ctx, long roundId, TallyResult result, int ballotHolders, LocalDateTime endedAt,
            int collected, String shortfallNote, int recordNumber) {
        ctx.deleteFrom(ELECTION_ROUND_RESULT).where(ELECTION_ROUND_RESULT.ROUND_ID.eq(roundId)).execute();
        ctx.deleteFrom(ELECTION_ROUND_REASON).where(ELECTION_ROUND_REASON.ROUND_ID.eq(roundId)).execute();
        ctx.deleteFrom(ELECTION_ROUND_PROBLEM).where(ELECTION_ROUND_PROBLEM.ROUND_ID.eq(roundId)).execute();
        ctx.deleteFrom(ELECTION_ROUND_COUNT).where(ELECTION_ROUND_COUNT.ROUND_ID.eq(roundId)).execute();
        VoteBase base = result.contest().base();
        ctx.insertInto(ELECTION_ROUND_COUNT).set(ELECTION_ROUND_COUNT.ROUND_ID, roundId)
                .set(ELECTION_ROUND_COUNT.OFFICIAL_MEMBERS, base.officialMembers())
                .set(ELECTION_ROUND_COUNT.TEMPORARILY_ELSEWHERE, base.temporarilyElsewhere())
                .set(ELECTION_ROUND_COUNT.EXEMPT_ABSENT, base.exemptAbsent())
                .set(ELECTION_ROUND_COUNT.SUSPENDED, base.suspended())
                .set(ELECTION_ROUND_COUNT.ABSENT_EXCUSED, base.absentExcused())
                .set(ELECTION_ROUND_COUNT.PROSECUTED_OR_DETAINED, base.prosecutedOrDetained())
                .set(ELECTION_ROUND_COUNT.BASE_N, result.base()).set(ELECTION_ROUND_COUNT.VOTES_NEEDED, result.votesNeeded())
                .set(ELECTION_ROUND_COUNT.BALLOT_HOLDERS, ballotHolders)
                .set(ELECTION_ROUND_COUNT.SEATS, result.contest().seats())
                .set(ELECTION_ROUND_COUNT.ALTERNATES, result.contest().alternates())
                .set(ELECTION_ROUND_COUNT.KEEP_LIMIT, result.contest().keepLimit())
                .set(ELECTION_ROUND_COUNT.BALLOTS_ISSUED, result.ballotsIssued())
                .set(ELECTION_ROUND_COUNT.BALLOTS_COLLECTED, result.ballotsCollected())
                .set(ELECTION_ROUND_COUNT.VALID_BALLOTS, result.valid())
                .set(ELECTION_ROUND_COUNT.INVALID_BALLOTS, result.invalid())
                .set(ELECTION_ROUND_COUNT.SEATS_UNFILLED, result.seatsUnfilled())
                .set(ELECTION_ROUND_COUNT.ALTERNATES_UNFILLED, result.alternatesUnfilled())
                .set(ELECTION_ROUND_COUNT.TIE_FOR_ALTERNATES, result.tieForAlternates()).execute();
        int rank = 1;
        for (CandidateResult row : result.candidates()) {
            ctx.insertInto(ELECTION_ROUND_RESULT).set(ELECTION_ROUND_RESULT.ROUND_ID, roundId)
                    .set(ELECTION_ROUND_RESULT.RANK_NO, rank++).set(ELECTION_ROUND_RESULT.FULL_NAME, row.name())
                    .set(ELECTION_ROUND_RESULT.PARTY_YEARS, row.candidate().partyYears())
                    .set(ELECTION_ROUND_RESULT.VOTES, row.votes())
                    .set(ELECTION_ROUND_RESULT.PERCENT_OF_BASE, row.percentOfBase())
                    .set(ELECTION_ROUND_RESULT.PERCENT_OF_VALID, row.percentOfValid())
                    .set(ELECTION_ROUND_RESULT.PASSED, row.passed())
                    .set(ELECTION_ROUND_RESULT.OUTCOME, row.outcome())
                    .set(ELECTION_ROUND_RESULT.PLACE_ORDER, placeOrder(result, row)).execute();
        }
        int position = 1;
        for (TallyResult.ReasonCount reason : result.invalidReasons()) {
            ctx.insertInto(ELECTION_ROUND_REASON).set(ELECTION_ROUND_REASON.ROUND_ID, roundId)
                    .set(ELECTION_ROUND_REASON.POSITION, position++)
                    .set(ELECTION_ROUND_REASON.MESSAGE_KEY, reason.reason().messageKey())
                    .set(ELECTION_ROUND_REASON.MESSAGE_ARGS, MessageArgs.encode(reason.reason().args()))
                    .set(ELECTION_ROUND_REASON.BALLOTS, reason.count()).execute();
        }
        position = 1;
        for (Problem problem : result.problems()) {
            ctx.insertInto(ELECTION_ROUND_PROBLEM).set(ELECTION_ROUND_PROBLEM.ROUND_ID, roundId)
                    .set(ELECTION_ROUND_PROBLEM.POSITION, position++)
                    .set(ELECTION_ROUND_PROBLEM.SEVERITY, problem.severity().name())
                    .set(ELECTION_ROUND_PROBLEM.FIELD_NAME, problem.field())
                    .set(ELECTION_ROUND_PROBLEM.MESSAGE_KEY, problem.messageKey())
                    .set(ELECTION_ROUND_PROBLEM.MESSAGE_ARGS, MessageArgs.encode(problem.args())).execute();
        }
        ctx.update(ELECTION_ROUND).set(ELECTION_ROUND.COUNTED, true).set(ELECTION_ROUND.ENDED_AT, endedAt)
                .set(ELECTION_ROUND.BALLOTS_COLLECTED, collected).set(ELECTION_ROUND.SHORTFALL_NOTE, shortfallNote)
                .set(ELECTION_ROUND.RECORD_NUMBER, recordNumber)
                .where(ELECTION_ROUND.ID.eq(roundId)).execute();
    }

    /** The candidate's place among the elected, the alternates or the tied, from 1; null for the others. */
    private static Integer placeOrder(TallyResult result, CandidateResult row) {
        List<Candidate> places = switch (row.outcome()) {
            case ELECTED -> result.elected();
            case ALTERNATE -> result.alternates();
            case TIED -> result.tied();
            case NOT_ELECTED -> List.of();
        };
        int index = places.indexOf(row.candidate());
        return index < 0 ? null : index + 1;
    }

    /**
     * The record of a count as it was kept, read back; empty for a round not counted, or counted before the record
     * was kept in full (those are counted again from their ballots).
     *
     * @param round  the round, with its ballot list
     * @param office the office elected
     * @return the kept result
     */
    public Optional<RoundCount> kept(DSLContext ctx, RoundInfo round, Office office) {
        Optional<ElectionRoundCountRecord> figures = ctx.selectFrom(ELECTION_ROUND_COUNT)
                .where(ELECTION_ROUND_COUNT.ROUND_ID.eq(round.id())).fetchOptional();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        ElectionRoundCountRecord f = figures.get();
        VoteBase base = new VoteBase(f.getOfficialMembers(), f.getTemporarilyElsewhere(), f.getExemptAbsent(),
                f.getSuspended(), f.getAbsentExcused(), f.getProsecutedOrDetained());
        Contest contest = new Contest(office, f.getSeats(), f.getAlternates(), f.getKeepLimit(), round.candidates(),
                base);
        List<CandidateResult> rows = new ArrayList<>();
        List<Placed> elected = new ArrayList<>();
        List<Placed> alternates = new ArrayList<>();
        List<Placed> tied = new ArrayList<>();
        for (var r : ctx.selectFrom(ELECTION_ROUND_RESULT).where(ELECTION_ROUND_RESULT.ROUND_ID.eq(round.id()))
                .orderBy(ELECTION_ROUND_RESULT.RANK_NO).fetch()) {
            CandidateResult.Outcome outcome = r.getOutcome();
            CandidateResult row = new CandidateResult(new Candidate(r.getFullName(), r.getPartyYears()), r.getVotes(),
                    r.getPercentOfBase(), r.getPercentOfValid(), r.getPassed(), outcome);
            rows.add(row);
            Placed placed = new Placed(r.getPlaceOrder() == null ? 0 : r.getPlaceOrder(), row.candidate());
            switch (outcome) {
                case ELECTED -> elected.add(placed);
                case ALTERNATE -> alternates.add(placed);
                case TIED -> tied.add(placed);
                case NOT_ELECTED -> { }
            }
        }
        List<TallyResult.ReasonCount> reasons = ctx.selectFrom(ELECTION_ROUND_REASON)
                .where(ELECTION_ROUND_REASON.ROUND_ID.eq(round.id())).orderBy(ELECTION_ROUND_REASON.POSITION)
                .fetch(r -> new TallyResult.ReasonCount(new Problem(null, Problem.Severity.ERROR, r.getMessageKey(),
                        MessageArgs.decode(r.getMessageArgs())), r.getBallots()));
        List<Problem> problems = ctx.selectFrom(ELECTION_ROUND_PROBLEM)
                .where(ELECTION_ROUND_PROBLEM.ROUND_ID.eq(round.id())).orderBy(ELECTION_ROUND_PROBLEM.POSITION)
                .fetch(r -> new Problem(r.getFieldName(), Problem.Severity.valueOf(r.getSeverity()), r.getMessageKey(),
                        MessageArgs.decode(r.getMessageArgs())));
        TallyResult result = new TallyResult(contest, f.getBaseN(), f.getVotesNeeded(), f.getBallotsIssued(),
                f.getBallotsCollected(), f.getValidBallots(), f.getInvalidBallots(), reasons, rows, Placed.inOrder(elected),
                Placed.inOrder(alternates), Placed.inOrder(tied), f.getTieForAlternates(), f.getSeatsUnfilled(),
                f.getAlternatesUnfilled(), problems);
        return Optional.of(new RoundCount(result, f.getBallotHolders()));
    }

    /** The count-record numbers already kept by the rounds of a congress (every office). */
    public List<Integer> recordNumbers(DSLContext ctx, long congressId) {
        return ctx.select(ELECTION_ROUND.RECORD_NUMBER).from(ELECTION_ROUND).join(ELECTION_OFFICE)
                .on(ELECTION_OFFICE.ID.eq(ELECTION_ROUND.OFFICE_ID))
                .where(ELECTION_OFFICE.CONGRESS_ID.eq(congressId).and(ELECTION_ROUND.RECORD_NUMBER.isNotNull()))
                .fetch(ELECTION_ROUND.RECORD_NUMBER);
    }

    /** Records the congress's decision after a round. */
    public void setDecision(DSLContext ctx, long roundId, Round.Decision decision) {
        ctx.update(ELECTION_ROUND).set(ELECTION_ROUND.DECISION, decision)
                .where(ELECTION_ROUND.ID.eq(roundId)).execute();
    }

    /**
     * Hand-counted totals.
     *
     * @param collected ballots in the box
     * @param valid     valid ballots
     * @param invalid   invalid ballots
     * @param reasons   the board's reasons, free text
     * @param votes     votes per list position
     */
    public record RoundTotals(int collected, int valid, int invalid, String reasons, List<Integer> votes) {
    }

    /**
     * A round's result with the official members present who received a ballot: read back as kept for a counted
     * round.
     *
     * @param result        the result (exactly as counted, for a kept count)
     * @param ballotHolders official members present who received a ballot
     */
    public record RoundCount(TallyResult result, int ballotHolders) {
    }

    /** A candidate with their kept place among the elected, the alternates or the tied. */
    private record Placed(int order, Candidate candidate) {
        static List<Candidate> inOrder(List<Placed> placed) {
            return placed.stream().sorted(Comparator.comparingInt(Placed::order)).map(Placed::candidate).toList();
        }
    }
}
