package vn.sochibo.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.dues.DecisionKind;
import vn.sochibo.dues.DuesBasis;
import vn.sochibo.dues.DuesDecision;
import vn.sochibo.dues.DuesKind;
import vn.sochibo.dues.MonthLine;
import vn.sochibo.dues.PaymentMethod;
import vn.sochibo.dues.service.DuesBookService;
import vn.sochibo.dues.service.DuesService;
import vn.sochibo.member.MemberSummary;

/**
 * The bundled sample dues year ({@code samples/dang-phi-mau.json}) as read by Jackson: the members' bases, a decision,
 * and the exceptions to "everyone paid what was due on the pay day" (not paid, paid with a reason, late, ahead, more).
 * Entries dated after today are left out, so the sample stays true whenever it is loaded.
 */
public record SampleDues(String firstMonth, String lastMonth, int payDay, List<String> portal, List<Basis> bases,
                         List<Decision> decisions, List<Unpaid> unpaid, List<Excused> excused, List<Payment> payments,
                         List<String> currentMonthPaidBy, LocalDate currentMonthPaidOn) {

    public record Basis(String name, LocalDate from, String kind, Long base, String note) {
    }

    public record Decision(String name, String kind, Integer percent, String from, String to, String documentRef, String note) {
    }

    public record Unpaid(String name, List<String> months) {
    }

    public record Excused(String name, String month, String reason) {
    }

    /** An exception: another day, method or amount; {@code month} "*" for every month. */
    public record Payment(String name, String month, LocalDate paidOn, String method, Long amount) {
    }

    /** Stores the sample's bases, decisions and book through the services (inside the sample's one transaction). */
    void load(List<MemberSummary> members, DuesService dues, DuesBookService book) {
        Map<String, Long> ids = new HashMap<>();
        members.forEach(m -> ids.put(m.fullName(), m.id()));
        List<DuesBasis> all = new ArrayList<>();
        for (Basis b : bases) {
            all.add(new DuesBasis(0, ids.get(b.name()), b.from(), DuesKind.valueOf(b.kind()), b.base(), null, null, b.note()));
        }
        dues.saveBases(all, "dang-phi-mau.json");
        for (Decision d : decisions) {
            dues.saveDecision(new DuesDecision(0, ids.get(d.name()), DecisionKind.valueOf(d.kind()), d.percent(),
                    YearMonth.parse(d.from()), d.to() == null ? null : YearMonth.parse(d.to()), d.documentRef(), d.note()));
        }
        LocalDate today = book.today();
        YearMonth current = YearMonth.from(today);
        YearMonth first = YearMonth.parse(firstMonth);
        YearMonth last = YearMonth.parse(lastMonth).isAfter(current) ? current : YearMonth.parse(lastMonth);
        Map<YearMonth, List<DuesService.Change>> changes = new java.util.TreeMap<>();
        YearMonth ahead = last;
        for (Payment p : payments) { // paid ahead for a month after the sample's last
            if (!p.month().equals("*") && YearMonth.parse(p.month()).isAfter(ahead) && !p.paidOn().isAfter(today)) {
                ahead = YearMonth.parse(p.month());
            }
        }
        if (last.isBefore(first)) {
            return;
        }
        for (Map.Entry<YearMonth, List<MonthLine>> month : book.lines(first, ahead, null).entrySet()) {
            List<DuesService.Change> list = new ArrayList<>();
            for (MonthLine line : month.getValue()) {
                DuesService.Change change = month.getKey().isAfter(last) ? ahead(line, today) : change(line, month.getKey(), current, today);
                if (change != null) {
                    list.add(change);
                }
            }
            changes.put(month.getKey(), list);
        }
        dues.record(changes);
    }

    private DuesService.Change ahead(MonthLine line, LocalDate today) {
        for (Payment p : payments) {
            if (p.name().equals(line.fullName()) && p.month().equals(line.month().toString()) && line.due() != null
                    && !p.paidOn().isAfter(today)) {
                return new DuesService.Change(line.memberId(), line.due().amount(), p.paidOn(), PaymentMethod.valueOf(p.method()), null);
            }
        }
        return null;
    }

    private DuesService.Change change(MonthLine line, YearMonth month, YearMonth current, LocalDate today) {
        if (!line.standing().owing() || line.due() == null) {
            return null;
        }
        String name = line.fullName();
        if (unpaid.stream().anyMatch(u -> u.name().equals(name) && u.months().contains(month.toString()))) {
            return null;
        }
        for (Excused e : excused) {
            if (e.name().equals(name) && e.month().equals(month.toString())) {
                return new DuesService.Change(line.memberId(), 0L, null, null, e.reason());
            }
        }
        LocalDate paidOn = month.equals(current) ? currentMonthPaidOn : month.atDay(payDay);
        if (month.equals(current) && !currentMonthPaidBy.contains(line.subBranch())) {
            return null;
        }
        PaymentMethod method = portal.contains(name) ? PaymentMethod.PORTAL : PaymentMethod.CASH;
        long amount = line.due().amount();
        for (Payment p : payments) {
            if (p.name().equals(name) && (p.month().equals("*") || p.month().equals(month.toString()))) {
                paidOn = p.paidOn() != null ? p.paidOn() : paidOn;
                method = p.method() != null ? PaymentMethod.valueOf(p.method()) : method;
                amount = p.amount() != null ? p.amount() : amount;
            }
        }
        return paidOn.isAfter(today) ? null : new DuesService.Change(line.memberId(), amount, paidOn, method, null);
    }
}
