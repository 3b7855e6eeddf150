package vn.sochibo.election.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.ValidationException;
import vn.sochibo.election.BallotEntry;
import vn.sochibo.election.CountClosing;
import vn.sochibo.election.Disagreement;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.EntryComparison;
import vn.sochibo.election.OfficeRounds;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.RoundOutcome;
import vn.sochibo.election.engine.BallotInput;
import vn.sochibo.election.engine.BallotRules;
import vn.sochibo.election.engine.BallotRuling;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.Contest;
import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.Round;
import vn.sochibo.election.engine.Tally;
import vn.sochibo.election.engine.TallyResult;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/**
 * The rounds of an office: open a round, ballots entered twice, the count kept as the record, the congress's
 * decision about places left open. The arithmetic is the engine's ({@link Election}, {@link Tally}); this class
 * stores what the board enters and keeps what the count gave. Each public method is one transaction; bad input
 * throws {@link ValidationException} (message key) and changes nothing. JavaFX-free.
 */
public final class ElectionService {

    private final Database database;
    private final CongressService congresses;
    private final ElectionRepository elections;
    private final BallotEntryRepository entries;
    private final ElectionStateService state;
    private final Clock clock;
    private final Runnable beforeCount;

    /**
     * Wires the service.
     *
     * @param beforeCount takes a verified backup before a count is committed; if it fails, nothing is counted and
     *                    the failure is shown
     */
    public ElectionService(Database database, CongressService congresses, ElectionRepository elections,
            BallotEntryRepository entries, ElectionStateService state, Clock clock, Runnable beforeCount) {
        this.database = database;
        this.congresses = congresses;
        this.elections = elections;
        this.entries = entries;
        this.state = state;
        this.clock = clock;
        this.beforeCount = beforeCount;
    }

    /**
     * The rounds of an office so far.
     *
     * @param officeId the office
     * @return the rounds in order
     */
    public List<RoundInfo> rounds(long officeId) {
        return database.read(ctx -> elections.rounds(ctx, officeId));
    }

    /**
     * The engine's state of an office: rounds held, who is elected, what may happen next.
     *
     * @param officeId the office
     * @return the replayed election (the open round, if any, is not in it)
     */
    public Election election(long officeId) {
        return database.read(ctx -> state.replay(ctx, officeId).election());
    }

    /**
     * Where an office's voting stands, read in one transaction: its rounds, what may happen next, the last round's
     * result, how far its two entries have got, the ballot number {@code entryNo} types next and what the board is
     * asked to confirm at the close.
     *
     * @param officeId the office
     * @param entryNo  1 or 2, the entry the screen shows
     * @return the state
     */
    public OfficeRounds officeRounds(long officeId, int entryNo) {
        return database.read(ctx -> {
            List<RoundInfo> rounds = elections.rounds(ctx, officeId);
            Election.NextStep next = state.replay(ctx, officeId).election().next();
            if (rounds.isEmpty()) {
                return new OfficeRounds(rounds, next, null, new EntryComparison(0, 0, List.of()), 1, null);
            }
            RoundInfo last = rounds.get(rounds.size() - 1);
            return new OfficeRounds(rounds, next, state.resultOf(ctx, last).result(), comparison(ctx, last.id()),
                    entries.lastSequence(ctx, last.id(), entryNo) + 1, closingProposal(ctx, last));
        });
    }

    /**
     * A round's result with what may happen next in its office, read in one transaction.
     *
     * @param roundId the round
     * @return the result (as kept once counted) and the office's next step
     */
    public RoundOutcome outcome(long roundId) {
        return database.read(ctx -> {
            RoundInfo info = state.round(ctx, roundId);
            return new RoundOutcome(state.resultOf(ctx, info).result(),
                    state.replay(ctx, info.officeId()).election().next());
        });
    }

    /**
     * Opens the next round: the first, a tie-break among the tied only, or a further round after the congress
     * chose to vote again. The ballot list is the office's current list (minus those already elected), or the
     * tied names.
     *
     * @param officeId      the office
     * @param ballotsIssued ballots handed out for this round
     * @param totalsOnly    whether the board counts by hand and only totals will be entered
     * @return the new round id
     * @throws ValidationException if no round may be held now or the figures are impossible
     */
    public long openRound(long officeId, int ballotsIssued, boolean totalsOnly) {
        return database.write(Operation.of("audit.op.election.openRound"), ctx -> {
            ElectionStateService.Replay replay = state.replay(ctx, officeId);
            if (replay.open() != null) {
                throw invalid("round", "election.round.problem.openRound", replay.open().number());
            }
            Election election = replay.election();
            List<Candidate> list = switch (election.next()) {
                case TIE_BREAK_ROUND -> replay.lastResult().tied();
                case FIRST_ROUND, FURTHER_ROUND -> state.activeList(ctx, officeId).stream()
                        .filter(c -> !election.elected().contains(c) && !election.alternates().contains(c)).toList();
                default -> throw invalid("round", "election.round.problem.noRound");
            };
            if (list.isEmpty()) {
                throw invalid("round", "election.round.problem.emptyList");
            }
            ElectionOffice office = state.office(ctx, officeId);
            int holders = congresses.rollOf(ctx, office.congressId()).ballotHolders().size();
            if (ballotsIssued < 0 || ballotsIssued > holders) {
                throw invalid("ballotsIssued", "election.round.problem.issued", ballotsIssued, holders);
            }
            Round.Kind kind = switch (election.next()) {
                case TIE_BREAK_ROUND -> Round.Kind.TIE_BREAK;
                case FURTHER_ROUND -> Round.Kind.FURTHER;
                default -> Round.Kind.FIRST;
            };
            Contest contest = election.nextContest(list);
            return elections.insertRound(ctx, officeId, election.rounds().size() + 1, kind, ballotsIssued,
                    totalsOnly, contest.candidates());
        });
    }

    /**
     * Enters one ballot for entry 1 or entry 2 (replacing what that entry had under the same number).
     *
     * @param roundId  the round
     * @param entryNo  1 or 2
     * @param sequence the ballot's sequence number, from 1
     * @param typed    what the clerk typed ({@link BallotInput})
     * @return how the engine rules the ballot, to show at once
     * @throws ValidationException if the text does not fit the ballot or the round is closed
     */
    public BallotRuling enterBallot(long roundId, int entryNo, int sequence, String typed) {
        return database.write(Operation.of("audit.op.election.ballot"), ctx -> {
            RoundContext round = openRoundContext(ctx, roundId);
            if (round.info().totalsOnly()) {
                throw invalid("ballot", "election.ballot.problem.totalsOnly");
            }
            if (entryNo != 1 && entryNo != 2) {
                throw invalid("entry", "election.ballot.problem.entryNo");
            }
            if (sequence < 1 || sequence > round.info().ballotsIssued()) {
                throw invalid("sequence", "election.ballot.problem.sequence", sequence, round.info().ballotsIssued());
            }
            BallotInput input = BallotInput.parse(typed, round.contest().candidates().size(),
                    round.contest().hasSurplus());
            entries.save(ctx, roundId, entryNo, sequence, input, LocalDateTime.now(clock));
            return new BallotRules(round.contest()).rule(input.toBallot(round.contest().candidates()));
        });
    }

    /**
     * Removes one ballot one entry typed by mistake.
     *
     * @param roundId  the round
     * @param entryNo  1 or 2
     * @param sequence the ballot's number
     */
    public void deleteBallot(long roundId, int entryNo, int sequence) {
        database.write(Operation.of("audit.op.election.ballotDelete"), ctx -> {
            openRoundContext(ctx, roundId);
            entries.delete(ctx, roundId, entryNo, sequence);
            return null;
        });
    }

    /**
     * The next sequence number for an entry: one after the highest it has entered.
     *
     * @param roundId the round
     * @param entryNo 1 or 2
     * @return the number to show on the entry screen
     */
    public int nextSequence(long roundId, int entryNo) {
        return database.read(ctx -> entries.lastSequence(ctx, roundId, entryNo) + 1);
    }

    /**
     * Every ballot as entered, both entries, for the entry log.
     *
     * @param roundId the round
     * @return the entries by sequence number, then entry
     */
    public List<BallotEntry> entries(long roundId) {
        return database.read(ctx -> entries.all(ctx, roundId));
    }

    /**
     * Every ballot where entry 1 and entry 2 differ, or which only one of them entered.
     *
     * @param roundId the round
     * @return the disagreements by sequence number; empty when the entries agree
     */
    public List<Disagreement> disagreements(long roundId) {
        return database.read(ctx -> comparison(ctx, roundId).differing());
    }

    /**
     * How far both entries have got and where they differ. A ballot only one entry has entered is a
     * difference: a ballot counts only when both entered it alike (src/site/rules.md, "Sinh hoạt chi bộ và đại
     * hội"). Screens show the differences only once {@link EntryComparison#bothDone()}.
     *
     * @param roundId the round
     * @return ballots entered per entry and the differences
     */
    public EntryComparison comparison(long roundId) {
        return database.read(ctx -> comparison(ctx, roundId));
    }

    private EntryComparison comparison(DSLContext ctx, long roundId) {
        Map<Integer, String[]> bySequence = new TreeMap<>();
        int[] entered = new int[2];
        for (BallotEntry entry : entries.all(ctx, roundId)) {
            bySequence.computeIfAbsent(entry.sequence(), s -> new String[2])[entry.entryNo() - 1] = entry.payload();
            entered[entry.entryNo() - 1]++;
        }
        List<Disagreement> result = new ArrayList<>();
        bySequence.forEach((sequence, typed) -> {
            if (typed[0] == null || !typed[0].equals(typed[1])) {
                result.add(new Disagreement(sequence, typed[0], typed[1]));
            }
        });
        return new EntryComparison(entered[0], entered[1], result);
    }

    /**
     * Enters the board's hand count for a totals-only round.
     *
     * @param roundId   the round
     * @param collected ballots in the box
     * @param valid     valid ballots
     * @param invalid   invalid ballots
     * @param reasons   the board's reasons for the invalid ballots (free text)
     * @param votes     votes per name, in ballot order
     * @throws ValidationException if the round is not totals-only or a figure is missing or negative
     */
    public void enterTotals(long roundId, int collected, int valid, int invalid, String reasons,
            List<Integer> votes) {
        database.write(Operation.of("audit.op.election.totals"), ctx -> {
            RoundContext round = openRoundContext(ctx, roundId);
            if (!round.info().totalsOnly()) {
                throw invalid("totals", "election.totals.problem.notTotalsOnly");
            }
            if (votes.size() != round.contest().candidates().size()) {
                throw invalid("totals", "election.totals.problem.count", round.contest().candidates().size());
            }
            if (collected < 0 || valid < 0 || invalid < 0 || votes.stream().anyMatch(v -> v == null || v < 0)) {
                throw invalid("totals", "election.totals.problem.negative");
            }
            String cleaned = reasons == null ? "" : Text.clean(reasons);
            elections.saveTotals(ctx, roundId, collected, valid, invalid, cleaned, votes);
            return null;
        });
    }

    /**
     * What the ballots entered so far give, without keeping it (entry 1's ballots, or the totals); the kept record
     * once the round is counted.
     *
     * @param roundId the round
     * @return the provisional result
     */
    public TallyResult preview(long roundId) {
        return result(roundId);
    }

    /**
     * What the board is asked to confirm when it closes the count: the ballots entered (or the totals' figure)
     * as the ballots collected, no note, the next free record number of the congress, the clock's time.
     *
     * @param roundId the round
     * @return the proposal, for the board to correct
     */
    public CountClosing closingProposal(long roundId) {
        return database.read(ctx -> closingProposal(ctx, state.round(ctx, roundId)));
    }

    private CountClosing closingProposal(DSLContext ctx, RoundInfo info) {
        int collected = info.totalsOnly()
                ? elections.totals(ctx, info.id()).map(ElectionRepository.RoundTotals::collected).orElse(0)
                : (int) entries.all(ctx, info.id()).stream().map(BallotEntry::sequence).distinct().count();
        long congressId = state.office(ctx, info.officeId()).congressId();
        List<Integer> used = elections.recordNumbers(ctx, congressId);
        int number = info.recordNumber() != null ? info.recordNumber() : used.isEmpty()
                ? congresses.find(ctx, congressId).recordNumber()
                : used.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        return new CountClosing(collected, "", number, LocalDateTime.now(clock).toLocalTime());
    }

    /**
     * Counts the round with what {@link #closingProposal} proposes (the board accepts it unchanged).
     *
     * @param roundId the round
     * @return the result
     * @throws ValidationException as {@link #count(long, CountClosing)}
     */
    public TallyResult count(long roundId) {
        return count(roundId, closingProposal(roundId));
    }

    /**
     * Counts the round and keeps the result, as the record of the count, with what the board confirmed. Refused
     * while any ballot was entered by only one entry or the two differ, when no ballot (or no totals) was entered,
     * when the ballots entered are not the ballots the board found in the box, when fewer came back than were
     * issued and the board gave no explanation, when the record number is taken by another count of the congress,
     * when no end time is given, or when the round was already counted. The kept count is forced to disk
     * ({@code CHECKPOINT SYNC}) before the result is returned. Rules: src/site/rules.md, "Sinh hoạt chi bộ và đại
     * hội" and "Bầu cử tại đại hội chi bộ".
     *
     * @param roundId the round
     * @param closing what the board confirmed
     * @return the result
     * @throws ValidationException listing what blocks the count
     */
    public TallyResult count(long roundId, CountClosing closing) {
        beforeCount.run();
        TallyResult counted = database.write(Operation.of("audit.op.election.count"), ctx -> {
            RoundContext round = openRoundContext(ctx, roundId);
            int collected;
            if (round.info().totalsOnly()) {
                var totals = elections.totals(ctx, roundId)
                        .orElseThrow(() -> invalid("totals", "election.count.problem.noTotals"));
                collected = totals.collected();
            } else {
                EntryComparison comparison = comparison(ctx, roundId);
                if (comparison.entered1() == 0 && comparison.entered2() == 0) {
                    throw invalid("ballot", "election.count.problem.noBallots");
                }
                List<Disagreement> differing = comparison.differing();
                if (!differing.isEmpty()) {
                    throw invalid("ballot", "election.count.problem.disagreements", differing.size(),
                            differing.get(0).sequence());
                }
                collected = comparison.entered1();
            }
            if (closing.collected() != collected) {
                throw invalid("collected", "election.count.problem.collected", collected, closing.collected());
            }
            if (collected > round.info().ballotsIssued()) {
                throw invalid("collected", "election.count.problem.moreThanIssued", collected,
                        round.info().ballotsIssued());
            }
            if (collected < round.info().ballotsIssued() && closing.shortfallNote().isEmpty()) {
                throw invalid("shortfallNote", "election.count.problem.shortfall", round.info().ballotsIssued(),
                        collected, round.info().ballotsIssued() - collected);
            }
            if (closing.recordNumber() < 1) {
                throw invalid("recordNumber", "election.count.problem.recordNumber");
            }
            long congressId = state.office(ctx, round.info().officeId()).congressId();
            if (elections.recordNumbers(ctx, congressId).contains(closing.recordNumber())) {
                throw invalid("recordNumber", "election.count.problem.recordNumberTaken", closing.recordNumber());
            }
            if (closing.endedAt() == null) {
                throw invalid("endedAt", "election.count.problem.endedAt");
            }
            TallyResult result = state.compute(ctx, round.info(), round.contest());
            LocalDateTime ended = congresses.find(ctx, congressId).heldOn().atTime(closing.endedAt());
            int holders = congresses.rollOf(ctx, congressId).ballotHolders().size();
            elections.saveKept(ctx, roundId, result, holders, ended, collected, closing.shortfallNote(),
                    closing.recordNumber());
            return result;
        });
        database.checkpoint(); // on disk before the count is reported as kept
        return counted;
    }

    /**
     * The result of a round: the record kept when it was counted (never counted again), or what the entries give
     * so far while it is open.
     *
     * @param roundId the round
     * @return the result
     */
    public TallyResult result(long roundId) {
        return database.read(ctx -> state.resultOf(ctx, state.round(ctx, roundId)).result());
    }

    /**
     * Records the congress's decision about places left open after the last counted round: vote again or
     * stop. For the secretary, stopping means the upper committee appoints. Forced to disk before it returns.
     *
     * @param officeId the office
     * @param decision vote again or stop
     * @throws ValidationException if there is nothing to decide now
     */
    public void decide(long officeId, Round.Decision decision) {
        database.write(Operation.of("audit.op.election.decide"), ctx -> {
            ElectionStateService.Replay replay = state.replay(ctx, officeId);
            Election.NextStep next = replay.election().next();
            if (replay.open() != null || replay.lastRound() == null || next != Election.NextStep.DECIDE_VOTE_AGAIN_OR_STOP
                    && next != Election.NextStep.TIE_BREAK_ROUND && next != Election.NextStep.FURTHER_ROUND) {
                throw invalid("decision", "election.decision.problem.nothing");
            }
            elections.setDecision(ctx, replay.lastRound().id(), decision);
            return null;
        });
        database.checkpoint(); // the congress's decision closes (or reopens) the office: on disk before it is shown
    }

    private RoundContext openRoundContext(DSLContext ctx, long roundId) {
        RoundInfo info = state.round(ctx, roundId);
        if (info.counted()) {
            throw invalid("round", "election.round.problem.counted", info.number());
        }
        return new RoundContext(info, state.replay(ctx, info.officeId()).contestOf(info));
    }

    private record RoundContext(RoundInfo info, Contest contest) {
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(List.of(Problem.error(field, key, args)));
    }
}
