package vn.sochibo.admission.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.admission.AcceptableCheck;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.Introducer;
import vn.sochibo.admission.Verification;
import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.storage.Operation;

/**
 * The parts of a candidate's file that come in several: the introducers, the verification requests and their
 * replies, and the checks the clerk went past with a reason. Each change is one audited transaction that validates
 * first and changes nothing when anything is wrong. See src/site/rules.md, "Kết nạp đảng viên (admission)".
 */
public final class DossierService {

    private final AdmissionService admissions;

    public DossierService(AdmissionService admissions) {
        this.admissions = admissions;
    }

    /** Adds an introducer: a member of the register, since when they were together, the introduction's date. */
    public long addIntroducer(long id, long memberId, LocalDate togetherSince, LocalDate introducedOn, boolean replacement) {
        Candidate c = admissions.find(id);
        MemberSummary m = admissions.members().list().stream().filter(s -> s.id() == memberId).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("introducer", "admission.problem.member.unknown"))));
        List<Problem> problems = new ArrayList<>();
        if (togetherSince == null) {
            problems.add(Problem.error("togetherSince", "admission.problem.togetherSince.required"));
        } else {
            admissions.notInFuture(problems, togetherSince);
        }
        if (introducedOn != null) {
            admissions.notInFuture(problems, introducedOn);
        }
        if (c.introducers().stream().anyMatch(i -> Long.valueOf(memberId).equals(i.memberId()))) {
            problems.add(Problem.error("introducer", "admission.problem.introducer.twice", m.fullName()));
        }
        AdmissionService.throwIfAny(problems);
        return admissions.database().write(Operation.of("audit.op.admission.introducer", c.profile().fullName()), ctx ->
                admissions.repository().insertIntroducer(ctx, id, new Introducer(0, memberId, m.fullName(), togetherSince, introducedOn, replacement)));
    }

    public void removeIntroducer(long id, long introducerId) {
        Candidate c = admissions.find(id);
        admissions.database().write(Operation.of("audit.op.admission.introducerRemove", c.profile().fullName()), ctx -> {
            if (!admissions.repository().deleteIntroducer(ctx, id, introducerId)) {
                throw new UserFacingException("admission.error.rowNotFound");
            }
            return null;
        });
    }

    /** Adds a verification request: who is verified, the body asked, abroad or not, the day it was received there. */
    public long addVerification(long id, String subject, String addressee, boolean abroad, LocalDate receivedOn) {
        Candidate c = admissions.find(id);
        Verification v = new Verification(0, subject, addressee, abroad, receivedOn, null, null);
        List<Problem> problems = new ArrayList<>();
        if (v.subject() == null || v.subject().length() > 300) {
            problems.add(Problem.error("verifiedPerson", "admission.problem.verification.subject"));
        }
        if (v.addressee() == null || v.addressee().length() > 300) {
            problems.add(Problem.error("addressee", "admission.problem.verification.addressee"));
        }
        if (receivedOn == null) {
            problems.add(Problem.error("receivedOn", "admission.problem.date.required"));
        } else {
            admissions.notInFuture(problems, receivedOn);
        }
        AdmissionService.throwIfAny(problems);
        return admissions.database().write(Operation.of("audit.op.admission.verification", c.profile().fullName()), ctx ->
                admissions.repository().insertVerification(ctx, id, v));
    }

    /** Records the reply to a verification request (not before the request was received). */
    public void recordReply(long id, long verificationId, LocalDate repliedOn, String result) {
        Candidate c = admissions.find(id);
        Verification v = c.verifications().stream().filter(x -> x.id() == verificationId).findFirst()
                .orElseThrow(() -> new UserFacingException("admission.error.rowNotFound"));
        List<Problem> problems = new ArrayList<>();
        if (repliedOn == null) {
            problems.add(Problem.error("repliedOn", "admission.problem.date.required"));
        } else {
            admissions.notInFuture(problems, repliedOn);
            if (repliedOn.isBefore(v.receivedOn())) {
                problems.add(Problem.error("repliedOn", "admission.problem.reply.beforeRequest", v.receivedOn()));
            }
        }
        String clean = result == null ? null : Text.cleanOrNull(result);
        if (clean != null && clean.length() > 2000) {
            problems.add(Problem.error("result", "admission.problem.tooLong", 2000));
        }
        AdmissionService.throwIfAny(problems);
        admissions.database().write(Operation.of("audit.op.admission.reply", c.profile().fullName()), ctx ->
                admissions.repository().reply(ctx, id, verificationId, repliedOn, clean));
    }

    public void removeVerification(long id, long verificationId) {
        Candidate c = admissions.find(id);
        admissions.database().write(Operation.of("audit.op.admission.verificationRemove", c.profile().fullName()), ctx -> {
            if (!admissions.repository().deleteVerification(ctx, id, verificationId)) {
                throw new UserFacingException("admission.error.rowNotFound");
            }
            return null;
        });
    }

    /**
     * Goes past a check of an uncertain rule (or one a consent lifts) with the reason, kept in the file and the
     * change log: the number and date of the consent, why the old certificate stands.
     */
    public void accept(long id, AcceptableCheck check, String reason) {
        String why = AdmissionService.requireReason(reason);
        if (why.length() > 1000) {
            throw new ValidationException(List.of(Problem.error("reason", "admission.problem.tooLong", 1000)));
        }
        Candidate c = admissions.find(id);
        admissions.database().write(Operation.of("audit.op.admission.accept", c.profile().fullName()), ctx -> {
            admissions.repository().accept(ctx, id, check, why, admissions.now());
            return null;
        });
    }

    /** Takes back an accepted check. */
    public void withdraw(long id, AcceptableCheck check) {
        Candidate c = admissions.find(id);
        admissions.database().write(Operation.of("audit.op.admission.withdraw", c.profile().fullName()), ctx -> admissions.repository().withdraw(ctx, id, check));
    }
}
