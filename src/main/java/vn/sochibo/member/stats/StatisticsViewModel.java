package vn.sochibo.member.stats;

import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import vn.sochibo.branch.BranchProfile;
import vn.sochibo.branch.BranchService;
import vn.sochibo.common.Messages;
import vn.sochibo.ui.UiExecutor;

/** The statistics page: the counts and the headline sentence a report needs. FX thread only. */
public final class StatisticsViewModel {

    private final StatisticsService statistics;
    private final BranchService branch;
    private final UiExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<MemberStatistics> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");

    private java.util.function.ToIntFunction<java.nio.file.Path> statisticsExport = file -> {
        throw new IllegalStateException("no statistics export wired");
    };

    public StatisticsViewModel(StatisticsService statistics, BranchService branch, UiExecutor executor, Messages messages) {
        this.statistics = statistics;
        this.branch = branch;
        this.executor = executor;
        this.messages = messages;
    }

    public ReadOnlyObjectProperty<MemberStatistics> currentProperty() { return current.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }

    /** What writes the .xlsx (the export service, wired by the composition root). */
    public StatisticsViewModel withExport(java.util.function.ToIntFunction<java.nio.file.Path> export) {
        this.statisticsExport = export;
        return this;
    }

    /** Recomputes in the background. */
    public void refresh() {
        executor.submit(progress -> new Result(statistics.compute(), branch.profile()), result -> {
            current.set(result.statistics());
            headline.set(headline(result.statistics(), result.profile().orElse(null)));
        }, failure -> headline.set(messages.describe(failure)));
    }

    private record Result(MemberStatistics statistics, Optional<BranchProfile> profile) {
    }

    /** "Chi bộ có 35 đảng viên (02 dự bị), 03 chi bộ trực thuộc; 100% trình độ đại học trở lên". */
    public String headline(MemberStatistics s, BranchProfile profile) {
        return StatisticsHeadline.of(messages, s, profile);
    }

    /** Writes the page's tables as .xlsx in the background; the message says where, or what went wrong. */
    public void export(java.nio.file.Path file) {
        exportMessage.set("");
        executor.submit(progress -> statisticsExport.applyAsInt(file),
                rows -> exportMessage.set(messages.get("stats.export.done", file.getFileName().toString())),
                failure -> exportMessage.set(messages.describe(failure)));
    }

    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    public String label(Enum<?> value) {
        return messages.label(value);
    }
}
