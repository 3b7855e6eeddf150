package vn.sochibo.dues.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;

/** The dues statistics without the window: the sample year by month and by kind of basis. */
class DuesStatisticsViewModelTest {

    @Test
    void theSampleYearByMonthAndByKind() {
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            services.samples().load(true);
            DuesStatisticsViewModel model = new DuesStatisticsViewModel(services.duesBook(), new DirectUiExecutor(),
                    Messages.forLanguage("vi"));
            model.load();
            assertThat(model.years()).as("from the rule's first year to this one").containsExactly(2026);
            assertThat(model.byMonth()).extracting(DuesStatisticsViewModel.Line::label).startsWith("02/2026").contains("10/2026");
            DuesStatisticsViewModel.Line october = model.byMonth().stream().filter(l -> l.label().equals("10/2026")).findFirst().orElseThrow();
            assertThat(october.members()).isEqualTo("31/32");
            assertThat(october.collected()).isEqualTo("2.891.579");
            assertThat(october.kept()).isEqualTo("867.474");
            assertThat(model.byKind()).extracting(DuesStatisticsViewModel.Line::label).containsExactly("Hưởng lương, đóng BHXH bắt buộc", "Hưởng trợ cấp ốm đau, thai sản", "Hưởng lương hưu");
            assertThat(model.problemProperty().get()).isEmpty();
        }
    }
}
