package vn.sochibo.dues.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.sochibo.dues.DuesBooks;
import vn.sochibo.dues.DuesFlag;
import vn.sochibo.dues.DuesLedger;
import vn.sochibo.dues.DuesRates;
import vn.sochibo.dues.KindTotals;
import vn.sochibo.dues.MeetingFigures;
import vn.sochibo.dues.MemberDues;
import vn.sochibo.dues.MemberFlags;
import vn.sochibo.dues.MonthBook;
import vn.sochibo.dues.MonthLine;
import vn.sochibo.dues.MonthTotals;
import vn.sochibo.dues.YearRow;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.Reminder;
import vn.sochibo.rulebook.RuleBook;
import vn.sochibo.rulebook.service.DatedSettingService;
import vn.sochibo.storage.Database;

/**
 * Reading the dues book (src/site/rules.md, "Đảng phí"): a month, a year, statistics, the reminders for the register
 * and the figures for the monthly meeting. Read-only; synchronous, no JavaFX: call it from a background thread.
 */
public final class DuesBookService {

    private final DatedSettingService settings;
    private final DuesData data;
    private final Clock clock;

    public DuesBookService(Database database, DuesRepository repository, MemberService members,
                           DatedSettingService settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.data = new DuesData(database, repository, members);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last month that is over (the month before today's). */
    public YearMonth lastEndedMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    /**
     * The book of {@code month} for {@code issuer} (a sub-branch; null: the whole branch), members in Vietnamese name
     * order; flags as of that month (the current month does not count as unpaid while it lasts).
     *
     * @throws vn.sochibo.common.ValidationException for a month before the rule's start
     */
    public MonthBook month(YearMonth month, String issuer) {
        RuleBook rules = settings.book();
        rules.require(DuesRates.RULE, month.atDay(1));
        List<MemberDues> members = data.load(issuer, month, month, rules, false);
        return DuesBooks.month(members, month, lastEndedMonth(), rules);
    }

    /**
     * The lines of every month of {@code from}–{@code to} (all in force) for {@code issuer}, from one reading of the
     * book: for work over many months (the sample, checks).
     */
    public java.util.Map<YearMonth, List<MonthLine>> lines(YearMonth from, YearMonth to, String issuer) {
        RuleBook rules = settings.book();
        rules.require(DuesRates.RULE, from.atDay(1));
        List<MemberDues> members = data.load(issuer, from, to, rules, false);
        java.util.Map<YearMonth, List<MonthLine>> out = new java.util.TreeMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            List<MonthLine> lines = new ArrayList<>();
            for (MemberDues m : members) {
                if (m.owes(month) || m.entries().containsKey(month)) {
                    lines.add(vn.sochibo.dues.DuesLedger.line(m, month, rules));
                }
            }
            out.put(month, lines);
        }
        return out;
    }

    /** The year's book of {@code issuer}: each member who owed here that year, with the twelve months. */
    public List<YearRow> year(int year, String issuer) {
        RuleBook rules = settings.book();
        YearMonth first = DuesLedger.firstMonth(rules);
        YearMonth from = YearMonth.of(year, 1).isBefore(first) ? first : YearMonth.of(year, 1);
        if (YearMonth.of(year, 12).isBefore(first)) {
            rules.require(DuesRates.RULE, YearMonth.of(year, 12).atDay(1));
        }
        return DuesBooks.year(data.load(issuer, from, YearMonth.of(year, 12), rules, false), year, rules);
    }

    /** The year's figures by month and by kind of basis, up to the last month that is over. */
    public record Statistics(int year, List<MonthTotals> byMonth, List<KindTotals> byKind) {
    }

    /** The statistics of {@code year} for {@code issuer}. */
    public Statistics statistics(int year, String issuer) {
        RuleBook rules = settings.book();
        YearMonth through = YearMonth.of(year, 12).isAfter(YearMonth.now(clock)) ? YearMonth.now(clock) : YearMonth.of(year, 12);
        YearMonth first = DuesLedger.firstMonth(rules);
        if (through.isBefore(first)) {
            return new Statistics(year, List.of(), List.of());
        }
        List<MemberDues> members = data.load(issuer, YearMonth.of(year, 1).isBefore(first) ? first : YearMonth.of(year, 1),
                through, rules, false);
        return new Statistics(year, DuesBooks.byMonth(members, year, through, rules), DuesBooks.byKind(members, year, through, rules));
    }

    /**
     * The reminders of the dues book as of today: members who reached the rule of three this year (or are one month
     * short), and members behind. Only members whose book is kept here (a basis or an entry): a register that does not
     * keep its dues in the program has none. Nothing before the rule's first month is over.
     */
    public List<DuesFlag> flags() {
        RuleBook rules = settings.book();
        YearMonth through = lastEndedMonth();
        if (!DuesRates.inForce(through, rules) || !data.any()) {
            return List.of();
        }
        List<MemberDues> kept = data.load(null, through, through, rules, false).stream()
                .filter(m -> !m.bases().isEmpty() || !m.entries().isEmpty()).toList();
        MonthBook book = DuesBooks.month(kept, through, through, rules);
        List<DuesFlag> flags = new ArrayList<>();
        for (MonthLine line : book.lines()) {
            MemberFlags f = book.flags().get(line.memberId());
            DuesFlag flag = f == null ? null : DuesFlag.of(line.memberId(), line.fullName(), f);
            if (flag != null) {
                flags.add(flag);
            }
        }
        return flags;
    }

    /** The feature name of the dues book's reminders in the register's list ({@link Reminder.Other#feature()}). */
    public static final String FEATURE = "dues";

    /**
     * The {@link #flags()} as reminders of the register's list, due {@code today}: each keeps the member's id (the
     * member's details show it), the flag's message, and as its place the first month the flag names: a click opens
     * the dues book at that month with the member's line selected, where a late payment is entered.
     */
    public List<Reminder> reminders(LocalDate today) {
        List<Reminder> out = new ArrayList<>();
        for (DuesFlag f : flags()) {
            String first = f.months().stream().min(Comparator.naturalOrder()).map(YearMonth::toString).orElse(null);
            out.add(Reminder.other(new Reminder.Other(FEATURE, f.memberId(), f.message().messageKey(), f.message().args(), first),
                    f.memberId(), f.fullName(), today));
        }
        return out;
    }

    /**
     * What a meeting of {@code issuer} on {@code date} announces: the collection of the month before, the members to
     * consider for removal and those behind. Empty for a month before the rule's start.
     */
    public Optional<MeetingFigures> meetingFigures(String issuer, LocalDate date) {
        RuleBook rules = settings.book();
        YearMonth month = YearMonth.from(date).minusMonths(1);
        if (!DuesRates.inForce(month, rules) || !data.any()) {
            return Optional.empty();
        }
        MonthBook book = DuesBooks.month(data.load(issuer, month, month, rules, false), month, lastEndedMonth(), rules);
        List<String> removal = new ArrayList<>();
        List<String> behind = new ArrayList<>();
        for (MonthLine line : book.lines()) {
            MemberFlags f = book.flags().get(line.memberId());
            if (f != null && f.removal()) {
                removal.add(line.fullName());
            } else if (f != null && f.behind()) {
                behind.add(line.fullName());
            }
        }
        MonthTotals t = book.totals();
        return Optional.of(new MeetingFigures(month, t.paid(), t.owing(), t.collected(),
                (int) rules.integer("dues.removalUnpaidMonths", month.atDay(1)), removal, behind));
    }
}
