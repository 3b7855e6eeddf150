package vn.sochibo.dues.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.dues.MonthLine;
import vn.sochibo.dues.Standing;
import vn.sochibo.ui.DirectUiExecutor;

/** The dues screen without the window, on the sample branch: the month, quick entry, saving, a reminder, the list. */
class DuesViewModelTest {

    @TempDir
    Path dir;
    private Services services;
    private DuesViewModel model;

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
        services.samples().load(true);
        model = new DuesViewModel(services.duesBook(), services.dues(), services.duesDocuments(), services.members(),
                new DirectUiExecutor(), Messages.forLanguage("vi"));
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private DuesViewModel.Row row(String name) {
        return model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private MonthLine saved(String name) {
        return services.duesBook().month(YearMonth.of(2026, 11), null).lines().stream()
                .filter(l -> l.fullName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theCurrentMonthWithTotalsAndTheRuleOfThree() {
        assertThat(model.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(model.rows()).hasSize(32);
        assertThat(model.totalsProperty().get()).startsWith("Đã thu 11/32 đồng chí");
        assertThat(model.flagsTextProperty().get()).contains("Bùi Minh Đạt").contains("xóa tên");
        assertThat(model.issuers()).first().isEqualTo("");
        assertThat(model.issuers()).contains("Chi bộ Văn phòng");
        assertThat(model.listFileName()).isEqualTo("dang-phi-thang-11-2026.xlsx");

        assertThat(model.showMonth("13/2026")).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Tháng \"13/2026\" không đúng dạng tháng/năm (ví dụ 10/2026).");
        assertThat(model.showMonth("10/2026")).isTrue();
        assertThat(model.monthProperty().get()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(model.problemProperty().get()).isEmpty();
        model.issuerProperty().set("Chi bộ Văn phòng");
        assertThat(model.rows()).hasSize(11);
    }

    @Test
    void allPaidAsDueThenTheExceptionsThenOneSave() {
        int filled = model.allPaidAsDue();
        assertThat(filled).isEqualTo(21);
        assertThat(model.pendingCountProperty().get()).isEqualTo(21);
        assertThat(model.hasPending()).isTrue();
        assertThat(model.totalsProperty().get()).as("the totals follow what is typed, before it is saved")
                .startsWith("Đã thu 32/32 đồng chí");

        model.selectedProperty().set(row("Trương Văn Khải"));
        model.amountTextProperty().set("");
        model.reasonTextProperty().set("Đi công tác nước ngoài cả tháng");
        assertThat(model.applyForm()).isTrue();
        assertThat(model.selectedProperty().get().name()).as("the next line").isNotEqualTo("Trương Văn Khải");
        assertThat(model.totalsProperty().get()).startsWith("Đã thu 31/32 đồng chí");

        model.selectedProperty().set(row("Ngô Thị Huyền"));
        model.amountTextProperty().set("5o.000");
        assertThat(model.applyForm()).isFalse();
        assertThat(model.problemProperty().get()).contains("5o.000");
        assertThat(model.selectedProperty().get().name()).as("stays on the line").isEqualTo("Ngô Thị Huyền");
        model.amountTextProperty().set("57.564");
        assertThat(model.applyForm()).isTrue();
        assertThat(services.duesBook().month(YearMonth.of(2026, 11), null).totals().paid()).as("nothing stored yet").isEqualTo(11);

        String typed = model.totalsProperty().get();
        model.save();
        assertThat(model.pendingCountProperty().get()).isZero();
        assertThat(model.totalsProperty().get()).as("saving changes no figure").isEqualTo(typed);
        assertThat(model.messageProperty().get()).isEqualTo("Đã lưu 21 dòng của sổ tháng 11/2026.");
        assertThat(model.totalsProperty().get()).startsWith("Đã thu 31/32 đồng chí");
        assertThat(saved("Trương Văn Khải").standing()).isEqualTo(Standing.EXCUSED);
        assertThat(saved("Ngô Thị Huyền").paid()).isEqualTo(57_564);
        assertThat(saved("Phạm Quang Vinh").entry().paidOn()).isEqualTo(TestClocks.TODAY);
    }

    @Test
    void discardDropsWhatWasTypedAndAReminderSelectsItsMember() {
        model.allPaidAsDue();
        model.discard();
        assertThat(model.pendingCountProperty().get()).isZero();
        assertThat(model.totalsProperty().get()).startsWith("Đã thu 11/32 đồng chí");

        long dat = row("Bùi Minh Đạt").memberId();
        model.select(dat);
        assertThat(model.selectedProperty().get().name()).isEqualTo("Bùi Minh Đạt");
        assertThat(model.amountTextProperty().get()).as("the form shows the line").isEqualTo("70.200");
    }

    @Test
    void theMonthsListIsWritten() throws Exception {
        Path file = dir.resolve("thang-11.xlsx");
        model.exportList(file);
        assertThat(Files.size(file)).isPositive();
        assertThat(model.messageProperty().get()).isEqualTo("Đã xuất thang-11.xlsx.");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
