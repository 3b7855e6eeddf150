package vn.sochibo.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import vn.sochibo.admission.AdmissionRules.Setting;
import vn.sochibo.common.MessageKey;

/**
 * The checks before each decisive step (src/site/rules.md, "Kết nạp đảng viên (admission)"): the admission vote
 * (age counted in months, class certificate still valid, introducers, the file), the ceremony, the vote on full
 * membership and the decision on it. Each returns its findings; the caller refuses the step while one
 * {@link Finding#stops() stops} it. Pure.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** Age in whole months on {@code at}: months between the birth month and that month. */
    static int monthAge(LocalDate birth, LocalDate at) {
        return (at.getYear() * 12 + at.getMonthValue()) - (birth.getYear() * 12 + birth.getMonthValue());
    }

    /**
     * The age rule on the vote's day: from full 18 to full 60 years, counted in months (294-QĐ/TW 1.1; HD 06 1.1).
     * In the birth month itself, months and days disagree and the texts do not say which counts: flagged.
     */
    public static List<Finding> age(Candidate c, LocalDate at, AdmissionRules rules) {
        List<Finding> out = new ArrayList<>();
        LocalDate birth = c.profile().birthDate();
        if (birth == null) {
            out.add(Finding.block("admission.problem.birthDate.required"));
            return out;
        }
        int min = rules.value(Setting.MIN_AGE, at);
        int max = rules.value(Setting.MAX_AGE, at);
        int months = monthAge(birth, at);
        if (months < min * 12) {
            out.add(Finding.block("admission.check.age.under", at, min, birth, birth.plusYears(min).withDayOfMonth(1)));
        } else if (months == min * 12 && at.getDayOfMonth() < birth.getDayOfMonth()) {
            out.add(Finding.needsReason(c, AcceptableCheck.AGE_MONTH_BOUNDARY, "admission.check.age.boundaryYoung", at, min, birth));
        } else if (months > max * 12) {
            out.add(Finding.needsReason(c, AcceptableCheck.AGE_OVER_MAX, "admission.check.age.over", at, max, birth));
        } else if (months == max * 12 && at.getDayOfMonth() > birth.getDayOfMonth()) {
            out.add(Finding.needsReason(c, AcceptableCheck.AGE_MONTH_BOUNDARY, "admission.check.age.boundaryOld", at, max, birth));
        }
        return out;
    }

    /** The class certificate on the vote's day: there, issued before, and not older than the validity period. */
    public static List<Finding> certificate(Candidate c, LocalDate at, AdmissionRules rules) {
        List<Finding> out = new ArrayList<>();
        StepRecord cert = c.step(Step.CLASS_CERTIFICATE).orElse(null);
        if (cert == null) {
            out.add(Finding.block("admission.check.certificate.missing"));
            return out;
        }
        if (cert.date().isAfter(at)) {
            out.add(Finding.block("admission.check.certificate.after", cert.date(), at));
            return out;
        }
        int months = rules.value(Setting.CERTIFICATE_VALIDITY_MONTHS, at);
        LocalDate expiry = cert.date().plusMonths(months);
        if (at.isAfter(expiry)) {
            out.add(Finding.needsReason(c, AcceptableCheck.CERTIFICATE_EXPIRED, "admission.check.certificate.expired",
                    cert.date(), months, expiry, at));
        }
        return out;
    }

    /**
     * The introducers on the vote's day: as many official members as the route needs, each official that day and,
     * unless assigned as a replacement, together with the candidate for the tenure months; the union's resolution
     * for the union routes, and youth age for the Youth Union route.
     *
     * @param officialOn whether a register member was an official member on a day
     */
    public static List<Finding> introducers(Candidate c, LocalDate at, AdmissionRules rules,
                                            BiPredicate<Long, LocalDate> officialOn) {
        List<Finding> out = new ArrayList<>();
        int tenure = rules.value(Setting.INTRODUCER_TENURE_MONTHS, at);
        int valid = 0;
        for (Introducer i : c.introducers()) {
            boolean ok = true;
            if (i.memberId() == null || !officialOn.test(i.memberId(), at)) {
                out.add(Finding.block("admission.check.introducer.notOfficial", i.fullName(), at));
                ok = false;
            }
            LocalDate enough = i.togetherSince().plusMonths(tenure);
            if (!i.replacement() && enough.isAfter(at)) {
                out.add(Finding.block("admission.check.introducer.tenure", i.fullName(), i.togetherSince(), tenure, at, enough));
                ok = false;
            }
            if (ok) {
                valid++;
            }
        }
        int needed = c.route().membersNeeded();
        if (valid < needed) {
            out.add(Finding.block("admission.check.introducers.count", needed, valid, c.route()));
        }
        if (c.route() != IntroducerRoute.TWO_MEMBERS && !c.has(Step.UNION_RESOLUTION)) {
            out.add(Finding.block("admission.check.unionResolution.missing", c.route()));
        }
        if (c.route() == IntroducerRoute.YOUTH_UNION) {
            int youth = rules.value(Setting.YOUTH_UNION_MAX_AGE, at);
            if (c.profile().birthDate() != null && monthAge(c.profile().birthDate(), at) > youth * 12) {
                out.add(Finding.needsReason(c, AcceptableCheck.YOUTH_AGE, "admission.check.youthAge", at, youth));
            }
        }
        return out;
    }

    /** Everything checked before the chi bộ votes on admission on {@code at}. */
    public static List<Finding> beforeAdmissionVote(Candidate c, LocalDate at, AdmissionRules rules,
                                                    BiPredicate<Long, LocalDate> officialOn) {
        List<Finding> out = new ArrayList<>();
        if (c.stage().member() || c.stage().closed() || c.passedVote(VotePurpose.ADMISSION).isPresent()) {
            out.add(Finding.block("admission.check.vote.notNow", c.stage()));
            return out;
        }
        out.addAll(age(c, at, rules));
        out.addAll(certificate(c, at, rules));
        required(out, c, at, Step.APPLICATION);
        required(out, c, at, Step.BIOGRAPHY);
        out.addAll(introducers(c, at, rules, officialOn));
        required(out, c, at, Step.ELIGIBILITY_CERTIFIED);
        for (Verification v : c.verifications()) {
            if (!v.answered() || v.repliedOn().isAfter(at)) {
                out.add(Finding.warn("admission.check.verification.pending", v.subject(), v.addressee()));
            }
        }
        if (c.verifications().isEmpty()) {
            out.add(Finding.warn("admission.check.missing", label(CheckItem.class, "VERIFICATION")));
        }
        for (Step s : new Step[] {Step.RESIDENCE_COMMENT, Step.COMMITTEE_SUMMARY, Step.COMMITTEE_COMMENT}) {
            if (!c.has(s)) {
                out.add(Finding.warn("admission.check.missing", label(s)));
            }
        }
        return out;
    }

    private static void required(List<Finding> out, Candidate c, LocalDate at, Step step) {
        StepRecord s = c.step(step).orElse(null);
        if (s == null) {
            out.add(Finding.block("admission.check.required", label(step)));
        } else if (s.date().isAfter(at)) {
            out.add(Finding.block("admission.check.requiredBefore", label(step), s.date(), at));
        }
    }

    /** Everything checked before the ceremony held on {@code at}. */
    public static List<Finding> beforeCeremony(Candidate c, LocalDate at, AdmissionRules rules) {
        List<Finding> out = new ArrayList<>();
        if (c.has(Step.CEREMONY) || c.stage().closed()) {
            out.add(Finding.block("admission.check.ceremony.notNow", c.stage()));
            return out;
        }
        required(out, c, at, Step.DECISION);
        StepRecord received = c.step(Step.DECISION_RECEIVED).orElse(null);
        if (received == null) {
            out.add(Finding.block("admission.check.required", label(Step.DECISION_RECEIVED)));
        } else if (received.date().isAfter(at)) {
            out.add(Finding.block("admission.check.requiredBefore", label(Step.DECISION_RECEIVED), received.date(), at));
        } else {
            LocalDate due = new Timeline(c, rules).ceremonyDue().orElseThrow();
            if (at.isAfter(due)) {
                out.add(Finding.needsReason(c, AcceptableCheck.CEREMONY_LATE, "admission.check.ceremony.late", due, at));
            }
        }
        return out;
    }

    /** Everything checked before the chi bộ votes on full membership on {@code at}. */
    public static List<Finding> beforeFullVote(Candidate c, LocalDate at, AdmissionRules rules) {
        List<Finding> out = new ArrayList<>();
        Timeline t = new Timeline(c, rules);
        if (!c.has(Step.CEREMONY) || c.stage() != CandidateStage.PROBATION) {
            out.add(Finding.block("admission.check.vote.notNow", c.stage()));
            return out;
        }
        int max = rules.value(Setting.MAX_FAILED_VOTES, at);
        int failed = c.failedVotes(VotePurpose.FULL_MEMBERSHIP);
        if (failed >= max) {
            out.add(Finding.block("admission.check.full.tooManyFailed", failed));
        }
        LocalDate end = t.probationEnd().orElseThrow();
        if (!at.isAfter(end)) {
            out.add(Finding.block("admission.check.full.tooEarly", end, end.plusDays(1)));
        } else {
            LocalDate due = t.fullVoteDue().orElseThrow();
            if (c.votes(VotePurpose.FULL_MEMBERSHIP).isEmpty() && at.isAfter(due)) {
                out.add(Finding.warn("admission.check.full.late", due, end));
            }
        }
        for (Step s : new Step[] {Step.SELF_REVIEW, Step.HELPER_ASSESSMENT, Step.NEW_MEMBER_CLASS, Step.PROBATION_SUMMARY}) {
            if (!c.has(s)) {
                out.add(Finding.warn("admission.check.missing", label(s)));
            }
        }
        return out;
    }

    /** Everything checked before the decision on full membership dated {@code at} is recorded. */
    public static List<Finding> beforeOfficialDecision(Candidate c, LocalDate at) {
        List<Finding> out = new ArrayList<>();
        CandidateStage stage = c.stage();
        if (stage != CandidateStage.FULL_PROPOSED && stage != CandidateStage.REFERRED_UP) {
            out.add(Finding.block("admission.check.official.noVote", stage));
            return out;
        }
        c.passedVote(VotePurpose.FULL_MEMBERSHIP).filter(v -> v.date().isAfter(at))
                .ifPresent(v -> out.add(Finding.block("admission.check.official.beforeVote", v.date())));
        return out;
    }

    /** Whether any finding stops the step. */
    public static boolean stops(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::stops);
    }

    static MessageKey label(Step step) {
        return label(Step.class, step.name());
    }

    static MessageKey label(Class<?> type, String name) {
        return new MessageKey("enum." + type.getSimpleName() + "." + name);
    }
}
