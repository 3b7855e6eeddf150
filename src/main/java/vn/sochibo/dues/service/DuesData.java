package vn.sochibo.dues.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.common.PersonName;
import vn.sochibo.dues.DuesBasis;
import vn.sochibo.dues.DuesDecision;
import vn.sochibo.dues.DuesEntry;
import vn.sochibo.dues.DuesLedger;
import vn.sochibo.dues.MemberDues;
import vn.sochibo.dues.MonthSpan;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberEvent;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.member.PartyYears;
import vn.sochibo.rulebook.RuleBook;
import vn.sochibo.storage.Database;

/** Gathers what the dues book needs of every member: register, history, bases, decisions, entries. */
final class DuesData {

    private final Database database;
    private final DuesRepository repository;
    private final MemberService members;

    DuesData(Database database, DuesRepository repository, MemberService members) {
        this.database = database;
        this.repository = repository;
        this.members = members;
    }

    /** True when the book holds anything at all. */
    boolean any() {
        return database.read(repository::anyData);
    }

    /** What the dues tables hold, read in one transaction. */
    private record Tables(List<DuesBasis> bases, List<DuesDecision> decisions, List<DuesEntry> entries,
                          Map<Long, YearMonth> transfersIn) {
    }

    /**
     * The members of {@code issuer} (a sub-branch; null or the branch itself: everyone) who pay here in some month of
     * {@code from}–{@code to} or have an entry then, in Vietnamese name order, with their entries from the rule's start
     * to {@code to}.
     *
     * @param everyone also members who were not in the book in those months (to check a change against)
     */
    List<MemberDues> load(String issuer, YearMonth from, YearMonth to, RuleBook rules, boolean everyone) {
        List<MemberSummary> all = new ArrayList<>(members.list());
        Map<Long, List<MemberEvent>> events = members.allEvents();
        YearMonth first = DuesLedger.firstMonth(rules);
        Tables t = database.read(ctx -> new Tables(repository.bases(ctx, null), repository.decisions(ctx, null),
                repository.entries(ctx, null, first.isBefore(to) ? first : to, to), repository.transfersIn(ctx)));
        Map<Long, List<DuesBasis>> bases = group(t.bases(), DuesBasis::memberId);
        Map<Long, List<DuesDecision>> decisions = group(t.decisions(), DuesDecision::memberId);
        Map<Long, Map<YearMonth, DuesEntry>> entries = new HashMap<>();
        for (DuesEntry e : t.entries()) {
            entries.computeIfAbsent(e.memberId(), k -> new HashMap<>()).put(e.month(), e);
        }
        boolean bySubBranch = issuer != null && all.stream().anyMatch(m -> issuer.equals(m.subBranch()));
        List<MemberDues> out = new ArrayList<>();
        for (MemberSummary m : sorted(all)) {
            if (bySubBranch && !issuer.equals(m.subBranch())) {
                continue;
            }
            List<MemberEvent> history = events.getOrDefault(m.id(), List.of());
            List<MonthSpan> owed = OwedMonths.of(m, history, t.transfersIn().get(m.id()));
            Map<YearMonth, DuesEntry> own = entries.getOrDefault(m.id(), Map.of());
            if (!everyone && !overlaps(owed, from, to) && own.keySet().stream().noneMatch(k -> !k.isBefore(from) && !k.isAfter(to))) {
                continue;
            }
            Boolean male = m.gender() == null ? null : m.gender() == Gender.NAM;
            out.add(new MemberDues(m.id(), m.fullName(), m.subBranch(), male, m.birthDate(), m.partyYearsStart(),
                    PartyYears.daysOut(history, members.today()), owed, bases.getOrDefault(m.id(), List.of()),
                    decisions.getOrDefault(m.id(), List.of()), own));
        }
        return out;
    }

    private static boolean overlaps(List<MonthSpan> spans, YearMonth from, YearMonth to) {
        for (MonthSpan s : spans) {
            if (!s.from().isAfter(to) && (s.to() == null || !s.to().isBefore(from))) {
                return true;
            }
        }
        return false;
    }

    private static List<MemberSummary> sorted(List<MemberSummary> list) {
        PersonName.SortKey[] keys = new PersonName.SortKey[list.size()];
        Integer[] order = new Integer[list.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = PersonName.sortKey(list.get(i).fullName());
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = keys[a].compareTo(keys[b]);
            return c != 0 ? c : Long.compare(list.get(a).id(), list.get(b).id());
        });
        List<MemberSummary> out = new ArrayList<>(keys.length);
        for (Integer i : order) {
            out.add(list.get(i));
        }
        return out;
    }

    private static <T> Map<Long, List<T>> group(List<T> rows, java.util.function.ToLongFunction<T> key) {
        Map<Long, List<T>> out = new HashMap<>();
        for (T row : rows) {
            out.computeIfAbsent(key.applyAsLong(row), k -> new ArrayList<>()).add(row);
        }
        return out;
    }
}
