package vn.sochibo.election.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import vn.sochibo.common.UserFacingException;
import vn.sochibo.election.BallotEntry;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.ListedCandidate;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.engine.BallotInput;
import vn.sochibo.election.engine.BallotRuling;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.CandidateOrder;
import vn.sochibo.election.engine.Contest;
import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.Round;
import vn.sochibo.election.engine.Tally;
import vn.sochibo.election.engine.TallyResult;
import vn.sochibo.election.engine.TotalsCount;
import vn.sochibo.vote.VoteBase;

/**
 * The state of an office's election, read back from the register and replayed through the engine: the rounds
 * held, who is elected, what may happen next, and the result of each round. A counted round's result is the
 * record kept when it was counted (src/site/rules.md, "Bầu cử tại đại hội chi bộ": a kept count is the record);
 * an open round's is what its ballots (entry 1) or totals give so far. Shared by the list, round and document
 * use cases: every method joins the caller's transaction.
 */
public final class ElectionStateService {

    private final CongressService congresses;
    private final ElectionRepository elections;
    private final BallotEntryRepository entries;

    /** Wires the service. */
    public ElectionStateService(CongressService congresses, ElectionRepository elections,
            BallotEntryRepository entries) {
        this.congresses = congresses;
        this.elections = elections;
        this.entries = entries;
    }

    ElectionOffice office(DSLContext ctx, long officeId) {
        return elections.office(ctx, officeId)
                .orElseThrow(() -> new UserFacingException("election.error.noOffice", officeId));
    }

    RoundInfo round(DSLContext ctx, long roundId) {
        return elections.round(ctx, roundId)
                .orElseThrow(() -> new UserFacingException("election.error.noRound", roundId));
    }

    /** The office's list without the withdrawn names, in ballot order. */
    List<Candidate> activeList(DSLContext ctx, long officeId) {
        List<Candidate> list = new ArrayList<>(elections.candidates(ctx, officeId).stream()
                .filter(c -> !c.withdrawn()).map(ListedCandidate::toCandidate).toList());
        list.sort(CandidateOrder.alphabetical());
        return list;
    }

    /**
     * Rebuilds the engine's election from the stored rounds: counted rounds restored as kept, decisions applied,
     * the open round (if any) left out.
     */
    Replay replay(DSLContext ctx, long officeId) {
        ElectionOffice office = office(ctx, officeId);
        VoteBase base = congresses.rollOf(ctx, office.congressId()).voteBase();
        Election election = new Election(office.office(), office.seats(), office.alternates(), base);
        RoundInfo open = null;
        RoundInfo last = null;
        TallyResult lastResult = null;
        Map<Long, Contest> contests = new HashMap<>();
        for (RoundInfo info : elections.rounds(ctx, officeId)) {
            if (!info.counted()) {
                contests.put(info.id(), election.nextContest(info.candidates()));
                open = info;
                break;
            }
            var kept = elections.kept(ctx, info, office.office());
            if (kept.isPresent()) {
                lastResult = kept.get().result();
                election.restore(lastResult);
            } else { // counted before the record was kept in full: counted again from its ballots
                lastResult = compute(ctx, info, election.nextContest(info.candidates()));
                election.record(lastResult);
            }
            contests.put(info.id(), lastResult.contest());
            last = info;
            if (info.decision() == Round.Decision.STOP) {
                election.stop();
            } else if (info.decision() == Round.Decision.VOTE_AGAIN) {
                election.voteAgain();
            }
        }
        return new Replay(election, open, last, lastResult, contests);
    }

    /**
     * The result of a round: the kept record once it is counted, otherwise what was entered so far; with the
     * official members present who received a ballot (as kept, or from the roll while the round is open).
     *
     * @param info the round
     * @return the result
     */
    ElectionRepository.RoundCount resultOf(DSLContext ctx, RoundInfo info) {
        ElectionOffice office = office(ctx, info.officeId());
        if (info.counted()) {
            var kept = elections.kept(ctx, info, office.office());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return new ElectionRepository.RoundCount(compute(ctx, info, replay(ctx, info.officeId()).contestOf(info)),
                congresses.rollOf(ctx, office.congressId()).ballotHolders().size());
    }

    /** What a round's ballots (entry 1) or the board's totals give, counted now by the engine. */
    TallyResult compute(DSLContext ctx, RoundInfo info, Contest contest) {
        if (info.totalsOnly()) {
            return elections.totals(ctx, info.id()).map(t -> TotalsCount.count(contest, info.ballotsIssued(),
                    t.collected(), t.valid(), t.invalid(),
                    t.invalid() > 0 && !t.reasons().isEmpty()
                            ? List.of(new TallyResult.ReasonCount(BallotRuling.boardReason(t.reasons()), t.invalid()))
                            : List.of(),
                    t.votes().stream().map(v -> v == null ? 0 : v).toList()))
                    .orElseGet(() -> new Tally(contest).result(info.ballotsIssued()));
        }
        Tally tally = new Tally(contest);
        for (BallotEntry entry : entries.all(ctx, info.id())) {
            if (entry.entryNo() == 1) {
                tally.enter(BallotInput.fromStored(entry.kind(), entry.payload(), contest.candidates().size())
                        .toBallot(contest.candidates()));
            }
        }
        return tally.result(info.ballotsIssued());
    }

    /**
     * An office's election replayed.
     *
     * @param election   the engine's election, counted rounds recorded
     * @param open       the round being entered, or null
     * @param lastRound  the last counted round, or null
     * @param lastResult its result, or null
     * @param contests   each round's contest, by round id
     */
    record Replay(Election election, RoundInfo open, RoundInfo lastRound, TallyResult lastResult,
            Map<Long, Contest> contests) {
        Contest contestOf(RoundInfo info) {
            Contest contest = contests.get(info.id());
            if (contest == null) {
                throw new UserFacingException("election.error.noRound", info.id());
            }
            return contest;
        }
    }
}
