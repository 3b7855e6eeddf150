package vn.sochibo.dues.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.sochibo.common.Problem;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.dues.DuesBasis;
import vn.sochibo.dues.DuesDecision;
import vn.sochibo.dues.DuesEntry;
import vn.sochibo.dues.DuesLedger;
import vn.sochibo.dues.DuesRates;
import vn.sochibo.dues.MemberDues;
import vn.sochibo.dues.Months;
import vn.sochibo.dues.PaymentMethod;
import vn.sochibo.member.MemberDetails;
import vn.sochibo.member.MemberService;
import vn.sochibo.rulebook.RuleBook;
import vn.sochibo.rulebook.service.DatedSettingService;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/**
 * The dues book's changes (src/site/rules.md, "Đảng phí"): each member's basis history, decisions, the month stated on
 * a transfer letter, and what was paid for a month. Each method is one audited transaction that validates first and
 * changes nothing when anything is wrong ({@link ValidationException} naming member and month). Synchronous, no
 * JavaFX: call it from a background thread. Reading the books is {@link DuesBookService}.
 */
public final class DuesService {

    private final Database database;
    private final DuesRepository repository;
    private final MemberService members;
    private final DatedSettingService settings;
    private final DuesData data;
    private final Clock clock;

    public DuesService(Database database, DuesRepository repository, MemberService members, DatedSettingService settings,
                       Clock clock) {
        this.database = database;
        this.repository = repository;
        this.members = members;
        this.settings = settings;
        this.clock = clock;
        this.data = new DuesData(database, repository, members);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The rates, wages and shares in force for this register (the program's and the clerk's). */
    public RuleBook rules() {
        return settings.book();
    }

    /** The member's bases, oldest first. */
    public List<DuesBasis> bases(long memberId) {
        return database.read(ctx -> repository.bases(ctx, memberId));
    }

    /** The member's decisions, oldest first. */
    public List<DuesDecision> decisions(long memberId) {
        return database.read(ctx -> repository.decisions(ctx, memberId));
    }

    /** The last month the member's transfer letter says was paid at the previous branch, if entered. */
    public Optional<YearMonth> transferIn(long memberId) {
        return Optional.ofNullable(database.read(repository::transfersIn).get(memberId));
    }

    /** The last month the member paid for here ("đã đóng đảng phí hết tháng …" on a transfer letter). */
    public Optional<YearMonth> lastPaidMonth(long memberId) {
        return Optional.ofNullable(database.read(ctx -> repository.lastPaidMonth(ctx, memberId)));
    }

    /**
     * Stores a basis from its date on (replacing the member's basis of the same date).
     *
     * @return its id
     * @throws ValidationException without a date, a kind, a positive amount or a region, or for a date before the rule
     */
    public long saveBasis(DuesBasis basis) {
        List<Problem> problems = new ArrayList<>(basis.problems());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        MemberDetails member = members.details(basis.memberId());
        return database.write(Operation.of("audit.op.dues.basis", member.member().data().fullName()),
                ctx -> repository.putBasis(ctx, basis, LocalDateTime.now(clock)));
    }

    /**
     * Stores many bases in one transaction (an import of bases, the sample), each replacing the member's basis of the
     * same date.
     *
     * @param detail what the change log names (the file imported)
     * @throws ValidationException (nothing stored) naming the member of each basis that is wrong
     */
    public int saveBases(List<DuesBasis> bases, String detail) {
        Map<Long, String> names = new HashMap<>();
        members.list().forEach(m -> names.put(m.id(), m.fullName()));
        List<Problem> problems = new ArrayList<>();
        for (DuesBasis b : bases) {
            String name = names.get(b.memberId());
            if (name == null) {
                throw new UserFacingException("member.error.notFound", b.memberId());
            }
            for (Problem p : b.problems()) {
                problems.add(Problem.error(null, "dues.problem.ofMember", name, new vn.sochibo.common.MessageKey("field." + p.field()),
                        new vn.sochibo.common.MessageKey(p.messageKey())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return database.write(Operation.of("audit.op.dues.import", detail), ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            repository.putBases(ctx, bases, now);
            return bases.size();
        });
    }

    /** Removes a basis entered by mistake. */
    public void deleteBasis(long memberId, long basisId) {
        String name = members.details(memberId).member().data().fullName();
        boolean removed = database.write(Operation.of("audit.op.dues.basisDelete", name),
                ctx -> repository.deleteBasis(ctx, memberId, basisId));
        if (!removed) {
            throw new UserFacingException("dues.error.notFound");
        }
    }

    /**
     * Stores a decision (exemption, or reduction by one of the steps in force for at most the months in force).
     *
     * @throws ValidationException for a missing document, month or step, a reduction too long, a month before the rule
     */
    public long saveDecision(DuesDecision decision) {
        RuleBook rules = rules();
        List<Problem> problems = new ArrayList<>();
        if (decision.from() != null) {
            if (!DuesRates.inForce(decision.from(), rules)) {
                rules.require(DuesRates.RULE, decision.from().atDay(1)); // the clear "not in force" message
            }
            problems.addAll(decision.problems(DuesRates.reductionSteps(decision.from(), rules),
                    DuesRates.reductionMaxMonths(decision.from(), rules)));
        } else {
            problems.addAll(decision.problems(List.of(), 0));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String name = members.details(decision.memberId()).member().data().fullName();
        return database.write(Operation.of("audit.op.dues.decision", name),
                ctx -> repository.insertDecision(ctx, decision, LocalDateTime.now(clock)));
    }

    /** Removes a decision entered by mistake. */
    public void deleteDecision(long memberId, long decisionId) {
        String name = members.details(memberId).member().data().fullName();
        boolean removed = database.write(Operation.of("audit.op.dues.decisionDelete", name),
                ctx -> repository.deleteDecision(ctx, memberId, decisionId));
        if (!removed) {
            throw new UserFacingException("dues.error.notFound");
        }
    }

    /** Stores the last month paid at the previous branch from the member's transfer letter (null: none). */
    public void setTransferIn(long memberId, YearMonth paidThrough, String note) {
        String name = members.details(memberId).member().data().fullName();
        database.write(Operation.of("audit.op.dues.transferIn", name), ctx -> {
            repository.putTransferIn(ctx, memberId, paidThrough, vn.sochibo.common.Text.cleanOrNull(note), LocalDateTime.now(clock));
            return null;
        });
    }

    /**
     * One member's change of a month's entry: an amount paid with date and method, nothing paid with a reason
     * ({@code amount} 0), or, with {@code amount} null, the entry removed.
     */
    public record Change(long memberId, Long amount, LocalDate paidOn, PaymentMethod method, String reason) {

        public static Change clear(long memberId) {
            return new Change(memberId, null, null, null, null);
        }
    }

    /**
     * Records many members' entries for {@code month} in one transaction (the quick "all paid as due" with the
     * clerk's exceptions).
     *
     * @return how many entries were written or removed
     * @throws ValidationException (nothing stored) for a month before the rule, a negative amount, a payment without
     *                             date or method or dated in the future, nothing paid without a reason, or a member who
     *                             was not in this branch's book that month (before joining, after leaving)
     */
    public int record(YearMonth month, List<Change> changes) {
        return record(java.util.Map.of(month, changes));
    }

    /** As {@link #record(YearMonth, List)} for several months at once, in one transaction (imports, the sample). */
    public int record(Map<YearMonth, List<Change>> months) {
        RuleBook rules = rules();
        if (months.isEmpty()) {
            return 0;
        }
        YearMonth from = months.keySet().stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth to = months.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        for (YearMonth month : months.keySet()) {
            rules.require(DuesRates.RULE, month.atDay(1));
        }
        Map<Long, MemberDues> book = new HashMap<>();
        for (MemberDues m : data.load(null, from, to, rules, true)) {
            book.put(m.memberId(), m);
        }
        List<Problem> problems = new ArrayList<>();
        List<DuesEntry> puts = new ArrayList<>();
        List<DuesEntry> clears = new ArrayList<>();
        for (Map.Entry<YearMonth, List<Change>> e : new java.util.TreeMap<>(months).entrySet()) {
            YearMonth month = e.getKey();
            for (Change c : e.getValue()) {
                MemberDues m = book.get(c.memberId());
                if (m == null) {
                    throw new UserFacingException("member.error.notFound", c.memberId());
                }
                if (c.amount() == null) {
                    clears.add(DuesEntry.excused(c.memberId(), month, "-"));
                    continue;
                }
                DuesEntry entry = new DuesEntry(c.memberId(), month, c.amount(), c.paidOn(), c.method(), c.reason());
                problems.addAll(entry.problems(m.fullName(), today()));
                if (!m.owes(month)) {
                    problems.add(Problem.error(null, "dues.problem.notHere", m.fullName(), Months.text(month)));
                }
                puts.add(entry);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String detail = from.equals(to) ? Months.text(from) : Months.text(from) + " – " + Months.text(to);
        return database.write(Operation.of("audit.op.dues.record", detail), ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            int n = 0;
            for (DuesEntry c : clears) {
                n += repository.deleteEntry(ctx, c.memberId(), c.month()) ? 1 : 0;
            }
            repository.putEntries(ctx, puts, now);
            return n + puts.size();
        });
    }
}
