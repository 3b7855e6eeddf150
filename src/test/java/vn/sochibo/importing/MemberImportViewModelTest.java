package vn.sochibo.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.io.excel.ImportFiles;
import vn.sochibo.ui.DirectUiExecutor;

/**
 * The import wizard without the window, on a real list: the table and its columns found, the preview that writes
 * nothing, the import in one go, the error report, a cancelled step, and a file that is not a workbook.
 */
class MemberImportViewModelTest {

    @TempDir
    Path dir;

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final Messages messages = Messages.forLanguage("vi");
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private final MemberImportViewModel model = new MemberImportViewModel(services.imports(), executor, messages);
    private final Path office = ImportFiles.path("danh-sach-chi-bo.xlsx");

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theTableIsFoundPreviewedWithoutWritingThenImportedInOneGo() throws Exception {
        model.open(office);
        assertThat(model.fileProperty().get()).isEqualTo(office);
        assertThat(model.sheets()).containsExactly("Ghi chú", "Danh sách ĐV");
        assertThat(model.sheetProperty().get()).isEqualTo("Danh sách ĐV");
        assertThat(model.mapping()).isNotEmpty().anySatisfy(line -> assertThat(line.fieldProperty().get()).isEqualTo(ColumnField.FULL_NAME));
        assertThat(model.busyProperty().get()).isFalse();

        model.preview();
        assertThat(model.rows()).hasSize(8);
        assertThat(model.summaryProperty().get()).isNotBlank();
        assertThat(model.rows()).anySatisfy(r -> assertThat(model.problemsText(r)).contains("B: "));
        assertThat(services.members().list()).as("a preview writes nothing").isEmpty();

        Path report = dir.resolve("bao-cao-loi.xlsx");
        model.saveErrorReport(report);
        assertThat(Files.size(report)).isPositive();
        assertThat(model.summaryProperty().get()).isEqualTo(messages.get("import.wizard.reportSaved", 3, "bao-cao-loi.xlsx"));

        model.commit();
        assertThat(model.resultProperty().get().imported()).isEqualTo(5);
        assertThat(model.summaryProperty().get()).startsWith(messages.get("import.wizard.done", 5, 0, 3));
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(services.members().list()).hasSize(5);
    }

    @Test
    void aStepCancelledBeforeItEndsChangesNothingAndSaysSo() {
        model.open(office);
        model.preview();
        executor.hold();
        model.commit();
        assertThat(model.busyProperty().get()).isTrue();
        model.cancel();
        // the work stops at its next check ("Dừng" says so meanwhile), then the wizard is free again
        assertThat(model.summaryProperty().get()).isEqualTo(messages.get("import.wizard.stopping"));
        executor.runHeld();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).isEqualTo(messages.get("import.wizard.cancelled"));
        assertThat(model.resultProperty().get()).as("the cancelled import reports nothing").isNull();
        assertThat(services.members().list()).isEmpty();
    }

    @Test
    void aFileThatIsNoWorkbookIsNamedInAPlainMessage() {
        model.open(ImportFiles.path("bad-renamed-pdf.xlsx"));
        assertThat(model.problemProperty().get()).contains("bad-renamed-pdf.xlsx");
        assertThat(model.mapping()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
