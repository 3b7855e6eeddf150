package vn.sochibo.member.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;

/** Thống kê without the window: the figures and their headline from the register, and the .xlsx written. */
class StatisticsViewModelTest {

    @TempDir
    Path dir;

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final Messages messages = Messages.forLanguage("vi");
    private final StatisticsViewModel model = new StatisticsViewModel(services.statistics(), services.branch(),
            new DirectUiExecutor(), messages).withExport(services.exports()::exportStatistics);

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFiguresFollowTheRegisterAndTheHeadlineSaysThem() {
        services.samples().load(true);
        model.refresh();
        MemberStatistics s = model.currentProperty().get();
        assertThat(s).isNotNull();
        assertThat(model.headlineProperty().get()).isEqualTo(model.headline(s, services.branch().profile().orElse(null)))
                .isNotBlank();
    }

    @Test
    void theTablesAreWrittenToAWorkbookAndAFailureSaysWhy() throws Exception {
        services.samples().load(true);
        Path file = dir.resolve("thong-ke.xlsx");
        model.export(file);
        assertThat(Files.size(file)).isPositive();
        assertThat(model.exportMessageProperty().get()).isEqualTo(messages.get("stats.export.done", "thong-ke.xlsx"));

        Path nowhere = dir.resolve("khong-co-thu-muc").resolve("thong-ke.xlsx");
        model.export(nowhere);
        assertThat(Files.exists(nowhere)).isFalse();
        assertThat(model.exportMessageProperty().get()).isNotBlank().isNotEqualTo(messages.get("stats.export.done", "thong-ke.xlsx"));
    }
}
