package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.importing.MemberImportViewModel;
import vn.sochibo.importing.PreviewRow;
import vn.sochibo.importing.RowState;
import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.io.excel.ImportFiles;
import vn.sochibo.member.MemberListView;
import vn.sochibo.member.MemberRow;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.ui.TestFileDialogs;
import vn.sochibo.ui.FxUiExecutor;
import vn.sochibo.ui.Styles;
import vn.sochibo.ui.TextSize;

/** The member list's Excel buttons and the import wizard, on an empty in-memory register; files chosen by a test port. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportWizardFlowTest {

    @TempDir
    static Path dir;

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final FxUiExecutor executor = new FxUiExecutor();
    private Path toOpen = ImportFiles.path("danh-sach-chi-bo.xlsx");
    private Path saveTo;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.forLanguage("vi");
        TestFileDialogs files = new TestFileDialogs().answerWith(q -> q.operation().equals("open") ? toOpen : saveTo);
        AppContext context = new AppContext(services, messages, executor, TestApp.shell(stage, messages, files));
        stage.setScene(new Scene(context.views().load(MemberListView.class).root(), 1280, 800));
        Styles.apply(stage.getScene(), TextSize.NORMAL);
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        services.close();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private void openWizardWithFile(FxRobot robot) throws TimeoutException {
        robot.clickOn("#importButton");
        waitFor(() -> robot.lookup("#chooseFileButton").tryQuery().isPresent());
        robot.clickOn("#chooseFileButton");
        TableView<MemberImportViewModel.MappingLine> mapping = table(robot, "#mappingTable");
        waitFor(() -> mapping.getItems().size() == 13);
    }

    @Test
    void importARealFileThroughTheWizardAfterFixingAMapping(FxRobot robot) throws Exception {
        openWizardWithFile(robot);
        assertThat(robot.lookup("#sheetBox").queryAs(ComboBox.class).getValue()).isEqualTo("Danh sách ĐV");
        TableView<MemberImportViewModel.MappingLine> mapping = table(robot, "#mappingTable");
        assertThat(mapping.getItems().get(6).column().header()).isEqualTo("Tôn giáo");
        assertThat(mapping.getItems().get(6).fieldProperty().get()).isEqualTo(ColumnField.RELIGION);

        // the clerk decides column G is not to be read: edit the cell and pick "(bỏ qua)" in its combo box
        @SuppressWarnings("unchecked")
        TableColumn<MemberImportViewModel.MappingLine, ColumnField> fieldColumn =
                (TableColumn<MemberImportViewModel.MappingLine, ColumnField>) mapping.getColumns().get(2);
        robot.interact(() -> mapping.scrollTo(6));
        java.util.function.Predicate<javafx.scene.Node> row6 = n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() == fieldColumn && c.getIndex() == 6;
        waitFor(() -> robot.lookup(".table-cell").match(row6).tryQuery().isPresent()); // laid out after the scroll
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".table-cell").match(row6).queryAs(javafx.scene.control.TableCell.class);
        robot.doubleClickOn(cell);
        waitFor(() -> cell.getGraphic() instanceof ComboBox);
        @SuppressWarnings("unchecked")
        ComboBox<ColumnField> editor = (ComboBox<ColumnField>) cell.getGraphic();
        robot.interact(() -> {
            editor.getSelectionModel().select(ColumnField.IGNORED);
            if (cell.isEditing()) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.TableCell<MemberImportViewModel.MappingLine, ColumnField> editing =
                        (javafx.scene.control.TableCell<MemberImportViewModel.MappingLine, ColumnField>) cell;
                editing.commitEdit(ColumnField.IGNORED);
            }
        });
        waitFor(() -> mapping.getItems().get(6).fieldProperty().get() == ColumnField.IGNORED);

        robot.clickOn("#previewButton");
        TableView<PreviewRow> preview = table(robot, "#previewTable");
        waitFor(() -> preview.getItems().size() == 8);
        assertThat(preview.getItems()).extracting(PreviewRow::rowNumber, PreviewRow::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(9, RowState.NEW), org.assertj.core.groups.Tuple.tuple(10, RowState.NEW),
                org.assertj.core.groups.Tuple.tuple(11, RowState.NEW), org.assertj.core.groups.Tuple.tuple(13, RowState.NEW),
                org.assertj.core.groups.Tuple.tuple(14, RowState.ERROR), org.assertj.core.groups.Tuple.tuple(15, RowState.ERROR),
                org.assertj.core.groups.Tuple.tuple(16, RowState.DUPLICATE), org.assertj.core.groups.Tuple.tuple(17, RowState.NEW));
        assertThat(robot.lookup("#importSummaryLabel").queryAs(Label.class).getText())
                .isEqualTo("8 dòng: 5 mới, 0 cập nhật, 1 trùng trong tệp, 2 có lỗi. Chưa ghi gì vào sổ. "
                        + "1 đảng viên có việc cần bổ sung hoặc xác nhận.");
        assertThat(services.members().list()).as("a preview writes nothing").isEmpty();

        saveTo = dir.resolve("bao-cao-loi.xlsx");
        robot.clickOn("#reportButton");
        waitFor(() -> Files.exists(saveTo) && robot.lookup("#importSummaryLabel").queryAs(Label.class).getText().startsWith("Đã lưu"));
        try (ReadableWorkbook wb = new ReadableWorkbook(saveTo.toFile())) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Dòng");
            assertThat(rows.get(0).getCellText(rows.get(0).getCellCount() - 1)).isEqualTo("Lỗi");
            assertThat(rows.subList(1, rows.size()).stream().map(r -> r.getCellText(0)).collect(Collectors.toList()))
                    .containsExactly("14", "15", "16");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("Hoàng Văn Nam");
            assertThat(rows.get(1).getCellText(rows.get(1).getCellCount() - 1)).contains("31/02/1980").contains("không có thật");
        }

        robot.clickOn("#commitButton");
        waitFor(() -> robot.lookup("#importSummaryLabel").queryAs(Label.class).getText().startsWith("Đã nhập"));
        List<MemberSummary> stored = services.members().list();
        assertThat(stored).hasSize(5);
        assertThat(services.members().details(stored.get(0).id()).member().data().religion())
                .as("column G was set to be ignored").isNull();

        robot.clickOn("#closeImportButton");
        TableView<MemberRow> list = table(robot, "#memberTable");
        waitFor(() -> list.getItems().size() == 5);

        // what the import inferred stays visible afterwards: the work list "Cần bổ sung"
        robot.clickOn("#workListButton");
        TableView<vn.sochibo.member.FollowUp> work = table(robot, "#workListTable");
        waitFor(() -> work.getItems().size() == services.members().workList().size() && !work.getItems().isEmpty());
        assertThat(work.getItems()).extracting(f -> f.problem().messageKey()).contains("import.followUp.officialInferred");
        int left = work.getItems().size() - 1;
        robot.interact(() -> work.getSelectionModel().select(0));
        robot.clickOn("#workListDoneButton");
        waitFor(() -> work.getItems().size() == left && services.members().workList().size() == left);
    }

    @Test
    void anUpdateShowsEachFieldOldAndNewAndNewMembersGoToTheChosenChiBo(FxRobot robot) throws Exception {
        // the list was imported before; since then one member's post changed here, and one member was deleted
        services.imports().importFile(toOpen, null, vn.sochibo.importing.MemberImportService.Mode.COMMIT,
                vn.sochibo.common.ProgressListener.NONE);
        List<MemberSummary> stored = services.members().list();
        MemberSummary changed = stored.get(0);
        MemberSummary gone = stored.get(1);
        vn.sochibo.member.MemberDraft record = services.members().details(changed.id()).member().data();
        String filePost = record.jobPosition();
        assertThat(filePost).isNotBlank();
        services.members().update(changed.id(), new vn.sochibo.member.MemberDraft(record.fullName(), record.otherNames(),
                record.gender(), record.birthDate(), record.birthYear(), record.birthPlace(), record.homeTown(), record.residence(),
                record.ethnicity(), record.religion(), record.personalId(), record.partyCardNumber(), record.recordNumber(),
                record.generalEducation(), record.professionalLevel(), record.politicalTheory(), record.occupation(),
                "Chuyên viên chính", record.partyPosts(), record.youthUnionDate(), record.admissionDecisionDate(),
                record.joinedDate(), record.officialDate(), record.subBranch(), record.phone(), record.notes()));
        services.corrections().deleteMember(gone.id(), "nhập lại từ tệp");
        services.members().create(vn.sochibo.member.MemberDraft.minimal("Lê Văn Khác", vn.sochibo.member.Gender.NAM, 1980,
                java.time.LocalDate.of(2010, 5, 5)).withSubBranch("Chi bộ Văn phòng"));

        openWizardWithFile(robot);
        robot.clickOn("#previewButton");
        TableView<PreviewRow> preview = table(robot, "#previewTable");
        waitFor(() -> preview.getItems().size() == 8);
        assertThat(robot.lookup("#previewTable").query().isVisible()).as("the rows page is shown after Xem trước").isTrue();
        PreviewRow update = preview.getItems().stream().filter(r -> changed.id() == (r.memberId() == null ? -1 : r.memberId()))
                .findFirst().orElseThrow();
        assertThat(update.state()).isEqualTo(RowState.UPDATE);
        String shown = ((javafx.beans.value.ObservableValue<?>) preview.getColumns().stream()
                .filter(c -> "changesColumn".equals(c.getId())).findFirst().orElseThrow().getCellObservableValue(update)).getValue().toString();
        assertThat(shown).isEqualTo(Messages.forLanguage("vi").get("field.jobPosition") + ": Chuyên viên chính → " + filePost);

        // the new member (the deleted one comes back) goes to the chi bộ chosen for new members
        @SuppressWarnings("unchecked")
        ComboBox<String> chiBo = robot.lookup("#subBranchForNewBox").queryAs(ComboBox.class);
        assertThat(chiBo.getItems()).contains("Chi bộ Văn phòng");
        robot.interact(() -> chiBo.setValue("Chi bộ Văn phòng"));
        robot.clickOn("#commitButton");
        waitFor(() -> robot.lookup("#importSummaryLabel").queryAs(Label.class).getText().startsWith("Đã nhập"));
        MemberSummary back = services.members().list().stream().filter(m -> m.fullName().equals(gone.fullName()))
                .findFirst().orElseThrow();
        assertThat(back.subBranch()).isEqualTo("Chi bộ Văn phòng");
        assertThat(services.members().details(changed.id()).member().data().jobPosition()).isEqualTo(filePost);
        assertThat(services.members().details(changed.id()).member().data().subBranch()).as("an update keeps its chi bộ").isNull();
        robot.clickOn("#closeImportButton");
    }

    @Test
    void closingTheWizardWithoutImportingLeavesTheRegisterUnchanged(FxRobot robot) throws Exception {
        openWizardWithFile(robot);
        robot.clickOn("#previewButton");
        TableView<PreviewRow> preview = table(robot, "#previewTable");
        waitFor(() -> preview.getItems().size() == 8);
        robot.clickOn("#closeImportButton");
        waitFor(() -> robot.lookup("#chooseFileButton").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.members().list()).isEmpty();
        assertThat(table(robot, "#memberTable").getItems()).isEmpty();
    }

    @Test
    void aFileThatIsNotAWorkbookIsExplainedInTheWizard(FxRobot robot) throws Exception {
        toOpen = ImportFiles.path("bad-renamed-pdf.xlsx");
        robot.clickOn("#importButton");
        waitFor(() -> robot.lookup("#chooseFileButton").tryQuery().isPresent());
        robot.clickOn("#chooseFileButton");
        waitFor(() -> !robot.lookup("#importProblemLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#importProblemLabel").queryAs(Label.class).getText()).contains("bad-renamed-pdf.xlsx").contains("PDF");
        assertThat(robot.lookup("#previewButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#closeImportButton");
        assertThat(services.members().list()).isEmpty();
    }

    @Test
    void exportWritesTheShownMembers(FxRobot robot) throws Exception {
        openWizardWithFile(robot);
        robot.clickOn("#previewButton");
        waitFor(() -> table(robot, "#previewTable").getItems().size() == 8);
        robot.clickOn("#commitButton");
        waitFor(() -> robot.lookup("#importSummaryLabel").queryAs(Label.class).getText().startsWith("Đã nhập"));
        robot.clickOn("#closeImportButton");
        waitFor(() -> table(robot, "#memberTable").getItems().size() == 5);
        saveTo = dir.resolve("xuat.xlsx");
        robot.clickOn("#exportButton");
        waitFor(() -> Files.exists(saveTo) && Files.size(saveTo) > 0);
        // "Đã xuất" shows in the bar above the list (not in a window of its own in a corner of the screen)
        org.controlsfx.control.NotificationPane notice = robot.lookup("#noticePane").queryAs(org.controlsfx.control.NotificationPane.class);
        waitFor(() -> notice.isShowing() && notice.getText() != null && notice.getText().contains("xuat.xlsx"));
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        try (ReadableWorkbook wb = new ReadableWorkbook(saveTo.toFile())) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.stream().filter(r -> r.getRowNum() == 4).findFirst().orElseThrow().getCellText(2)).isEqualTo("DANH SÁCH ĐẢNG VIÊN");
            assertThat(rows.stream().filter(r -> r.getRowNum() == 6).findFirst().orElseThrow().getCellText(1)).isEqualTo("Họ và tên");
            assertThat(rows.stream().filter(r -> r.getCellText(0).startsWith("Tổng cộng")).findFirst().orElseThrow().getCellText(0))
                    .isEqualTo("Tổng cộng: 5 đồng chí");
        }
    }
}
