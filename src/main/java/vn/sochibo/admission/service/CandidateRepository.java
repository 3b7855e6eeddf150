package vn.sochibo.admission.service;

import static vn.sochibo.storage.jooq.Tables.ADMISSION_ACCEPTANCE;
import static vn.sochibo.storage.jooq.Tables.ADMISSION_CANDIDATE;
import static vn.sochibo.storage.jooq.Tables.ADMISSION_INTRODUCER;
import static vn.sochibo.storage.jooq.Tables.ADMISSION_STEP;
import static vn.sochibo.storage.jooq.Tables.ADMISSION_VERIFICATION;
import static vn.sochibo.storage.jooq.Tables.ADMISSION_VOTE;
import static vn.sochibo.storage.jooq.Tables.MEMBER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.sochibo.admission.Acceptance;
import vn.sochibo.admission.AcceptableCheck;
import vn.sochibo.admission.AdmissionVote;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.Introducer;
import vn.sochibo.admission.IntroducerRoute;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.StepRecord;
import vn.sochibo.admission.Verification;
import vn.sochibo.admission.VotePurpose;
import vn.sochibo.storage.jooq.tables.records.AdmissionCandidateRecord;

/**
 * SQL for the candidates register and everything in a candidate's file. Stateless: every method runs on the
 * caller's transaction.
 */
public final class CandidateRepository {

    /** Stores a new candidate and returns its id. */
    public long insert(DSLContext ctx, CandidateProfile p, IntroducerRoute route, Long helperMemberId, Long memberId,
                       LocalDateTime now) {
        AdmissionCandidateRecord r = ctx.newRecord(ADMISSION_CANDIDATE);
        fill(r, p);
        r.setIntroducerRoute(route.name());
        r.setHelperMemberId(helperMemberId);
        r.setMemberId(memberId);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return r.getId();
    }

    private static void fill(AdmissionCandidateRecord r, CandidateProfile p) {
        r.setIssuer(p.issuer());
        r.setFullName(p.fullName());
        r.setGender(p.gender());
        r.setBirthDate(p.birthDate());
        r.setHomeTown(p.homeTown());
        r.setResidence(p.residence());
        r.setOccupation(p.occupation());
        r.setEducation(p.education());
        r.setEthnicity(p.ethnicity());
        r.setReligion(p.religion());
        r.setNotes(p.notes());
    }

    /** Replaces the personal data; false when the candidate does not exist. */
    public boolean update(DSLContext ctx, long id, CandidateProfile p, LocalDateTime now) {
        AdmissionCandidateRecord r = ctx.fetchOne(ADMISSION_CANDIDATE, ADMISSION_CANDIDATE.ID.eq(id));
        if (r == null) {
            return false;
        }
        fill(r, p);
        r.setUpdatedAt(now);
        r.store();
        return true;
    }

    /** Sets the introducing route, the helping member and the member made at the ceremony. */
    public boolean setLinks(DSLContext ctx, long id, IntroducerRoute route, Long helperMemberId, Long memberId, LocalDateTime now) {
        return ctx.update(ADMISSION_CANDIDATE).set(ADMISSION_CANDIDATE.INTRODUCER_ROUTE, route.name())
                .set(ADMISSION_CANDIDATE.HELPER_MEMBER_ID, helperMemberId).set(ADMISSION_CANDIDATE.MEMBER_ID, memberId)
                .set(ADMISSION_CANDIDATE.UPDATED_AT, now).where(ADMISSION_CANDIDATE.ID.eq(id)).execute() == 1;
    }

    /** Deletes a candidate with its whole file. */
    public boolean delete(DSLContext ctx, long id) {
        return ctx.deleteFrom(ADMISSION_CANDIDATE).where(ADMISSION_CANDIDATE.ID.eq(id)).execute() == 1;
    }

    /** One candidate's whole file. */
    public Optional<Candidate> find(DSLContext ctx, long id) {
        List<Candidate> found = load(ctx, ADMISSION_CANDIDATE.ID.eq(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every candidate's whole file, in id order. */
    public List<Candidate> all(DSLContext ctx) {
        return load(ctx, DSL.trueCondition());
    }

    /** The members whose probation is followed here (made at a ceremony, or taken from the register). */
    public Set<Long> followedMembers(DSLContext ctx) {
        return Set.copyOf(ctx.select(ADMISSION_CANDIDATE.MEMBER_ID).from(ADMISSION_CANDIDATE)
                .where(ADMISSION_CANDIDATE.MEMBER_ID.isNotNull()).fetch(ADMISSION_CANDIDATE.MEMBER_ID));
    }

    private List<Candidate> load(DSLContext ctx, Condition which) {
        var rows = ctx.select(ADMISSION_CANDIDATE.asterisk(), MEMBER.FULL_NAME).from(ADMISSION_CANDIDATE)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(ADMISSION_CANDIDATE.HELPER_MEMBER_ID))
                .where(which).orderBy(ADMISSION_CANDIDATE.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.map(r -> r.get(ADMISSION_CANDIDATE.ID));
        Map<Long, Map<Step, StepRecord>> steps = new HashMap<>();
        ctx.selectFrom(ADMISSION_STEP).where(ADMISSION_STEP.CANDIDATE_ID.in(ids)).fetch().forEach(s -> steps
                .computeIfAbsent(s.getCandidateId(), k -> new EnumMap<>(Step.class))
                .put(Step.valueOf(s.getStep()), new StepRecord(Step.valueOf(s.getStep()), s.getStepDate(), s.getDocumentRef(),
                        s.getContent(), s.getMeetingId())));
        Map<Long, List<Introducer>> introducers = new HashMap<>();
        ctx.selectFrom(ADMISSION_INTRODUCER).where(ADMISSION_INTRODUCER.CANDIDATE_ID.in(ids)).orderBy(ADMISSION_INTRODUCER.ID)
                .fetch().forEach(i -> introducers.computeIfAbsent(i.getCandidateId(), k -> new ArrayList<>())
                        .add(new Introducer(i.getId(), i.getMemberId(), i.getFullName(), i.getTogetherSince(),
                                i.getIntroducedOn(), i.getReplacement())));
        Map<Long, List<Verification>> verifications = new HashMap<>();
        ctx.selectFrom(ADMISSION_VERIFICATION).where(ADMISSION_VERIFICATION.CANDIDATE_ID.in(ids)).orderBy(ADMISSION_VERIFICATION.ID)
                .fetch().forEach(v -> verifications.computeIfAbsent(v.getCandidateId(), k -> new ArrayList<>())
                        .add(new Verification(v.getId(), v.getSubject(), v.getAddressee(), v.getAbroad(), v.getReceivedOn(),
                                v.getRepliedOn(), v.getResult())));
        Map<Long, List<AdmissionVote>> votes = new HashMap<>();
        ctx.selectFrom(ADMISSION_VOTE).where(ADMISSION_VOTE.CANDIDATE_ID.in(ids)).fetch().forEach(v -> votes
                .computeIfAbsent(v.getCandidateId(), k -> new ArrayList<>())
                .add(new AdmissionVote(v.getId(), VotePurpose.valueOf(v.getPurpose()), v.getMeetingId(), v.getVoteDate(),
                        v.getVoteBase(), v.getVotesFor(), v.getVotesAgainst(), v.getVotesOther())));
        Map<Long, List<Acceptance>> acceptances = new HashMap<>();
        ctx.selectFrom(ADMISSION_ACCEPTANCE).where(ADMISSION_ACCEPTANCE.CANDIDATE_ID.in(ids)).fetch().forEach(a -> acceptances
                .computeIfAbsent(a.getCandidateId(), k -> new ArrayList<>())
                .add(new Acceptance(AcceptableCheck.valueOf(a.getCheckCode()), a.getReason(), a.getRecordedAt())));
        List<Candidate> out = new ArrayList<>(rows.size());
        for (var r : rows) {
            long id = r.get(ADMISSION_CANDIDATE.ID);
            CandidateProfile profile = new CandidateProfile(r.get(ADMISSION_CANDIDATE.ISSUER), r.get(ADMISSION_CANDIDATE.FULL_NAME),
                    r.get(ADMISSION_CANDIDATE.GENDER), r.get(ADMISSION_CANDIDATE.BIRTH_DATE), r.get(ADMISSION_CANDIDATE.HOME_TOWN),
                    r.get(ADMISSION_CANDIDATE.RESIDENCE), r.get(ADMISSION_CANDIDATE.OCCUPATION), r.get(ADMISSION_CANDIDATE.EDUCATION),
                    r.get(ADMISSION_CANDIDATE.ETHNICITY), r.get(ADMISSION_CANDIDATE.RELIGION), r.get(ADMISSION_CANDIDATE.NOTES));
            out.add(new Candidate(id, profile, IntroducerRoute.valueOf(r.get(ADMISSION_CANDIDATE.INTRODUCER_ROUTE)),
                    r.get(ADMISSION_CANDIDATE.HELPER_MEMBER_ID), r.get(MEMBER.FULL_NAME), r.get(ADMISSION_CANDIDATE.MEMBER_ID),
                    steps.getOrDefault(id, Map.of()), introducers.getOrDefault(id, List.of()),
                    verifications.getOrDefault(id, List.of()), votes.getOrDefault(id, List.of()),
                    acceptances.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** Records a step, replacing the same step recorded before. */
    public void putStep(DSLContext ctx, long candidateId, StepRecord s, LocalDateTime now) {
        int updated = ctx.update(ADMISSION_STEP).set(ADMISSION_STEP.STEP_DATE, s.date())
                .set(ADMISSION_STEP.DOCUMENT_REF, s.documentRef()).set(ADMISSION_STEP.CONTENT, s.content())
                .set(ADMISSION_STEP.MEETING_ID, s.meetingId()).set(ADMISSION_STEP.RECORDED_AT, now)
                .where(ADMISSION_STEP.CANDIDATE_ID.eq(candidateId).and(ADMISSION_STEP.STEP.eq(s.step().name()))).execute();
        if (updated > 0) {
            return;
        }
        ctx.insertInto(ADMISSION_STEP).set(ADMISSION_STEP.CANDIDATE_ID, candidateId).set(ADMISSION_STEP.STEP, s.step().name())
                .set(ADMISSION_STEP.STEP_DATE, s.date()).set(ADMISSION_STEP.DOCUMENT_REF, s.documentRef())
                .set(ADMISSION_STEP.CONTENT, s.content()).set(ADMISSION_STEP.MEETING_ID, s.meetingId())
                .set(ADMISSION_STEP.RECORDED_AT, now).execute();
    }

    /** Removes a recorded step; false when there was none. */
    public boolean removeStep(DSLContext ctx, long candidateId, Step step) {
        return ctx.deleteFrom(ADMISSION_STEP).where(ADMISSION_STEP.CANDIDATE_ID.eq(candidateId)
                .and(ADMISSION_STEP.STEP.eq(step.name()))).execute() == 1;
    }

    /** Adds an introducer and returns its id. */
    public long insertIntroducer(DSLContext ctx, long candidateId, Introducer i) {
        return ctx.insertInto(ADMISSION_INTRODUCER).set(ADMISSION_INTRODUCER.CANDIDATE_ID, candidateId)
                .set(ADMISSION_INTRODUCER.MEMBER_ID, i.memberId()).set(ADMISSION_INTRODUCER.FULL_NAME, i.fullName())
                .set(ADMISSION_INTRODUCER.TOGETHER_SINCE, i.togetherSince()).set(ADMISSION_INTRODUCER.INTRODUCED_ON, i.introducedOn())
                .set(ADMISSION_INTRODUCER.REPLACEMENT, i.replacement())
                .returningResult(ADMISSION_INTRODUCER.ID).fetchSingle().value1();
    }

    public boolean deleteIntroducer(DSLContext ctx, long candidateId, long introducerId) {
        return ctx.deleteFrom(ADMISSION_INTRODUCER).where(ADMISSION_INTRODUCER.ID.eq(introducerId)
                .and(ADMISSION_INTRODUCER.CANDIDATE_ID.eq(candidateId))).execute() == 1;
    }

    /** Adds a verification request and returns its id. */
    public long insertVerification(DSLContext ctx, long candidateId, Verification v) {
        return ctx.insertInto(ADMISSION_VERIFICATION).set(ADMISSION_VERIFICATION.CANDIDATE_ID, candidateId)
                .set(ADMISSION_VERIFICATION.SUBJECT, v.subject()).set(ADMISSION_VERIFICATION.ADDRESSEE, v.addressee())
                .set(ADMISSION_VERIFICATION.ABROAD, v.abroad()).set(ADMISSION_VERIFICATION.RECEIVED_ON, v.receivedOn())
                .set(ADMISSION_VERIFICATION.REPLIED_ON, v.repliedOn()).set(ADMISSION_VERIFICATION.RESULT, v.result())
                .returningResult(ADMISSION_VERIFICATION.ID).fetchSingle().value1();
    }

    /** Records (or clears, with nulls) the reply to a verification request. */
    public boolean reply(DSLContext ctx, long candidateId, long verificationId, LocalDate repliedOn, String result) {
        return ctx.update(ADMISSION_VERIFICATION).set(ADMISSION_VERIFICATION.REPLIED_ON, repliedOn)
                .set(ADMISSION_VERIFICATION.RESULT, result)
                .where(ADMISSION_VERIFICATION.ID.eq(verificationId).and(ADMISSION_VERIFICATION.CANDIDATE_ID.eq(candidateId)))
                .execute() == 1;
    }

    public boolean deleteVerification(DSLContext ctx, long candidateId, long verificationId) {
        return ctx.deleteFrom(ADMISSION_VERIFICATION).where(ADMISSION_VERIFICATION.ID.eq(verificationId)
                .and(ADMISSION_VERIFICATION.CANDIDATE_ID.eq(candidateId))).execute() == 1;
    }

    /** Stores a vote and returns its id. */
    public long insertVote(DSLContext ctx, long candidateId, AdmissionVote v, LocalDateTime now) {
        return ctx.insertInto(ADMISSION_VOTE).set(ADMISSION_VOTE.CANDIDATE_ID, candidateId)
                .set(ADMISSION_VOTE.PURPOSE, v.purpose().name()).set(ADMISSION_VOTE.MEETING_ID, v.meetingId())
                .set(ADMISSION_VOTE.VOTE_DATE, v.date()).set(ADMISSION_VOTE.VOTE_BASE, v.voteBase())
                .set(ADMISSION_VOTE.VOTES_FOR, v.votesFor()).set(ADMISSION_VOTE.VOTES_AGAINST, v.votesAgainst())
                .set(ADMISSION_VOTE.VOTES_OTHER, v.votesOther()).set(ADMISSION_VOTE.RECORDED_AT, now)
                .returningResult(ADMISSION_VOTE.ID).fetchSingle().value1();
    }

    public boolean deleteVote(DSLContext ctx, long candidateId, long voteId) {
        return ctx.deleteFrom(ADMISSION_VOTE).where(ADMISSION_VOTE.ID.eq(voteId).and(ADMISSION_VOTE.CANDIDATE_ID.eq(candidateId)))
                .execute() == 1;
    }

    /** Records that the clerk went past a check, with the reason (replacing an earlier reason). */
    public void accept(DSLContext ctx, long candidateId, AcceptableCheck check, String reason, LocalDateTime now) {
        withdraw(ctx, candidateId, check);
        ctx.insertInto(ADMISSION_ACCEPTANCE).set(ADMISSION_ACCEPTANCE.CANDIDATE_ID, candidateId)
                .set(ADMISSION_ACCEPTANCE.CHECK_CODE, check.name()).set(ADMISSION_ACCEPTANCE.REASON, reason)
                .set(ADMISSION_ACCEPTANCE.RECORDED_AT, now).execute();
    }

    public boolean withdraw(DSLContext ctx, long candidateId, AcceptableCheck check) {
        return ctx.deleteFrom(ADMISSION_ACCEPTANCE).where(ADMISSION_ACCEPTANCE.CANDIDATE_ID.eq(candidateId)
                .and(ADMISSION_ACCEPTANCE.CHECK_CODE.eq(check.name()))).execute() == 1;
    }
}
