package vn.sochibo.evaluation.service;

import static vn.sochibo.storage.jooq.Tables.EVALUATION_CHECKLIST_ITEM;
import static vn.sochibo.storage.jooq.Tables.EVALUATION_ENTRY;
import static vn.sochibo.storage.jooq.Tables.EVALUATION_SCORE_PART;
import static vn.sochibo.storage.jooq.Tables.EVALUATION_YEAR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import vn.sochibo.evaluation.BranchGradeDraft;
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.CriterionScore;
import vn.sochibo.evaluation.Discipline;
import vn.sochibo.evaluation.EntryDraft;
import vn.sochibo.evaluation.EntryRecord;
import vn.sochibo.evaluation.FormKind;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.GradeVote;
import vn.sochibo.evaluation.Participation;
import vn.sochibo.evaluation.Score;
import vn.sochibo.evaluation.ScoreMode;
import vn.sochibo.evaluation.ScorePart;
import vn.sochibo.evaluation.TaskFigures;
import vn.sochibo.evaluation.Violations;
import vn.sochibo.evaluation.YearHeader;
import vn.sochibo.evaluation.YearRecord;
import vn.sochibo.storage.jooq.tables.records.EvaluationEntryRecord;
import vn.sochibo.storage.jooq.tables.records.EvaluationYearRecord;

/**
 * SQL for the evaluation tables. Stateless: every method runs on the caller's {@link DSLContext}, inside the
 * transaction the service opened.
 */
public final class EvaluationRepository {

    /** A member put on a year's roll. */
    public record RollMember(long memberId, String fullName, Participation participation) {
    }

    /** Every year of {@code issuer}, newest first. */
    public List<YearRecord> years(DSLContext ctx, String issuer) {
        return ctx.selectFrom(EVALUATION_YEAR).where(EVALUATION_YEAR.ISSUER.eq(issuer))
                .orderBy(EVALUATION_YEAR.EVAL_YEAR.desc()).fetch(EvaluationRepository::year);
    }

    /** Every chi bộ's evaluation of {@code year}, by chi bộ. */
    public List<YearRecord> yearsOf(DSLContext ctx, int year) {
        return ctx.selectFrom(EVALUATION_YEAR).where(EVALUATION_YEAR.EVAL_YEAR.eq(year))
                .orderBy(EVALUATION_YEAR.ISSUER).fetch(EvaluationRepository::year);
    }

    /** A year by id. */
    public Optional<YearRecord> year(DSLContext ctx, long id) {
        return ctx.selectFrom(EVALUATION_YEAR).where(EVALUATION_YEAR.ID.eq(id)).fetchOptional(EvaluationRepository::year);
    }

    /** The id of {@code issuer}'s evaluation of {@code year}, if it was opened. */
    public Optional<Long> find(DSLContext ctx, String issuer, int year) {
        return ctx.select(EVALUATION_YEAR.ID).from(EVALUATION_YEAR)
                .where(EVALUATION_YEAR.ISSUER.eq(issuer).and(EVALUATION_YEAR.EVAL_YEAR.eq(year))).fetchOptional(r -> r.value1());
    }

    /** Opens a year with its header; returns its id. */
    public long insertYear(DSLContext ctx, String issuer, int year, String title, YearHeader header, LocalDateTime now) {
        EvaluationYearRecord r = ctx.newRecord(EVALUATION_YEAR);
        r.setIssuer(issuer);
        r.setEvalYear(year);
        r.setTitle(title);
        r.setCreatedAt(now);
        header(r, header, now);
        r.store();
        return r.getId();
    }

    /** Stores a year's header; false when the year no longer exists. */
    public boolean updateHeader(DSLContext ctx, long id, YearHeader header, LocalDateTime now) {
        EvaluationYearRecord r = ctx.fetchOne(EVALUATION_YEAR, EVALUATION_YEAR.ID.eq(id));
        if (r == null) {
            return false;
        }
        header(r, header, now);
        return r.store() >= 0;
    }

    /** Stores the chi bộ's own grade; false when the year no longer exists. */
    public boolean updateBranch(DSLContext ctx, long id, BranchGradeDraft b, LocalDateTime now) {
        return ctx.update(EVALUATION_YEAR)
                .set(EVALUATION_YEAR.BRANCH_POINTS, b.points())
                .set(EVALUATION_YEAR.BRANCH_COMPLETED, b.tasks().completedPercent())
                .set(EVALUATION_YEAR.BRANCH_ON_TIME, b.tasks().onTimePercent())
                .set(EVALUATION_YEAR.BRANCH_EXCEEDING, b.tasks().exceedingPercent())
                .set(EVALUATION_YEAR.BRANCH_FIXED, b.tasks().shortcomingsFixed())
                .set(EVALUATION_YEAR.BRANCH_PROPOSED, code(b.proposed()))
                .set(EVALUATION_YEAR.BRANCH_OVERRIDE_REASON, b.overrideReason())
                .set(EVALUATION_YEAR.BRANCH_DECIDED, code(b.decided()))
                .set(EVALUATION_YEAR.BRANCH_DECIDED_DATE, b.decidedDate())
                .set(EVALUATION_YEAR.BRANCH_DECIDED_REF, b.decidedRef())
                .set(EVALUATION_YEAR.UPDATED_AT, now)
                .where(EVALUATION_YEAR.ID.eq(id)).execute() == 1;
    }

    /** Deletes a year with its entries, points and checklist; false when it no longer exists. */
    public boolean deleteYear(DSLContext ctx, long id) {
        return ctx.deleteFrom(EVALUATION_YEAR).where(EVALUATION_YEAR.ID.eq(id)).execute() == 1;
    }

    /** A year's entries in roll order, with their points by group. */
    public List<EntryRecord> entries(DSLContext ctx, long yearId) {
        Map<Long, List<CriterionScore>> groups = new HashMap<>();
        ctx.select(EVALUATION_SCORE_PART.ENTRY_ID, EVALUATION_SCORE_PART.PART, EVALUATION_SCORE_PART.TITLE,
                        EVALUATION_SCORE_PART.POINTS)
                .from(EVALUATION_SCORE_PART).join(EVALUATION_ENTRY).on(EVALUATION_ENTRY.ID.eq(EVALUATION_SCORE_PART.ENTRY_ID))
                .where(EVALUATION_ENTRY.YEAR_ID.eq(yearId))
                .orderBy(EVALUATION_SCORE_PART.ENTRY_ID, EVALUATION_SCORE_PART.POSITION)
                .forEach(r -> groups.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new CriterionScore(ScorePart.valueOf(r.value2()), r.value3(), r.value4())));
        return ctx.selectFrom(EVALUATION_ENTRY).where(EVALUATION_ENTRY.YEAR_ID.eq(yearId))
                .orderBy(EVALUATION_ENTRY.POSITION, EVALUATION_ENTRY.ID)
                .fetch(r -> entry(r, groups.getOrDefault(r.getId(), List.of())));
    }

    /** The year an entry belongs to, if the entry exists. */
    public Optional<Long> yearOfEntry(DSLContext ctx, long entryId) {
        return ctx.select(EVALUATION_ENTRY.YEAR_ID).from(EVALUATION_ENTRY).where(EVALUATION_ENTRY.ID.eq(entryId))
                .fetchOptional(r -> r.value1());
    }

    /** Puts a member on a year's roll with nothing recorded yet. */
    public void insertEntry(DSLContext ctx, long yearId, RollMember member, int position, LocalDateTime now) {
        EvaluationEntryRecord r = ctx.newRecord(EVALUATION_ENTRY);
        r.setYearId(yearId);
        r.setMemberId(member.memberId());
        r.setPosition(position);
        r.setFullName(member.fullName());
        r.setRollParticipation(member.participation().name());
        r.setScoreMode(ScoreMode.TOTALS.name());
        r.setDiscipline(Discipline.NONE.name());
        r.setDegraded(false);
        r.setBrokeProhibitions(false);
        r.setUpdatedAt(now);
        r.store();
    }

    /** Moves an entry on the roll and updates what the register says of the member. */
    public void updateRoll(DSLContext ctx, long entryId, int position, String fullName, Participation participation) {
        ctx.update(EVALUATION_ENTRY).set(EVALUATION_ENTRY.POSITION, position).set(EVALUATION_ENTRY.FULL_NAME, fullName)
                .set(EVALUATION_ENTRY.ROLL_PARTICIPATION, participation.name())
                .where(EVALUATION_ENTRY.ID.eq(entryId)).execute();
    }

    /** Takes an entry off the roll. */
    public void deleteEntry(DSLContext ctx, long entryId) {
        ctx.deleteFrom(EVALUATION_ENTRY).where(EVALUATION_ENTRY.ID.eq(entryId)).execute();
    }

    /** Stores what the clerk recorded for an entry, its points by group replaced; false when it no longer exists. */
    public boolean updateEntry(DSLContext ctx, long entryId, EntryDraft d, LocalDateTime now) {
        GradeVote vote = d.vote();
        int updated = ctx.update(EVALUATION_ENTRY)
                .set(EVALUATION_ENTRY.EXCLUDED_REASON, d.excludedReason())
                .set(EVALUATION_ENTRY.FORM_KIND, d.formKind() == null ? null : d.formKind().code())
                .set(EVALUATION_ENTRY.SCORE_MODE, d.score().mode().name())
                .set(EVALUATION_ENTRY.COMMON_POINTS, d.score().common())
                .set(EVALUATION_ENTRY.TASK_POINTS, d.score().tasks())
                .set(EVALUATION_ENTRY.COMPLETED_PERCENT, d.tasks().completedPercent())
                .set(EVALUATION_ENTRY.ON_TIME_PERCENT, d.tasks().onTimePercent())
                .set(EVALUATION_ENTRY.EXCEEDING_PERCENT, d.tasks().exceedingPercent())
                .set(EVALUATION_ENTRY.SHORTCOMINGS_FIXED, d.tasks().shortcomingsFixed())
                .set(EVALUATION_ENTRY.DISCIPLINE, d.violations().discipline().name())
                .set(EVALUATION_ENTRY.DISCIPLINE_DATE, d.violations().disciplineDate())
                .set(EVALUATION_ENTRY.DISCIPLINE_REF, d.violations().disciplineRef())
                .set(EVALUATION_ENTRY.DEGRADED, d.violations().degraded())
                .set(EVALUATION_ENTRY.BROKE_PROHIBITIONS, d.violations().brokeProhibitions())
                .set(EVALUATION_ENTRY.HOST_COMMENT, d.hostComment())
                .set(EVALUATION_ENTRY.BRANCH_COMMENT, d.branchComment())
                .set(EVALUATION_ENTRY.PROPOSED_GRADE, code(d.proposed()))
                .set(EVALUATION_ENTRY.OVERRIDE_REASON, d.overrideReason())
                .set(EVALUATION_ENTRY.VOTES_FOR, vote == null ? null : vote.votesFor())
                .set(EVALUATION_ENTRY.VOTES_AGAINST, vote == null ? null : vote.votesAgainst())
                .set(EVALUATION_ENTRY.VOTES_OTHER, vote == null ? null : vote.votesOther())
                .set(EVALUATION_ENTRY.DECIDED_GRADE, code(d.decided()))
                .set(EVALUATION_ENTRY.DECIDED_DATE, d.decidedDate())
                .set(EVALUATION_ENTRY.DECIDED_REF, d.decidedRef())
                .set(EVALUATION_ENTRY.UPDATED_AT, now)
                .where(EVALUATION_ENTRY.ID.eq(entryId)).execute();
        if (updated == 0) {
            return false;
        }
        ctx.deleteFrom(EVALUATION_SCORE_PART).where(EVALUATION_SCORE_PART.ENTRY_ID.eq(entryId)).execute();
        int position = 1;
        for (CriterionScore g : d.score().groups()) {
            ctx.insertInto(EVALUATION_SCORE_PART)
                    .set(EVALUATION_SCORE_PART.ENTRY_ID, entryId)
                    .set(EVALUATION_SCORE_PART.POSITION, position++)
                    .set(EVALUATION_SCORE_PART.PART, g.part().name())
                    .set(EVALUATION_SCORE_PART.TITLE, g.title())
                    .set(EVALUATION_SCORE_PART.POINTS, g.points())
                    .execute();
        }
        return true;
    }

    /** A year's "Chi bộ 4 tốt" checklist, in order. */
    public List<ChecklistItem> checklist(DSLContext ctx, long yearId) {
        return ctx.selectFrom(EVALUATION_CHECKLIST_ITEM).where(EVALUATION_CHECKLIST_ITEM.YEAR_ID.eq(yearId))
                .orderBy(EVALUATION_CHECKLIST_ITEM.POSITION)
                .fetch(r -> new ChecklistItem(r.getTitle(), r.getResult() == null ? null : r.getResult().equals("ACHIEVED"),
                        r.getNote()));
    }

    /** Replaces a year's checklist. */
    public void replaceChecklist(DSLContext ctx, long yearId, List<ChecklistItem> items) {
        ctx.deleteFrom(EVALUATION_CHECKLIST_ITEM).where(EVALUATION_CHECKLIST_ITEM.YEAR_ID.eq(yearId)).execute();
        int position = 1;
        for (ChecklistItem item : items) {
            ctx.insertInto(EVALUATION_CHECKLIST_ITEM)
                    .set(EVALUATION_CHECKLIST_ITEM.YEAR_ID, yearId)
                    .set(EVALUATION_CHECKLIST_ITEM.POSITION, position++)
                    .set(EVALUATION_CHECKLIST_ITEM.TITLE, item.title())
                    .set(EVALUATION_CHECKLIST_ITEM.RESULT, item.achieved() == null ? null
                            : item.achieved() ? "ACHIEVED" : "NOT_ACHIEVED")
                    .set(EVALUATION_CHECKLIST_ITEM.NOTE, item.note())
                    .execute();
        }
    }

    /**
     * Every member's entry in every year of every chi bộ, with its year (for the two-years-running check): member,
     * name, year and the entry.
     */
    public List<MemberYearEntry> allEntries(DSLContext ctx) {
        return ctx.select(EVALUATION_YEAR.EVAL_YEAR, EVALUATION_ENTRY.asterisk()).from(EVALUATION_ENTRY)
                .join(EVALUATION_YEAR).on(EVALUATION_YEAR.ID.eq(EVALUATION_ENTRY.YEAR_ID))
                .fetch(r -> new MemberYearEntry(r.get(EVALUATION_YEAR.EVAL_YEAR),
                        entry(r.into(EVALUATION_ENTRY), List.of())));
    }

    /** An entry with the year it belongs to. */
    public record MemberYearEntry(int year, EntryRecord entry) {
    }

    /** How many entries a member has in any year (a member with one cannot be deleted). */
    public int entriesOfMember(DSLContext ctx, long memberId) {
        return ctx.fetchCount(EVALUATION_ENTRY, EVALUATION_ENTRY.MEMBER_ID.eq(memberId));
    }

    private static void header(EvaluationYearRecord r, YearHeader h, LocalDateTime now) {
        r.setRollDate(h.rollDate());
        r.setReviewMeetingId(h.reviewMeetingId());
        r.setReviewDate(h.reviewDate());
        r.setVoteBase(h.voteBase());
        r.setReportNumber(h.reportNumber());
        r.setCapReason(h.capReason());
        r.setUpdatedAt(now);
    }

    private static YearRecord year(EvaluationYearRecord r) {
        YearHeader header = new YearHeader(r.getRollDate(), r.getReviewMeetingId(), r.getReviewDate(), r.getVoteBase(),
                r.getReportNumber(), r.getCapReason());
        BranchGradeDraft branch = new BranchGradeDraft(r.getBranchPoints(), new TaskFigures(r.getBranchCompleted(),
                r.getBranchOnTime(), r.getBranchExceeding(), r.getBranchFixed()), Grade.fromCode(r.getBranchProposed()),
                r.getBranchOverrideReason(), Grade.fromCode(r.getBranchDecided()), r.getBranchDecidedDate(),
                r.getBranchDecidedRef());
        return new YearRecord(r.getId(), r.getIssuer(), r.getEvalYear(), header, branch);
    }

    private static EntryRecord entry(EvaluationEntryRecord r, List<CriterionScore> groups) {
        ScoreMode mode = ScoreMode.valueOf(r.getScoreMode());
        Score score = mode == ScoreMode.GROUPS ? Score.byGroups(groups) : Score.totals(r.getCommonPoints(), r.getTaskPoints());
        GradeVote vote = r.getVotesFor() == null ? null : new GradeVote(r.getVotesFor(), r.getVotesAgainst(), r.getVotesOther());
        LocalDate disciplineDate = r.getDisciplineDate();
        EntryDraft draft = new EntryDraft(r.getExcludedReason(), FormKind.fromCode(r.getFormKind()), score,
                new TaskFigures(r.getCompletedPercent(), r.getOnTimePercent(), r.getExceedingPercent(), r.getShortcomingsFixed()),
                new Violations(Discipline.valueOf(r.getDiscipline()), disciplineDate, r.getDisciplineRef(),
                        r.getDegraded(), r.getBrokeProhibitions()),
                r.getHostComment(), r.getBranchComment(), Grade.fromCode(r.getProposedGrade()), r.getOverrideReason(),
                vote, Grade.fromCode(r.getDecidedGrade()), r.getDecidedDate(), r.getDecidedRef());
        return new EntryRecord(r.getId(), r.getMemberId(), r.getPosition(), r.getFullName(),
                Participation.valueOf(r.getRollParticipation()), draft);
    }

    private static String code(Grade grade) {
        return grade == null ? null : grade.name();
    }
}
