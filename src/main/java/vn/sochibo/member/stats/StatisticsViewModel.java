package vn.sochibo.member.stats;

import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import vn.sochibo.branch.BranchKind;
import vn.sochibo.branch.BranchProfile;
import vn.sochibo.branch.BranchService;
import vn.sochibo.common.Formats;
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

    public StatisticsViewModel(StatisticsService statistics, BranchService branch, UiExecutor executor, Messages messages) {
        this.statistics = statistics;
        this.branch = branch;
        this.executor = executor;
        this.messages = messages;
    }

    public ReadOnlyObjectProperty<MemberStatistics> currentProperty() { return current.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }

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
        boolean dangBo = profile != null && profile.kind() == BranchKind.DANG_BO_CO_SO;
        String subject = messages.get(dangBo ? "stats.headline.dangBo" : "stats.headline.chiBo");
        String members = messages.get("stats.headline.members", subject, Formats.count(s.onRegister()), Formats.count(s.probationary()));
        String subBranches = s.subBranchCount() > 0
                ? messages.get(dangBo ? "stats.headline.subBranches" : "stats.headline.groups", Formats.count(s.subBranchCount()))
                : "";
        return members + subBranches + messages.get("stats.headline.university", s.universityPercent());
    }

    public String label(Enum<?> value) {
        return messages.label(value);
    }
}
