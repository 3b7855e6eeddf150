package vn.sochibo.dues.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.Text;
import vn.sochibo.dues.DecisionKind;
import vn.sochibo.dues.Dong;
import vn.sochibo.dues.DuesBasis;
import vn.sochibo.dues.DuesDecision;
import vn.sochibo.dues.DuesKind;
import vn.sochibo.dues.DuesRates;
import vn.sochibo.dues.Months;
import vn.sochibo.dues.WageRegion;
import vn.sochibo.dues.service.DuesService;
import vn.sochibo.ui.UiExecutor;

/**
 * One member's dues record (src/site/rules.md, "Đảng phí"): the history of bases and a new basis from a date, the
 * decisions exempting or reducing, the month the transfer letter says was paid at the previous branch, and the last
 * month paid here (for a letter going out). FX thread; storage in the background.
 */
public final class DuesBasisViewModel {

    /** How the retirement age is known for a member without salary or pension. */
    public enum Retired { BY_AGE, YES, NO }

    private final DuesService dues;
    private final UiExecutor executor;
    private final Messages messages;
    private long memberId;

    private final ObservableList<DuesBasis> bases = FXCollections.observableArrayList();
    private final ObservableList<DuesDecision> decisions = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<DuesKind> kind = new SimpleObjectProperty<>(this, "kind", DuesKind.SALARIED);
    private final StringProperty baseText = new SimpleStringProperty(this, "baseText", "");
    private final ObjectProperty<WageRegion> region = new SimpleObjectProperty<>(this, "region");
    private final ObjectProperty<Retired> retired = new SimpleObjectProperty<>(this, "retired", Retired.BY_AGE);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<DecisionKind> decisionKind = new SimpleObjectProperty<>(this, "decisionKind", DecisionKind.REDUCTION);
    private final ObjectProperty<Integer> percent = new SimpleObjectProperty<>(this, "percent");
    private final StringProperty decisionFrom = new SimpleStringProperty(this, "decisionFrom", "");
    private final StringProperty decisionTo = new SimpleStringProperty(this, "decisionTo", "");
    private final StringProperty documentRef = new SimpleStringProperty(this, "documentRef", "");
    private final StringProperty paidThrough = new SimpleStringProperty(this, "paidThrough", "");
    private final ReadOnlyStringWrapper lastPaid = new ReadOnlyStringWrapper(this, "lastPaid", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<Integer> steps = FXCollections.observableArrayList();

    public DuesBasisViewModel(DuesService dues, UiExecutor executor, Messages messages) {
        this.dues = dues;
        this.executor = executor;
        this.messages = messages;
    }

    public ObservableList<DuesBasis> bases() { return bases; }
    public ObservableList<DuesDecision> decisions() { return decisions; }
    public ObservableList<Integer> steps() { return steps; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<DuesKind> kindProperty() { return kind; }
    public StringProperty baseTextProperty() { return baseText; }
    public ObjectProperty<WageRegion> regionProperty() { return region; }
    public ObjectProperty<Retired> retiredProperty() { return retired; }
    public StringProperty noteProperty() { return note; }
    public ObjectProperty<DecisionKind> decisionKindProperty() { return decisionKind; }
    public ObjectProperty<Integer> percentProperty() { return percent; }
    public StringProperty decisionFromProperty() { return decisionFrom; }
    public StringProperty decisionToProperty() { return decisionTo; }
    public StringProperty documentRefProperty() { return documentRef; }
    public StringProperty paidThroughProperty() { return paidThrough; }
    public ReadOnlyStringProperty lastPaidProperty() { return lastPaid.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Loads the member's record; the new basis is offered from the first day of the current month. */
    public void start(long member) {
        this.memberId = member;
        from.set(dues.today().withDayOfMonth(1));
        reload();
    }

    private record Loaded(List<DuesBasis> bases, List<DuesDecision> decisions, YearMonth transferIn, YearMonth lastPaid,
                          List<Integer> steps) {
    }

    private void reload() {
        long id = memberId;
        executor.submit(progress -> {
            YearMonth now = YearMonth.from(dues.today());
            var rules = dues.rules();
            List<Integer> s = DuesRates.inForce(now, rules) ? DuesRates.reductionSteps(now, rules) : List.of();
            return new Loaded(dues.bases(id), dues.decisions(id), dues.transferIn(id).orElse(null),
                    dues.lastPaidMonth(id).orElse(null), s);
        }, loaded -> {
            bases.setAll(loaded.bases());
            decisions.setAll(loaded.decisions());
            steps.setAll(loaded.steps());
            paidThrough.set(loaded.transferIn() == null ? "" : Months.text(loaded.transferIn()));
            lastPaid.set(loaded.lastPaid() == null ? messages.get("dues.basis.lastPaid.none")
                    : messages.get("dues.basis.lastPaid", Months.text(loaded.lastPaid())));
            if (!loaded.bases().isEmpty()) {
                DuesBasis last = loaded.bases().get(loaded.bases().size() - 1);
                kind.set(last.kind());
                baseText.set(last.base() == null ? "" : Dong.format(last.base()));
                region.set(last.region());
                retired.set(last.retired() == null ? Retired.BY_AGE : last.retired() ? Retired.YES : Retired.NO);
            }
        }, this::fail);
    }

    private void fail(Throwable failure) {
        message.set("");
        problem.set(messages.describe(failure));
    }

    private void done(String text) {
        problem.set("");
        message.set(text);
        reload();
    }

    /** Stores the new basis from its date on. */
    public void saveBasis() {
        Long base;
        try {
            base = Dong.parse(baseText.get()).stream().boxed().findFirst().orElse(null);
        } catch (NumberFormatException e) {
            problem.set(messages.get("dues.view.badAmount", baseText.get()));
            return;
        }
        Boolean r = retired.get() == Retired.BY_AGE ? null : retired.get() == Retired.YES;
        DuesBasis basis = new DuesBasis(0, memberId, from.get(), kind.get(), base, region.get(), r, note.get());
        executor.submit(progress -> dues.saveBasis(basis), id -> done(messages.get("dues.basis.saved",
                Formats.date(basis.from()))), this::fail);
    }

    /** Removes a basis entered by mistake. */
    public void deleteBasis(DuesBasis basis) {
        executor.submit(progress -> {
            dues.deleteBasis(memberId, basis.id());
            return null;
        }, x -> done(messages.get("dues.basis.deleted")), this::fail);
    }

    /** Stores the decision typed (months as "06/2026"). */
    public void saveDecision() {
        YearMonth f;
        YearMonth t;
        try {
            f = decisionFrom.get() == null || decisionFrom.get().isBlank() ? null : Months.parse(decisionFrom.get());
            t = decisionTo.get() == null || decisionTo.get().isBlank() ? null : Months.parse(decisionTo.get());
        } catch (java.time.format.DateTimeParseException e) {
            problem.set(messages.get("dues.view.badMonth", e.getParsedString()));
            return;
        }
        DuesDecision d = new DuesDecision(0, memberId, decisionKind.get(), percent.get(), f, t, documentRef.get(), null);
        executor.submit(progress -> dues.saveDecision(d), id -> done(messages.get("dues.basis.decisionSaved")), this::fail);
    }

    /** Removes a decision entered by mistake. */
    public void deleteDecision(DuesDecision d) {
        executor.submit(progress -> {
            dues.deleteDecision(memberId, d.id());
            return null;
        }, x -> done(messages.get("dues.basis.deleted")), this::fail);
    }

    /** Stores (or, empty, removes) the month the transfer letter says was paid. */
    public void saveTransferIn() {
        String text = Text.cleanOrNull(paidThrough.get());
        YearMonth month;
        try {
            month = text == null ? null : Months.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            problem.set(messages.get("dues.view.badMonth", text));
            return;
        }
        executor.submit(progress -> {
            dues.setTransferIn(memberId, month, null);
            return null;
        }, x -> done(messages.get("dues.basis.transferSaved")), this::fail);
    }

    /** A basis as one line of the history table's "amount" column. */
    public String baseText(DuesBasis b) {
        if (b.kind() == DuesKind.NO_PENSION) {
            return messages.label(b.region()) + " · " + messages.get(b.retired() == null ? "dues.basis.retired.BY_AGE"
                    : b.retired() ? "dues.basis.retired.YES" : "dues.basis.retired.NO");
        }
        return b.base() == null ? "" : Dong.format(b.base());
    }

    /** A decision as one line. */
    public String decisionText(DuesDecision d) {
        String months = Months.text(d.from()) + (d.to() == null ? "" : " – " + Months.text(d.to()));
        return (d.kind() == DecisionKind.EXEMPT ? messages.label(d.kind()) : messages.get("dues.basis.reduced", d.percent()))
                + ", " + months + " (" + d.documentRef() + ")";
    }
}
