package vn.sochibo.evaluation.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.evaluation.BranchGradeDraft;
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.EntryDraft;
import vn.sochibo.evaluation.EntryRecord;
import vn.sochibo.evaluation.EntryRules;
import vn.sochibo.evaluation.GradeSettings;
import vn.sochibo.evaluation.Participation;
import vn.sochibo.evaluation.TopGradeCap;
import vn.sochibo.evaluation.YearHeader;
import vn.sochibo.evaluation.YearRecord;
import vn.sochibo.meeting.Meeting;
import vn.sochibo.meeting.MeetingService;
import vn.sochibo.meeting.MeetingSummary;
import vn.sochibo.meeting.RollEntry;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.rulebook.service.DatedSettingService;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/**
 * The annual evaluation's use cases: open a chi bộ's year with its roll from the register, record each member's
 * points, figures, comments, the chi bộ's proposal and vote and the grade decided above, the chi bộ's own grade and
 * its "Chi bộ 4 tốt" checklist. Each method that changes data is one audited transaction that checks everything
 * first and changes nothing when something is wrong ({@link ValidationException}). Synchronous, JavaFX-free. Rules:
 * src/site/rules.md, "Đánh giá, xếp loại (annual evaluation)".
 */
public final class EvaluationService {

    private final Database database;
    private final EvaluationRepository repository;
    private final MeetingService meetings;
    private final DatedSettingService settings;
    private final Clock clock;

    public EvaluationService(Database database, EvaluationRepository repository, MeetingService meetings,
                             DatedSettingService settings, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.meetings = meetings;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today, by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The chi bộ that are evaluated (as the meetings name them); empty before the branch profile is set. */
    public List<String> issuers() {
        return meetings.issuers();
    }

    /** The evaluation years of {@code issuer}, newest first. */
    public List<YearRecord> years(String issuer) {
        return database.read(ctx -> repository.years(ctx, issuer));
    }

    /** Every year of {@code issuer} worked out, newest first (the statistics by year). */
    public List<YearDetail> history(String issuer) {
        List<YearDetail> details = new ArrayList<>();
        for (YearRecord y : years(issuer)) {
            details.add(detail(y.id()));
        }
        return details;
    }

    /** Every chi bộ's evaluation of {@code year} (the command line and the đảng bộ's view). */
    public List<YearDetail> overview(int year) {
        List<YearDetail> details = new ArrayList<>();
        for (YearRecord y : database.read(ctx -> repository.yearsOf(ctx, year))) {
            details.add(detail(y.id()));
        }
        return details;
    }

    /**
     * The top-grade cap over every chi bộ that opened {@code year} (a đảng bộ cơ sở checks the share for all its chi bộ
     * together), with how many chi bộ it counts; null when the year has no grading rules or no chi bộ opened it.
     */
    public WideCap wideCap(int year) {
        List<YearDetail> all = overview(year);
        if (all.isEmpty() || all.get(0).settings() == null) {
            return null;
        }
        int excellent = 0;
        int good = 0;
        for (YearDetail d : all) {
            excellent += d.tally().count(vn.sochibo.evaluation.Grade.HTXS);
            good += d.tally().count(vn.sochibo.evaluation.Grade.HTT);
        }
        return new WideCap(all.size(), TopGradeCap.check(excellent, good, all.get(0).settings().capPercent()));
    }

    /** The cap over several chi bộ: how many, and the check. */
    public record WideCap(int chiBo, TopGradeCap cap) {
    }

    /** The meetings of {@code issuer} that could be the review of {@code year} (in it or up to March after), newest first. */
    public List<MeetingSummary> reviewMeetings(String issuer, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 3, 31);
        return meetings.list().stream().filter(m -> m.issuer().equals(issuer) && !m.date().isBefore(from)
                && !m.date().isAfter(to)).toList();
    }

    /**
     * Opens {@code issuer}'s evaluation of {@code year} (or returns it when it is already open): its roll is every
     * member of the chi bộ on the register on the roll date (the last day of the year, or today for the current
     * year), exempt and suspended members marked as not evaluated; the checklist starts with the usual four items.
     *
     * @return the year's id
     * @throws ValidationException for an unknown chi bộ or a year not yet begun
     */
    public long open(String issuer, int year) {
        String chiBo = Text.cleanOrNull(issuer);
        LocalDate today = today();
        List<Problem> problems = new ArrayList<>();
        if (chiBo == null || !issuers().contains(chiBo)) {
            problems.add(Problem.error("evaluation.issuer", "evaluation.problem.issuer", chiBo == null ? "" : chiBo));
        }
        if (year < 1930 || year > today.getYear()) {
            problems.add(Problem.error("evaluation.year", "evaluation.problem.year", year, today.getYear()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        var existing = database.read(ctx -> repository.find(ctx, chiBo, year));
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate rollDate = LocalDate.of(year, 12, 31).isAfter(today) ? today : LocalDate.of(year, 12, 31);
        List<EvaluationRepository.RollMember> roll = roll(chiBo, rollDate);
        LocalDateTime now = LocalDateTime.now(clock);
        return database.write(Operation.of("audit.op.evaluation.open", year + " – " + chiBo), ctx -> {
            long id = repository.insertYear(ctx, chiBo, year, title(chiBo, year),
                    new YearHeader(rollDate, null, null, null, null, null), now);
            int position = 1;
            for (EvaluationRepository.RollMember m : roll) {
                repository.insertEntry(ctx, id, m, position++, now);
            }
            repository.replaceChecklist(ctx, id, EvaluationDefaults.checklist());
            return id;
        });
    }

    /** The whole year worked out. */
    public YearDetail detail(long yearId) {
        Context c = context(yearId);
        return database.read(ctx -> YearAssembler.assemble(c.year(), c.settings(), c.voting(),
                repository.entries(ctx, yearId), repository.checklist(ctx, yearId),
                YearAssembler.history(repository.allEntries(ctx))));
    }

    /** What checks of a year need: the year, its grading figures (null when none) and how its votes are counted. */
    private record Context(YearRecord year, GradeSettings settings, YearAssembler.Voting voting) {
    }

    private Context context(long yearId) {
        YearRecord year = requireYear(yearId);
        Meeting meeting = year.header().reviewMeetingId() == null ? null : meetings.find(year.header().reviewMeetingId());
        YearAssembler.Voting voting = YearAssembler.Voting.of(year, meeting == null ? null : meeting.summary(),
                meeting == null ? null : meeting.figures());
        return new Context(year, database.read(ctx -> gradeSettings(ctx, year.year())), voting);
    }

    /**
     * Stores the year's header. With a review meeting, the review date and N come from that meeting, which must be
     * the same chi bộ's.
     *
     * @throws ValidationException when a date is outside the year, N is negative, or the meeting is another's
     */
    public void saveHeader(long yearId, YearHeader header) {
        YearRecord year = requireYear(yearId);
        List<Problem> problems = new ArrayList<>();
        YearHeader stored = checkedHeader(year, header, problems);
        requireNoErrors(problems);
        database.write(Operation.of("audit.op.evaluation.header", title(year)), ctx -> {
            repository.updateHeader(ctx, yearId, stored, LocalDateTime.now(clock));
            return null;
        });
    }

    /**
     * Stores what the clerk recorded for one member, after checking it against the rules of the year (points within
     * their parts, shares, discipline in the year, a reason when the proposal differs from the computed grade, no
     * more hands than voters). Warnings do not stop it.
     *
     * @throws ValidationException with every error when something is wrong (nothing is stored)
     */
    public void saveEntry(long entryId, EntryDraft draft) {
        long yearId = database.read(ctx -> repository.yearOfEntry(ctx, entryId))
                .orElseThrow(() -> new UserFacingException("evaluation.error.entryNotFound"));
        saveEntries(yearId, Map.of(entryId, draft));
    }

    /**
     * Stores several members' entries of one year at once (all or nothing), each checked as {@link #saveEntry}.
     *
     * @param drafts the drafts by entry id
     * @return the entries as they were before (in the order of {@code drafts})
     * @throws ValidationException with every error when something is wrong (nothing is stored)
     */
    public List<EntryRecord> saveEntries(long yearId, Map<Long, EntryDraft> drafts) {
        Context c = context(yearId);
        Map<Long, EntryRecord> entries = new HashMap<>();
        for (EntryRecord e : database.read(ctx -> repository.entries(ctx, yearId))) {
            entries.put(e.id(), e);
        }
        List<Problem> problems = new ArrayList<>();
        List<EntryRecord> before = new ArrayList<>();
        for (Map.Entry<Long, EntryDraft> d : drafts.entrySet()) {
            EntryRecord e = entries.get(d.getKey());
            if (e == null) {
                throw new UserFacingException("evaluation.error.entryNotFound");
            }
            before.add(e);
            EntryDraft draft = d.getValue();
            if (draft.excludedReason() != null && !e.roll().evaluated()) {
                problems.add(Problem.error("evaluation.participation", "evaluation.problem.notEvaluated", e.roll()));
                continue;
            }
            EntryRecord changed = new EntryRecord(e.id(), e.memberId(), e.position(), e.fullName(), e.roll(), draft);
            problems.addAll(EntryRules.problems(draft, e.roll(), c.year().year(), c.settings(),
                    YearAssembler.computed(changed, c.settings()), c.voting().voters()));
        }
        requireNoErrors(problems);
        String names = String.join(", ", before.stream().map(EntryRecord::fullName).toList());
        database.write(Operation.of("audit.op.evaluation.entry", names), ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            for (Map.Entry<Long, EntryDraft> d : drafts.entrySet()) {
                if (!repository.updateEntry(ctx, d.getKey(), d.getValue(), now)) {
                    throw new UserFacingException("evaluation.error.entryNotFound");
                }
            }
            return null;
        });
        return before;
    }

    /**
     * Stores the chi bộ's own grade for the year.
     *
     * @throws ValidationException when the points are out of range or a differing proposal has no reason
     */
    public void saveBranchGrade(long yearId, BranchGradeDraft draft) {
        Context c = context(yearId);
        requireNoErrors(branchProblems(c, draft, database.read(ctx -> repository.entries(ctx, yearId))));
        database.write(Operation.of("audit.op.evaluation.branch", title(c.year())), ctx -> {
            repository.updateBranch(ctx, yearId, draft, LocalDateTime.now(clock));
            return null;
        });
    }

    /**
     * Replaces the year's "Chi bộ 4 tốt" checklist.
     *
     * @throws ValidationException when an item has no text
     */
    public void saveChecklist(long yearId, List<ChecklistItem> items) {
        YearRecord year = requireYear(yearId);
        requireNoErrors(checklistProblems(items));
        database.write(Operation.of("audit.op.evaluation.checklist", title(year)), ctx -> {
            repository.replaceChecklist(ctx, yearId, items);
            return null;
        });
    }

    /**
     * Stores the chi bộ page of a year at once: the header, the chi bộ's own grade and its checklist, in one
     * transaction (all or nothing).
     *
     * @throws ValidationException with every error of the three parts (nothing is stored)
     */
    public void saveYearPage(long yearId, YearHeader header, BranchGradeDraft branch, List<ChecklistItem> items) {
        Context c = context(yearId);
        List<Problem> problems = new ArrayList<>();
        YearHeader stored = checkedHeader(c.year(), header, problems);
        problems.addAll(branchProblems(c, branch, database.read(ctx -> repository.entries(ctx, yearId))));
        problems.addAll(checklistProblems(items));
        requireNoErrors(problems);
        database.write(Operation.of("audit.op.evaluation.page", title(c.year())), ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            repository.updateHeader(ctx, yearId, stored, now);
            repository.updateBranch(ctx, yearId, branch, now);
            repository.replaceChecklist(ctx, yearId, items);
            return null;
        });
    }

    /** The header as stored (review date and N taken from the linked meeting), its problems added. */
    private YearHeader checkedHeader(YearRecord year, YearHeader header, List<Problem> problems) {
        YearHeader stored = header;
        if (header.reviewMeetingId() != null) {
            Meeting meeting = meetings.find(header.reviewMeetingId());
            if (!meeting.issuer().equals(year.issuer())) {
                problems.add(Problem.error("evaluation.reviewMeeting", "evaluation.problem.meetingIssuer", meeting.issuer()));
            }
            stored = new YearHeader(header.rollDate(), header.reviewMeetingId(), meeting.header().date(), null,
                    header.reportNumber(), header.capReason());
        }
        problems.addAll(stored.problems(year.year()));
        return stored;
    }

    private static List<Problem> branchProblems(Context c, BranchGradeDraft draft, List<EntryRecord> entries) {
        int disciplined = (int) entries.stream()
                .filter(e -> e.draft().violations().discipline() != vn.sochibo.evaluation.Discipline.NONE).count();
        return draft.problems(c.settings(), draft.computed(c.settings(), disciplined));
    }

    private static List<Problem> checklistProblems(List<ChecklistItem> items) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).title() == null) {
                problems.add(Problem.error("evaluation.checklist", "evaluation.problem.checklistTitle", i + 1));
            }
        }
        return problems;
    }

    /** What {@link #refreshRoll} changed. */
    public record RollChange(List<String> added, List<String> removed, List<String> keptLeft) {
    }

    /**
     * Reads the roll again from the register on the year's roll date (after the clerk corrected the register or
     * moved the roll date): new members are added, members no longer on it are taken off when nothing is recorded
     * for them and kept (and named) otherwise, and everyone's status is brought up to date.
     */
    public RollChange refreshRoll(long yearId) {
        YearRecord year = requireYear(yearId);
        List<EvaluationRepository.RollMember> roll = roll(year.issuer(), year.header().rollDate());
        LocalDateTime now = LocalDateTime.now(clock);
        return database.write(Operation.of("audit.op.evaluation.roll", title(year)), ctx -> {
            Map<Long, EntryRecord> byMember = new HashMap<>();
            for (EntryRecord e : repository.entries(ctx, yearId)) {
                byMember.put(e.memberId(), e);
            }
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            int position = 1;
            for (EvaluationRepository.RollMember m : roll) {
                EntryRecord e = byMember.remove(m.memberId());
                if (e == null) {
                    repository.insertEntry(ctx, yearId, m, position, now);
                    added.add(m.fullName());
                } else {
                    repository.updateRoll(ctx, e.id(), position, m.fullName(), m.participation());
                }
                position++;
            }
            for (EntryRecord left : byMember.values()) {
                if (left.draft().hasGrading() || left.draft().branchComment() != null) {
                    repository.updateRoll(ctx, left.id(), position++, left.fullName(), left.roll());
                    kept.add(left.fullName());
                } else {
                    repository.deleteEntry(ctx, left.id());
                    removed.add(left.fullName());
                }
            }
            return new RollChange(added, removed, kept);
        });
    }

    /**
     * Deletes a year opened by mistake, with everything recorded in it; the reason goes into the change log.
     *
     * @throws ValidationException when no reason is given
     */
    public void deleteYear(long yearId, String reason) {
        String why = Text.cleanOrNull(reason);
        if (why == null) {
            throw new ValidationException(List.of(Problem.error("reason", "evaluation.problem.deleteReason")));
        }
        YearRecord year = requireYear(yearId);
        database.write(Operation.of("audit.op.evaluation.delete", title(year) + ": " + why), ctx -> {
            if (!repository.deleteYear(ctx, yearId)) {
                throw new UserFacingException("evaluation.error.yearNotFound");
            }
            return null;
        });
    }

    /** The members of a year's roll by name (the sample fills them in by name). */
    public Map<String, Long> entriesByName(long yearId) {
        Map<String, Long> ids = new HashMap<>();
        database.read(ctx -> repository.entries(ctx, yearId)).forEach(e -> ids.putIfAbsent(e.fullName(), e.id()));
        return ids;
    }

    /** The grading figures of {@code year}, or null when the dated settings have none for it. */
    GradeSettings gradeSettings(DSLContext ctx, int year) {
        return EvaluationSettings.find(settings.book(ctx), year).orElse(null);
    }

    private YearRecord requireYear(long yearId) {
        return database.read(ctx -> repository.year(ctx, yearId))
                .orElseThrow(() -> new UserFacingException("evaluation.error.yearNotFound"));
    }

    /** The roll of {@code issuer} on {@code date}: members on the register then, in Vietnamese name order. */
    private List<EvaluationRepository.RollMember> roll(String issuer, LocalDate date) {
        List<EvaluationRepository.RollMember> roll = new ArrayList<>();
        for (RollEntry r : meetings.rollAt(issuer, date)) {
            roll.add(new EvaluationRepository.RollMember(r.memberId(), r.fullName(), participation(r.status())));
        }
        return roll;
    }

    /** How the register's status on the roll date decides whether a member is evaluated. */
    static Participation participation(MemberStatus status) {
        return switch (status) {
            case EXEMPT -> Participation.EXEMPT;
            case SUSPENDED -> Participation.SUSPENDED;
            case TEMPORARILY_AWAY -> Participation.AWAY;
            default -> Participation.EVALUATED;
        };
    }

    private static String title(String issuer, int year) {
        return year + " – " + issuer;
    }

    private static String title(YearRecord year) {
        return title(year.issuer(), year.year());
    }

    private static void requireNoErrors(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
