package vn.sochibo.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;

/**
 * What may be recorded as a dated step, and when (src/site/rules.md, "Kết nạp đảng viên (admission)"): no date in
 * the future; nothing more on a closed file; the upper decision only after the chi bộ's passing vote; the steps of
 * probation only after the ceremony; a reason for dropping a candidate or proposing removal. The ceremony and the
 * decision on full membership change the register and have their own use cases. Pure.
 */
public final class StepRules {

    private StepRules() {
    }

    /** Everything wrong with recording {@code s} for {@code c} on {@code today}. */
    public static List<Problem> problems(Candidate c, StepRecord s, LocalDate today, AdmissionRules rules) {
        List<Problem> out = new ArrayList<>();
        if (s.step() == null || s.date() == null) {
            out.add(Problem.error("date", "admission.problem.date.required"));
            return out;
        }
        Step step = s.step();
        if (step == Step.CEREMONY || step == Step.OFFICIAL_DECISION) {
            out.add(Problem.error("step", "admission.problem.step.ownAction", step));
            return out;
        }
        if (c.stage().closed()) {
            out.add(Problem.error("step", "admission.problem.step.closed", c.stage()));
            return out;
        }
        if (s.date().isAfter(today)) {
            out.add(Problem.error("date", "admission.problem.date.future", s.date()));
        }
        if (s.documentRef() != null && s.documentRef().length() > 200) {
            out.add(Problem.error("documentRef", "admission.problem.tooLong", 200));
        }
        if (s.content() != null && s.content().length() > 4000) {
            out.add(Problem.error("stepContent", "admission.problem.tooLong", 4000));
        }
        LocalDate ceremony = c.step(Step.CEREMONY).map(StepRecord::date).orElse(null);
        if (step.phase() == Step.Phase.PROBATION) {
            if (ceremony == null) {
                out.add(Problem.error("step", "admission.problem.step.beforeCeremony", step));
            } else if (s.date().isBefore(ceremony)) {
                out.add(Problem.error("date", "admission.problem.step.dateBefore", step, ceremony));
            }
        }
        switch (step) {
            case FILE_SENT, DECISION -> afterVote(out, c, s);
            case DECISION_RECEIVED -> {
                afterVote(out, c, s);
                c.step(Step.DECISION).ifPresentOrElse(d -> {
                    if (s.date().isBefore(d.date())) {
                        out.add(Problem.error("date", "admission.problem.step.dateBefore", step, d.date()));
                    }
                }, () -> out.add(Problem.error("step", "admission.problem.step.needs", step, Step.DECISION)));
            }
            case DROPPED -> {
                if (c.stage().member()) {
                    out.add(Problem.error("step", "admission.problem.step.dropMember"));
                }
                reason(out, s);
            }
            case REMOVAL_PROPOSED -> {
                if (c.stage() != CandidateStage.PROBATION && c.stage() != CandidateStage.REFERRED_UP) {
                    out.add(Problem.error("step", "admission.problem.step.notInProbation", step));
                }
                reason(out, s);
            }
            case REFERRED_UP -> {
                int max = rules.value(AdmissionRules.Setting.MAX_FAILED_VOTES, s.date());
                int failed = c.failedVotes(VotePurpose.FULL_MEMBERSHIP);
                if (failed < max || c.passedVote(VotePurpose.FULL_MEMBERSHIP).isPresent()) {
                    out.add(Problem.error("step", "admission.problem.step.notReferable", failed, max));
                }
            }
            case LATE_EXPLANATION -> reason(out, s);
            default -> {
                // no further condition
            }
        }
        if (step == Step.DECISION && s.documentRef() == null) {
            out.add(Problem.error("documentRef", "admission.problem.decision.number"));
        }
        return out;
    }

    private static void afterVote(List<Problem> out, Candidate c, StepRecord s) {
        c.passedVote(VotePurpose.ADMISSION).ifPresentOrElse(v -> {
            if (s.date().isBefore(v.date())) {
                out.add(Problem.error("date", "admission.problem.step.dateBefore", s.step(), v.date()));
            }
        }, () -> out.add(Problem.error("step", "admission.problem.step.needsVote", s.step())));
    }

    private static void reason(List<Problem> out, StepRecord s) {
        if (s.content() == null) {
            out.add(Problem.error("stepContent", "admission.problem.reason.required"));
        }
    }
}
