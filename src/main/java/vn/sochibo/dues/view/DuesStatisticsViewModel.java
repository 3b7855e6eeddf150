package vn.sochibo.dues.view;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.dues.Dong;
import vn.sochibo.dues.KindTotals;
import vn.sochibo.dues.MonthTotals;
import vn.sochibo.dues.Months;
import vn.sochibo.dues.service.DuesBookService;
import vn.sochibo.ui.UiExecutor;

/** The dues statistics of a year: collected by month and by kind of basis. FX thread; reading in the background. */
public final class DuesStatisticsViewModel {

    /** One line of a statistics table, as shown. */
    public record Line(String label, String members, String due, String collected, String kept, String remitted,
                       long collectedAmount) {
    }

    private final DuesBookService book;
    private final UiExecutor executor;
    private final Messages messages;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Line> byMonth = FXCollections.observableArrayList();
    private final ObservableList<Line> byKind = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public DuesStatisticsViewModel(DuesBookService book, UiExecutor executor, Messages messages) {
        this.book = book;
        this.executor = executor;
        this.messages = messages;
        int now = book.today().getYear();
        for (int y = now; y >= Math.max(2026, now - 5); y--) {
            years.add(y);
        }
        year.set(now);
        year.addListener((obs, o, n) -> load());
    }

    public ObjectProperty<Integer> yearProperty() { return year; }
    public ObservableList<Integer> years() { return years; }
    public ObservableList<Line> byMonth() { return byMonth; }
    public ObservableList<Line> byKind() { return byKind; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** Loads the year's statistics for the whole branch. */
    public void load() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        executor.submit(progress -> book.statistics(y, null), s -> {
            problem.set("");
            byMonth.setAll(s.byMonth().stream().map(this::line).toList());
            byKind.setAll(s.byKind().stream().map(this::line).toList());
        }, failure -> problem.set(messages.describe(failure)));
    }

    private Line line(MonthTotals t) {
        return new Line(Months.text(t.month()), t.paid() + "/" + t.owing(), Dong.format(t.due()), Dong.format(t.collected()),
                Dong.format(t.kept()), Dong.format(t.remitted()), t.collected());
    }

    private Line line(KindTotals k) {
        return new Line(k.kind() == null ? messages.get("enum.Standing.NO_BASIS") : messages.label(k.kind()),
                String.valueOf(k.members()), Dong.format(k.due()), Dong.format(k.collected()), "", "", k.collected());
    }
}
