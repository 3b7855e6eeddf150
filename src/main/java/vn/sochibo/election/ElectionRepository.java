package vn.sochibo.election;

import static vn.sochibo.storage.jooq.Tables.ELECTION_CANDIDATE;
import static vn.sochibo.storage.jooq.Tables.ELECTION_OFFICE;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND_CANDIDATE;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND_RESULT;
import static vn.sochibo.storage.jooq.Tables.ELECTION_ROUND_TOTALS;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import vn.sochibo.storage.jooq.tables.records.ElectionRoundRecord;

/** SQL for offices, candidate lists, rounds and kept results. Stateless; the caller owns the transaction. */
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

    /** The offices of a congress, in the order they are elected (§1.1). */
    public List<ElectionOffice> offices(DSLContext ctx, long congressId) {
        return ctx.selectFrom(ELECTION_OFFICE).where(ELECTION_OFFICE.CONGRESS_ID.eq(congressId))
                .fetch(r -> new ElectionOffice(r.getId(), r.getCongressId(), r.getOffice(),
                        r.getSeats(), r.getAlternates(), r.getHandsFor(), r.getHandsAgainst()))
                .stream().sorted(java.util.Comparator.comparing(ElectionOffice::office)).toList();
    }

    /** One office. */
    public Optional<ElectionOffice> office(DSLContext ctx, long officeId) {
        return ctx.selectFrom(ELECTION_OFFICE).where(ELECTION_OFFICE.ID.eq(officeId))
                .fetchOptional(r -> new ElectionOffice(r.getId(), r.getCongressId(), r.getOffice(),
                        r.getSeats(), r.getAlternates(), r.getHandsFor(), r.getHandsAgainst()));
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
        for (int i = 0; i < list.size(); i++) {
            ctx.insertInto(ELECTION_ROUND_CANDIDATE)
                    .set(ELECTION_ROUND_CANDIDATE.ROUND_ID, id).set(ELECTION_ROUND_CANDIDATE.POSITION, i + 1)
                    .set(ELECTION_ROUND_CANDIDATE.FULL_NAME, list.get(i).name())
                    .set(ELECTION_ROUND_CANDIDATE.PARTY_YEARS, list.get(i).partyYears()).execute();
        }
        return id;
    }

    /** The rounds of an office, in order. */
    public List<RoundInfo> rounds(DSLContext ctx, long officeId) {
        return ctx.selectFrom(ELECTION_ROUND).where(ELECTION_ROUND.OFFICE_ID.eq(officeId))
                .orderBy(ELECTION_ROUND.ROUND_NUMBER).fetch().stream().map(r -> round(ctx, r)).toList();
    }

    /** One round. */
    public Optional<RoundInfo> round(DSLContext ctx, long roundId) {
        return ctx.selectFrom(ELECTION_ROUND).where(ELECTION_ROUND.ID.eq(roundId)).fetchOptional()
                .map(r -> round(ctx, r));
    }

    private RoundInfo round(DSLContext ctx, ElectionRoundRecord r) {
        List<Candidate> list = ctx.selectFrom(ELECTION_ROUND_CANDIDATE)
                .where(ELECTION_ROUND_CANDIDATE.ROUND_ID.eq(r.getId())).orderBy(ELECTION_ROUND_CANDIDATE.POSITION)
                .fetch(c -> new Candidate(c.getFullName(), c.getPartyYears()));
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

    /** Keeps the counted result of a round, what the board confirmed at its close, and marks it counted. */
    public void saveResult(DSLContext ctx, long roundId, TallyResult result, LocalDateTime endedAt, int collected,
            String shortfallNote, int recordNumber) {
        ctx.deleteFrom(ELECTION_ROUND_RESULT).where(ELECTION_ROUND_RESULT.ROUND_ID.eq(roundId)).execute();
        int rank = 1;
        for (CandidateResult row : result.candidates()) {
            ctx.insertInto(ELECTION_ROUND_RESULT).set(ELECTION_ROUND_RESULT.ROUND_ID, roundId)
                    .set(ELECTION_ROUND_RESULT.RANK_NO, rank++).set(ELECTION_ROUND_RESULT.FULL_NAME, row.name())
                    .set(ELECTION_ROUND_RESULT.VOTES, row.votes())
                    .set(ELECTION_ROUND_RESULT.PERCENT_OF_BASE, row.percentOfBase())
                    .set(ELECTION_ROUND_RESULT.PERCENT_OF_VALID, row.percentOfValid())
                    .set(ELECTION_ROUND_RESULT.OUTCOME, row.outcome()).execute();
        }
        ctx.update(ELECTION_ROUND).set(ELECTION_ROUND.COUNTED, true).set(ELECTION_ROUND.ENDED_AT, endedAt)
                .set(ELECTION_ROUND.BALLOTS_COLLECTED, collected).set(ELECTION_ROUND.SHORTFALL_NOTE, shortfallNote)
                .set(ELECTION_ROUND.RECORD_NUMBER, recordNumber)
                .where(ELECTION_ROUND.ID.eq(roundId)).execute();
    }

    /** The count-record numbers already kept by the rounds of a congress (every office). */
    public List<Integer> recordNumbers(DSLContext ctx, long congressId) {
        return ctx.select(ELECTION_ROUND.RECORD_NUMBER).from(ELECTION_ROUND).join(ELECTION_OFFICE)
                .on(ELECTION_OFFICE.ID.eq(ELECTION_ROUND.OFFICE_ID))
                .where(ELECTION_OFFICE.CONGRESS_ID.eq(congressId).and(ELECTION_ROUND.RECORD_NUMBER.isNotNull()))
                .fetch(ELECTION_ROUND.RECORD_NUMBER);
    }

    /** The kept result lines of a round, in vote order: name, votes, outcome. */
    public List<KeptLine> keptResult(DSLContext ctx, long roundId) {
        return ctx.selectFrom(ELECTION_ROUND_RESULT).where(ELECTION_ROUND_RESULT.ROUND_ID.eq(roundId))
                .orderBy(ELECTION_ROUND_RESULT.RANK_NO)
                .fetch(r -> new KeptLine(r.getFullName(), r.getVotes(),
                        r.getOutcome()));
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
     * One kept result line.
     *
     * @param name    full name
     * @param votes   votes
     * @param outcome what the candidate got
     */
    public record KeptLine(String name, int votes, CandidateResult.Outcome outcome) {
    }
}
