package vn.sochibo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.common.ProgressListener;
import vn.sochibo.core.Services;
import vn.sochibo.importing.MemberImportService;
import vn.sochibo.ui.DirectUiExecutor;

/** "Cần bổ sung" without the window: what an import left to complete, where it came from, and marking it done. */
class WorkListViewModelTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final Messages messages = Messages.forLanguage("vi");
    private final WorkListViewModel model = new WorkListViewModel(services.members(), new DirectUiExecutor(), messages);

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anEmptyListSaysThereIsNothingLeft() {
        model.load();
        assertThat(model.items()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo(messages.get("workList.empty"));
    }

    @Test
    void whatAnImportLeftToCompleteIsListedWithItsSourceAndTakenOffOneByOne() {
        // a Mẫu 7-HSĐV list has no birth dates: each of its four members has one line to complete
        services.imports().importFile(Path.of("src/test/resources/import/layouts/mau7-mot-dong.xlsx"), null,
                MemberImportService.Mode.COMMIT, ProgressListener.NONE);
        model.load();
        assertThat(model.items()).hasSize(4);
        assertThat(model.countProperty().get()).isEqualTo(messages.get("workList.count", 4));
        FollowUp first = model.items().get(0);
        assertThat(model.what(first)).isEqualTo(messages.describe(first.problem()));
        assertThat(model.source(first)).startsWith("Tệp \"mau7-mot-dong.xlsx\"").contains("dòng");

        model.markDone(first);
        assertThat(model.items()).hasSize(3).doesNotContain(first);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(services.members().workList()).hasSize(3);
        model.markDone(null);
        assertThat(model.items()).hasSize(3);
    }
}
