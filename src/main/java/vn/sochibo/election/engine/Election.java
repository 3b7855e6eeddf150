package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.sochibo.common.Problem;
import vn.sochibo.common.ValidationException;

/**
 * The rounds of voting for one office at one congress (src/site/rules.md, "Bầu cử tại đại hội chi bộ": ties,
 * places left open, further rounds).
 *
 * <p>Keeps every round, accumulates who was elected, and tells what may happen next: a tie at the last
 * place leads to a tie-break round among the tied only, for the places the tie left open; places left open
 * for lack of votes wait for the congress to vote again or stop; the secretary gets at most three rounds,
 * after which the upper committee appoints. No persistence; not thread-safe.
 */
public final class Election {

    /** What may happen next. */
    public enum NextStep {
        /** Nothing voted yet. */
        FIRST_ROUND,
        /** A tie at the last place: vote again among the tied only (or stop). */
        TIE_BREAK_ROUND,
        /** Places are open: the congress decides to vote again or to stop. */
        DECIDE_VOTE_AGAIN_OR_STOP,
        /** The congress chose to vote again for the open places. */
        FURTHER_ROUND,
        /** Every place is filled. */
        COMPLETE,
        /** The congress stopped with places open. */
        STOPPED,
        /** No secretary after the last allowed round: the upper committee appoints (Quy định 294-QĐ/TW §23.3). */
        UPPER_COMMITTEE_APPOINTS
    }

    private final Office office;
    private final int seats;
    private final int alternateSeats;
    private final VoteBase base;
    private final KeepLimitRule keepLimitRule;
    private final List<Round> rounds = new ArrayList<>();
    private final List<Candidate> elected = new ArrayList<>();
    private final List<Candidate> alternates = new ArrayList<>();

    /**
     * An election with the default keep limit (officials + alternates).
     *
     * @param office         the office
     * @param seats          official places the congress voted (or the upper level allocated)
     * @param alternateSeats alternate places (delegates only)
     * @param base           the vote base N
     */
    public Election(Office office, int seats, int alternateSeats, VoteBase base) {
        this(office, seats, alternateSeats, base, KeepLimitRule.OFFICIALS_PLUS_ALTERNATES);
    }

    /**
     * An election.
     *
     * @param office         the office
     * @param seats          official places
     * @param alternateSeats alternate places (delegates only)
     * @param base           the vote base N
     * @param keepLimitRule  how many names a ballot may keep
     * @throws ValidationException for impossible places, as {@link Contest}
     */
    public Election(Office office, int seats, int alternateSeats, VoteBase base, KeepLimitRule keepLimitRule) {
        this.office = Objects.requireNonNull(office, "office");
        this.base = Objects.requireNonNull(base, "base");
        this.keepLimitRule = Objects.requireNonNull(keepLimitRule, "keepLimitRule");
        Contest.checkPlaces(office, seats, alternateSeats);
        this.seats = seats;
        this.alternateSeats = alternateSeats;
    }

    /**
     * What may happen next.
     *
     * @return the next step
     */
    public NextStep next() {
        if (rounds.isEmpty()) {
            return NextStep.FIRST_ROUND;
        }
        if (seatsUnfilled() == 0 && alternatesUnfilled() == 0) {
            return NextStep.COMPLETE;
        }
        if (office.maxRounds().isPresent() && rounds.size() >= office.maxRounds().getAsInt()) {
            return NextStep.UPPER_COMMITTEE_APPOINTS;
        }
        Round last = lastRound();
        if (last.decision() == Round.Decision.STOP) {
            return office == Office.SECRETARY ? NextStep.UPPER_COMMITTEE_APPOINTS : NextStep.STOPPED;
        }
        if (!last.result().tied().isEmpty()) {
            return NextStep.TIE_BREAK_ROUND;
        }
        return last.decision() == Round.Decision.VOTE_AGAIN ? NextStep.FURTHER_ROUND
                : NextStep.DECIDE_VOTE_AGAIN_OR_STOP;
    }

    /**
     * The contest for the next round: the full places for the first round; the tied names and the places
     * the tie left open for a tie-break; the open places for a further round.
     *
     * @param candidates the list; for a tie-break it must be exactly the tied names
     * @return the contest to count the next round's ballots in
     * @throws IllegalStateException if no round may be held now (callers check {@link #next()} first)
     * @throws ValidationException   ({@code election.engine.tieBreakListMustBeTied} or
     *                               {@code election.engine.alreadyElected}) if a tie-break list is not the tied
     *                               names, or a further-round list names someone already elected
     */
    public Contest nextContest(List<Candidate> candidates) {
        NextStep step = next();
        int roundSeats;
        int roundAlternates;
        switch (step) {
            case FIRST_ROUND -> {
                roundSeats = seats;
                roundAlternates = alternateSeats;
            }
            case TIE_BREAK_ROUND -> {
                TallyResult last = lastRound().result();
                if (!names(candidates).equals(names(last.tied()))) {
                    throw new ValidationException(List.of(Problem.error("list",
                            "election.engine.tieBreakListMustBeTied", String.join(", ", last.tiedNames()))));
                }
                roundSeats = last.tieForAlternates() ? 0 : seatsUnfilled();
                roundAlternates = last.tieForAlternates() ? alternatesUnfilled() : 0;
            }
            case FURTHER_ROUND -> {
                requireNotElected(candidates);
                roundSeats = seatsUnfilled();
                roundAlternates = alternatesUnfilled();
            }
            default -> throw noRoundNow();
        }
        return new Contest(office, roundSeats, roundAlternates, keepLimitRule.limit(roundSeats, roundAlternates),
                candidates, base);
    }

    /**
     * Checks a list for the next first or further round ({@link CandidateListCheck#checkList}); a tie-break
     * list is fixed by the tie and has no problems.
     *
     * @param candidates the proposed list
     * @return problems as message keys, empty if the list may be voted on
     */
    public List<Problem> checkNextList(List<Candidate> candidates) {
        if (next() == NextStep.TIE_BREAK_ROUND) {
            return List.of();
        }
        int roundSeats = next() == NextStep.FIRST_ROUND ? seats : seatsUnfilled();
        return CandidateListCheck.checkList(office, roundSeats, candidates.size());
    }

    /**
     * Records a counted round.
     *
     * @param result the result of the contest returned by {@link #nextContest}
     * @return the round as kept
     * @throws IllegalStateException    if no round may be held now
     * @throws IllegalArgumentException if the result is not for the expected contest
     */
    public Round record(TallyResult result) {
        Round.Kind kind = nextKind();
        Contest expected = nextContest(result.contest().candidates());
        if (!expected.equals(result.contest())) {
            throw new IllegalArgumentException("the count is for another contest than the round awaited: " + expected
                    + " expected, " + result.contest() + " counted");
        }
        return add(kind, result);
    }

    /**
     * Records a round read back as it was kept when it was counted. The kept result is the record of that count
     * (src/site/rules.md, "Bầu cử tại đại hội chi bộ": a kept count is the record), so it is not checked against
     * the contest today's rules would give: a later change to a rule never rewrites a past count.
     *
     * @param kept the result as kept
     * @return the round as kept
     * @throws IllegalStateException if no round may be held now
     */
    public Round restore(TallyResult kept) {
        return add(nextKind(), kept);
    }

    private Round.Kind nextKind() {
        return switch (next()) {
            case FIRST_ROUND -> Round.Kind.FIRST;
            case TIE_BREAK_ROUND -> Round.Kind.TIE_BREAK;
            case FURTHER_ROUND -> Round.Kind.FURTHER;
            default -> throw noRoundNow();
        };
    }

    private Round add(Round.Kind kind, TallyResult result) {
        Round round = new Round(rounds.size() + 1, kind, result, null);
        rounds.add(round);
        elected.addAll(result.elected());
        alternates.addAll(result.alternates());
        return round;
    }

    /**
     * Records that the congress holds another round for the open places (or, after a tie, the tie-break).
     *
     * @throws IllegalStateException if there is nothing to decide now
     */
    public void voteAgain() {
        decide(Round.Decision.VOTE_AGAIN);
    }

    /**
     * Records that the congress stops with places open; for the secretary the upper committee appoints.
     *
     * @throws IllegalStateException if there is nothing to decide now
     */
    public void stop() {
        decide(Round.Decision.STOP);
    }

    /**
     * Every round so far, in order.
     *
     * @return the rounds, unmodifiable
     */
    public List<Round> rounds() {
        return List.copyOf(rounds);
    }

    /**
     * Everyone elected to an official place, round by round, each round in vote order.
     *
     * @return the candidates, unmodifiable
     */
    public List<Candidate> elected() {
        return List.copyOf(elected);
    }

    /**
     * Alternates in replacement order: earlier rounds first, each round by votes then Party years.
     *
     * @return the candidates, unmodifiable
     */
    public List<Candidate> alternates() {
        return List.copyOf(alternates);
    }

    /**
     * Official places still open.
     *
     * @return seats minus those elected
     */
    public int seatsUnfilled() {
        return seats - elected.size();
    }

    /**
     * Alternate places still open.
     *
     * @return alternate places minus the alternates elected
     */
    public int alternatesUnfilled() {
        return alternateSeats - alternates.size();
    }

    /**
     * Whether the upper committee appoints the secretary (Quy định 294-QĐ/TW §23.3).
     *
     * @return {@code true} once the last allowed round, or a decision to stop, left the secretary unelected
     */
    public boolean upperCommitteeAppoints() {
        return next() == NextStep.UPPER_COMMITTEE_APPOINTS;
    }

    private void decide(Round.Decision decision) {
        NextStep step = next();
        if (step != NextStep.DECIDE_VOTE_AGAIN_OR_STOP && step != NextStep.TIE_BREAK_ROUND
                && step != NextStep.FURTHER_ROUND) {
            throw new IllegalStateException("nothing to decide: the election is at " + step);
        }
        int last = rounds.size() - 1;
        rounds.set(last, rounds.get(last).withDecision(decision));
    }

    private IllegalStateException noRoundNow() {
        return new IllegalStateException("no round may be held now: " + rounds.size() + " held, next step " + next());
    }

    private Round lastRound() {
        return rounds.get(rounds.size() - 1);
    }

    private void requireNotElected(List<Candidate> candidates) {
        Set<String> taken = names(elected);
        taken.addAll(names(alternates));
        for (Candidate candidate : candidates) {
            if (taken.contains(candidate.name())) {
                throw new ValidationException(List.of(Problem.error("list", "election.engine.alreadyElected",
                        candidate.name())));
            }
        }
    }

    private static Set<String> names(List<Candidate> candidates) {
        Set<String> names = new HashSet<>();
        candidates.forEach(candidate -> names.add(candidate.name()));
        return names;
    }
}
