package vn.sochibo.dues.view;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.dues.Dong;
import vn.sochibo.dues.DuesFlag;
import vn.sochibo.dues.MemberFlags;
import vn.sochibo.dues.MonthBook;
import vn.sochibo.dues.MonthLine;
import vn.sochibo.dues.MonthTotals;
import vn.sochibo.dues.Months;
import vn.sochibo.dues.PaymentMethod;
import vn.sochibo.dues.Standing;
import vn.sochibo.dues.service.DuesBookService;
import vn.sochibo.dues.service.DuesDocumentService;
import vn.sochibo.dues.service.DuesService;
import vn.sochibo.member.MemberService;
import vn.sochibo.ui.UiExecutor;

/**
 * State and commands of the month's dues book (src/site/rules.md, "Đảng phí"): the members' lines of a month, the
 * quick "all paid as due" and the clerk's exceptions typed line by line, kept as pending changes until "Lưu", which
 * stores them in one transaction; the totals; the exports. All methods on the FX thread; work in the background.
 */
public final class DuesViewModel {

    /** One line of the table, with the texts it shows and the change typed but not yet saved (or null). */
    public record Row(MonthLine line, MemberFlags flags, DuesService.Change pending, String kind, String basis, String due,
                      String paid, String paidOn, String method, String status) {

        public long memberId() {
            return line.memberId();
        }

        public String name() {
            return line.fullName();
        }
    }

    private final DuesBookService book;
    private final DuesService dues;
    private final DuesDocumentService documents;
    private final MemberService members;
    private final UiExecutor executor;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<YearMonth> month = new ReadOnlyObjectWrapper<>(this, "month");
    private final ObservableList<String> issuers = FXCollections.observableArrayList();
    private final ObjectProperty<String> issuer = new SimpleObjectProperty<>(this, "issuer", ""); // "": every member
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty amountText = new SimpleStringProperty(this, "amountText", "");
    private final StringProperty reasonText = new SimpleStringProperty(this, "reasonText", "");
    private final ObjectProperty<LocalDate> paidOn = new SimpleObjectProperty<>(this, "paidOn");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(this, "method", PaymentMethod.CASH);
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper flagsText = new ReadOnlyStringWrapper(this, "flagsText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyIntegerWrapper pendingCount = new ReadOnlyIntegerWrapper(this, "pendingCount");
    private final Map<Long, DuesService.Change> pending = new LinkedHashMap<>();
    private MonthBook shown;
    private long loadRequest;
    /** A member to select once the month has loaded (a reminder was clicked), or null. */
    private Long wantedMember;

    public DuesViewModel(DuesBookService book, DuesService dues, DuesDocumentService documents, MemberService members,
                         UiExecutor executor, Messages messages) {
        this.book = book;
        this.dues = dues;
        this.documents = documents;
        this.members = members;
        this.executor = executor;
        this.messages = messages;
        month.set(YearMonth.from(book.today()));
        selected.addListener((obs, o, n) -> fillForm(n));
        issuer.addListener((obs, o, n) -> load());
    }

    public ReadOnlyObjectProperty<YearMonth> monthProperty() { return month.getReadOnlyProperty(); }
    public ObservableList<String> issuers() { return issuers; }
    public ObjectProperty<String> issuerProperty() { return issuer; }
    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public StringProperty amountTextProperty() { return amountText; }
    public StringProperty reasonTextProperty() { return reasonText; }
    public ObjectProperty<LocalDate> paidOnProperty() { return paidOn; }
    public ObjectProperty<PaymentMethod> methodProperty() { return method; }
    public ReadOnlyStringProperty totalsProperty() { return totals.getReadOnlyProperty(); }
    public ReadOnlyStringProperty flagsTextProperty() { return flagsText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty pendingCountProperty() { return pendingCount.getReadOnlyProperty(); }

    /** "Tháng 10/2026". */
    public String monthTitle() {
        return messages.get("dues.view.month", Months.text(month.get()));
    }

    /**
     * Selects the member's line (a reminder was clicked): at once when the month is shown, otherwise when it has
     * loaded.
     */
    public void select(long memberId) {
        Row row = rows.stream().filter(r -> r.memberId() == memberId).findFirst().orElse(null);
        if (row != null && !busy.get()) {
            selected.set(row);
        } else {
            wantedMember = memberId;
        }
    }

    /** True while changes are typed but not saved (the view asks before they are dropped). */
    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Shows another month; unsaved changes are dropped (ask first: {@link #hasPending}). */
    public void showMonth(YearMonth m) {
        month.set(m);
        pending.clear();
        load();
    }

    /** Parses and shows the month typed ("10/2026"); false with a problem when it is not a month. */
    public boolean showMonth(String text) {
        try {
            showMonth(Months.parse(text));
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            problem.set(messages.get("dues.view.badMonth", text));
            return false;
        }
    }

    /** Loads the month's book (and the sub-branches on the first load) in the background. */
    public void load() {
        long request = ++loadRequest;
        YearMonth m = month.get();
        String who = issuer.get() == null || issuer.get().isEmpty() ? null : issuer.get();
        busy.set(true);
        executor.submit(progress -> new Object[] {book.month(m, who), issuers.isEmpty() ? members.subBranches() : null}, result -> {
            if (request != loadRequest) {
                return;
            }
            busy.set(false);
            problem.set("");
            if (result[1] != null) {
                @SuppressWarnings("unchecked")
                List<String> subs = (List<String>) result[1];
                List<String> all = new ArrayList<>();
                all.add("");
                all.addAll(subs);
                issuers.setAll(all);
            }
            show((MonthBook) result[0]);
        }, failure -> {
            if (request == loadRequest) {
                busy.set(false);
                shown = null;
                rows.clear();
                totals.set("");
                flagsText.set("");
                problem.set(messages.describe(failure));
            }
        });
    }

    private void show(MonthBook b) {
        shown = b;
        Long keep = selected.get() == null ? null : selected.get().memberId();
        List<Row> list = new ArrayList<>(b.lines().size());
        for (MonthLine line : b.lines()) {
            list.add(row(line, b.flags().get(line.memberId()), pending.get(line.memberId())));
        }
        rows.setAll(list);
        updateTotals();
        List<String> flagged = new ArrayList<>();
        for (MonthLine line : b.lines()) {
            MemberFlags f = b.flags().get(line.memberId());
            DuesFlag flag = f == null ? null : DuesFlag.of(line.memberId(), line.fullName(), f);
            if (flag != null && flag.kind() != DuesFlag.Kind.BEHIND) {
                flagged.add(messages.get(flag.message().messageKey(), flag.message().args().toArray()));
            }
        }
        flagsText.set(String.join("\n", flagged));
        paidOn.set(defaultPaidOn());
        Long wanted = wantedMember != null ? wantedMember : keep;
        wantedMember = null;
        if (wanted != null) {
            rows.stream().filter(r -> r.memberId() == wanted).findFirst().ifPresent(selected::set);
        }
    }

    /** The payment day offered: the month's last day, or today when the month has not ended. */
    LocalDate defaultPaidOn() {
        LocalDate today = book.today();
        LocalDate end = month.get().atEndOfMonth();
        return end.isBefore(today) ? end : today;
    }

    private Row row(MonthLine line, MemberFlags flags, DuesService.Change change) {
        String kind = line.basis() == null ? "" : messages.get("dues.doc.kind." + line.basis().kind().name());
        String basis = line.due() == null ? "" : (line.due().basisAmount() > 0 ? Dong.format(line.due().basisAmount()) + " × " : "")
                + vn.sochibo.dues.DuesTexts.rate(line.due(), messages);
        String due = line.due() == null || !line.standing().owing() ? (line.standing() == Standing.EXEMPT ? messages.get("dues.doc.exempt") : "")
                : Dong.format(line.due().amount());
        String paid;
        String date;
        String how;
        String status;
        if (change != null) {
            paid = change.amount() == null ? "" : Dong.format(change.amount());
            date = change.paidOn() == null ? "" : Formats.date(change.paidOn());
            how = change.method() == null ? "" : messages.label(change.method());
            status = messages.get("dues.view.pending", change.amount() == null ? messages.get("dues.view.cleared")
                    : change.amount() == 0 ? change.reason() : messages.get("dues.view.toPay"));
        } else {
            paid = line.paid() > 0 ? Dong.format(line.paid()) : "";
            date = line.entry() == null || line.entry().paidOn() == null ? "" : Formats.date(line.entry().paidOn());
            how = line.entry() == null || line.entry().method() == null ? "" : messages.label(line.entry().method());
            status = vn.sochibo.dues.DuesTexts.note(line, messages);
            if (status.isEmpty()) {
                status = messages.label(line.standing());
            }
            if (flags != null && flags.removal()) {
                status = status + " · " + messages.get("dues.view.removal", Months.list(flags.unpaidThisYear()));
            }
        }
        return new Row(line, flags, change, kind, basis, due, paid, date, how, status);
    }

    /** The totals of the book as typed: saved lines as stored, lines with a pending change as they will be saved. */
    private void updateTotals() {
        MonthTotals t = pending.isEmpty() ? shown.totals()
                : MonthTotals.of(shown.month(), shown.lines(), shown.totals().keptPercent(), line -> {
                    DuesService.Change c = pending.get(line.memberId());
                    return c == null ? line.paid() : c.amount() == null ? 0 : c.amount();
                });
        totals.set(messages.get("dues.view.totals", t.paid(), t.owing(), Dong.format(t.due()), Dong.format(t.collected()),
                Dong.percent(t.keptPercent()), Dong.format(t.kept()), Dong.format(t.remitted())));
        pendingCount.set(pending.size());
    }

    private void fillForm(Row row) {
        if (row == null) {
            amountText.set("");
            reasonText.set("");
            return;
        }
        DuesService.Change c = row.pending();
        if (c != null) {
            amountText.set(c.amount() == null ? "" : Dong.format(c.amount()));
            reasonText.set(c.reason() == null ? "" : c.reason());
            if (c.paidOn() != null) {
                paidOn.set(c.paidOn());
            }
            if (c.method() != null) {
                method.set(c.method());
            }
        } else if (row.line().entry() != null) {
            amountText.set(Dong.format(row.line().entry().amount()));
            reasonText.set(row.line().entry().reason() == null ? "" : row.line().entry().reason());
            if (row.line().entry().paidOn() != null) {
                paidOn.set(row.line().entry().paidOn());
            }
            if (row.line().entry().method() != null) {
                method.set(row.line().entry().method());
            }
        } else {
            amountText.set(row.line().due() == null || !row.line().standing().owing() ? "" : Dong.format(row.line().due().amount()));
            reasonText.set("");
        }
    }

    /**
     * "All paid as due": every member who had to pay and has nothing entered yet gets a pending payment of the amount
     * due, on the day and by the method of the form. The clerk then types the exceptions and saves.
     *
     * @return how many lines were filled
     */
    public int allPaidAsDue() {
        int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            MonthLine line = r.line();
            if (r.pending() == null && line.entry() == null && line.standing().owing() && line.due() != null && line.due().amount() > 0) {
                DuesService.Change c = new DuesService.Change(line.memberId(), line.due().amount(), paidOn.get(), method.get(), null);
                pending.put(line.memberId(), c);
                rows.set(i, row(line, r.flags(), c));
                n++;
            }
        }
        updateTotals();
        message.set(messages.get("dues.view.filled", n));
        fillForm(selected.get() == null ? null : rows.stream().filter(x -> x.memberId() == selected.get().memberId()).findFirst().orElse(null));
        return n;
    }

    /**
     * Takes the form into the selected line as a pending change: an amount paid (day and method from the form), 0 or
     * nothing with a reason (not paid, for that reason), or nothing at all (the entry is removed); then selects the next
     * line.
     *
     * @return false (with a problem shown) when the amount is not a whole number of đồng or nothing is selected
     */
    public boolean applyForm() {
        Row r = selected.get();
        if (r == null) {
            return false;
        }
        java.util.OptionalLong amount;
        try {
            amount = Dong.parse(amountText.get());
        } catch (NumberFormatException e) {
            problem.set(messages.get("dues.view.badAmount", amountText.get()));
            return false;
        }
        String reason = vn.sochibo.common.Text.cleanOrNull(reasonText.get());
        DuesService.Change c;
        if (amount.isEmpty() && reason == null) {
            c = DuesService.Change.clear(r.memberId());
        } else if (amount.isEmpty() || amount.getAsLong() == 0) {
            c = new DuesService.Change(r.memberId(), 0L, null, null, reason);
        } else {
            c = new DuesService.Change(r.memberId(), amount.getAsLong(), paidOn.get(), method.get(), null);
        }
        problem.set("");
        int index = rows.indexOf(r);
        if (c.amount() == null && r.line().entry() == null) {
            pending.remove(r.memberId());
            rows.set(index, row(r.line(), r.flags(), null));
        } else {
            pending.put(r.memberId(), c);
            rows.set(index, row(r.line(), r.flags(), c));
        }
        updateTotals();
        selected.set(rows.get(Math.min(index + 1, rows.size() - 1)));
        return true;
    }

    /** Stores the pending changes in one transaction, then reloads the month. */
    public void save() {
        if (pending.isEmpty()) {
            return;
        }
        YearMonth m = month.get();
        List<DuesService.Change> changes = new ArrayList<>(pending.values());
        busy.set(true);
        executor.submit(progress -> dues.record(m, changes), n -> {
            busy.set(false);
            pending.clear();
            message.set(messages.get("dues.view.saved", n, Months.text(m)));
            load();
        }, failure -> {
            busy.set(false);
            problem.set(messages.describe(failure));
        });
    }

    /** Drops the pending changes. */
    public void discard() {
        pending.clear();
        message.set("");
        load();
    }

    /** The file name offered for the month's list. */
    public String listFileName() {
        return messages.get("dues.view.listFile", String.format("%02d-%d", month.get().getMonthValue(), month.get().getYear()));
    }

    /** The file name offered for the year's book. */
    public String bookFileName() {
        return messages.get("dues.view.bookFile", String.valueOf(month.get().getYear()));
    }

    /** Writes the month's list to {@code file} in the background. */
    public void exportList(Path file) {
        YearMonth m = month.get();
        String who = issuer.get() == null || issuer.get().isEmpty() ? null : issuer.get();
        run(() -> documents.exportMonth(m, who, file), done -> messages.get("dues.view.exported", file.getFileName().toString()));
    }

    /** Writes the year's book (of the month shown) to {@code file} in the background. */
    public void exportBook(Path file) {
        int year = month.get().getYear();
        String who = issuer.get() == null || issuer.get().isEmpty() ? null : issuer.get();
        run(() -> documents.exportYear(year, who, file), done -> messages.get("dues.view.exported", file.getFileName().toString()));
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Function<T, String> done) {
        busy.set(true);
        executor.submit(progress -> work.call(), result -> {
            busy.set(false);
            problem.set("");
            message.set(done.apply(result));
        }, failure -> {
            busy.set(false);
            problem.set(messages.describe(failure));
        });
    }

    /** The member's name of the selected line, for the basis dialog's title. */
    public String selectedName() {
        return selected.get() == null ? "" : selected.get().name();
    }
}
