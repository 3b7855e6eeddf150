package vn.sochibo.admission;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A candidate's whole file as stored: the personal data, the introducing route, the helping member, the
 * probationary member made at the ceremony, the dated steps, introducers, verification requests, votes and the
 * checks the clerk accepted with a reason. {@code id} is 0 before it is stored. Immutable.
 *
 * @param helperMemberId the official member assigned to help, or {@code null}
 * @param helperName     that member's name (for documents and the window), or {@code null}
 * @param memberId       the member made at the ceremony (or the probationary member whose probation is followed)
 */
public record Candidate(long id, CandidateProfile profile, IntroducerRoute route, Long helperMemberId,
                        String helperName, Long memberId, Map<Step, StepRecord> steps, List<Introducer> introducers,
                        List<Verification> verifications, List<AdmissionVote> votes, List<Acceptance> acceptances) {

    public Candidate {
        Map<Step, StepRecord> copy = new EnumMap<>(Step.class);
        copy.putAll(steps);
        steps = java.util.Collections.unmodifiableMap(copy);
        introducers = List.copyOf(introducers);
        verifications = List.copyOf(verifications);
        votes = votes.stream().sorted(Comparator.comparing(AdmissionVote::date).thenComparingLong(AdmissionVote::id)).toList();
        acceptances = List.copyOf(acceptances);
    }

    public Optional<StepRecord> step(Step step) {
        return Optional.ofNullable(steps.get(step));
    }

    public boolean has(Step step) {
        return steps.containsKey(step);
    }

    /** The votes of one purpose, oldest first. */
    public List<AdmissionVote> votes(VotePurpose purpose) {
        return votes.stream().filter(v -> v.purpose() == purpose).toList();
    }

    /** The first vote of this purpose that passed. */
    public Optional<AdmissionVote> passedVote(VotePurpose purpose) {
        return votes(purpose).stream().filter(AdmissionVote::passed).findFirst();
    }

    /** How many votes of this purpose failed. */
    public int failedVotes(VotePurpose purpose) {
        return (int) votes(purpose).stream().filter(v -> !v.passed()).count();
    }

    /** The reason given for an accepted check, if the clerk accepted it. */
    public Optional<Acceptance> accepted(AcceptableCheck check) {
        return acceptances.stream().filter(a -> a.check() == check).findFirst();
    }

    /** Where the candidate stands, from the steps and votes. */
    public CandidateStage stage() {
        if (has(Step.DROPPED)) {
            return CandidateStage.DROPPED;
        }
        if (has(Step.REMOVAL_PROPOSED)) {
            return CandidateStage.REMOVAL_PROPOSED;
        }
        if (has(Step.OFFICIAL_DECISION)) {
            return CandidateStage.OFFICIAL;
        }
        if (has(Step.REFERRED_UP)) {
            return CandidateStage.REFERRED_UP;
        }
        if (passedVote(VotePurpose.FULL_MEMBERSHIP).isPresent()) {
            return CandidateStage.FULL_PROPOSED;
        }
        if (has(Step.CEREMONY)) {
            return CandidateStage.PROBATION;
        }
        if (has(Step.DECISION)) {
            return CandidateStage.DECIDED;
        }
        if (passedVote(VotePurpose.ADMISSION).isPresent()) {
            return CandidateStage.PROPOSED;
        }
        if (has(Step.APPLICATION)) {
            return CandidateStage.DOSSIER;
        }
        if (has(Step.CLASS_CERTIFICATE)) {
            return CandidateStage.TRAINED;
        }
        return CandidateStage.SOURCE;
    }
}
