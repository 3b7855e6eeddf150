package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;


import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.meeting.Attendance;
import vn.sochibo.meeting.CarriedAssignment;
import vn.sochibo.meeting.MeetingSummary;
import vn.sochibo.meeting.Resolution;
import vn.sochibo.meeting.RollEntry;

/** The meetings screen on the sample branch: create a meeting, take the roll, record a resolution, export the minutes. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MeetingFlowTest {

    @TempDir
    Path dir;
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.launch(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private static void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    private void snapshot(FxRobot robot, String name) {
        Snapshots.save(robot, stage, name);
    }

    @Test
    void createATakeTheRollRecordAResolutionAndExportTheMinutes(FxRobot robot) throws Exception {
        Path out = dir.resolve("bien-ban-thang-12.docx");
        app.files().answerAlways(out);
        robot.clickOn("#navMeetings");
        TableView<MeetingSummary> meetings = table(robot, "#meetingTable");
        waitFor(() -> meetings.getItems().size() == 4);

        // a new regular meeting of Chi bộ Văn phòng on 04/12/2026
        waitFor(() -> "Chi bộ Văn phòng".equals(robot.lookup("#newIssuerCombo").queryAs(ComboBox.class).getValue()));
        type(robot, "#newDateField", "04/12/2026");
        robot.clickOn("#newMeetingButton");
        TableView<RollEntry> roll = table(robot, "#rollTable");
        waitFor(() -> roll.getItems().size() == 11);
        assertThat(robot.lookup("#numberField").queryAs(TextField.class).getText()).isEqualTo("5");
        type(robot, "#placeField", "Phòng họp tầng 2, trụ sở Sở");
        type(robot, "#chairField", "Trần Quốc Bảo");
        type(robot, "#secretaryField", "phạm thị ánh");
        snapshot(robot, "meeting-1-header");

        // roll call: Bùi Minh Đạt is absent without reason for the third time this year
        tab(robot, 1);
        assertThat(robot.lookup("#figuresLabel").queryAs(Label.class).getText()).contains("phải triệu tập (N): 9;");
        robot.interact(() -> roll.getSelectionModel().select(
                roll.getItems().stream().filter(r -> r.fullName().equals("Bùi Minh Đạt")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#attendanceCombo").queryAs(ComboBox.class).setValue(Attendance.UNEXCUSED));
        robot.clickOn("#applyAttendanceButton");
        waitFor(() -> robot.lookup("#figuresLabel").queryAs(Label.class).getText().contains("vắng không lý do: 1;"));
        assertThat(robot.lookup("#absenceWarningLabel").queryAs(Label.class).getText())
                .contains("Bùi Minh Đạt").contains("3 lần trong năm 2026").contains("xóa tên");
        assertThat(robot.lookup("#quorumWarningLabel").queryAs(Label.class).getText()).isEmpty();
        snapshot(robot, "meeting-2-roll");

        // assignments: one of November's is done, the other carried over
        tab(robot, 4);
        TableView<CarriedAssignment> carried = table(robot, "#carriedTable");
        waitFor(() -> carried.getItems().size() == 2);
        robot.interact(() -> carried.getSelectionModel().select(0));
        robot.clickOn("#markDoneButton");
        waitFor(() -> carried.getItems().size() == 1);
        robot.interact(() -> carried.getSelectionModel().select(0));
        robot.clickOn("#carryButton");
        assertThat(table(robot, "#assignmentTable").getItems()).hasSize(1);

        // notes of an agenda item: the report, two speakers, the conclusion
        tab(robot, 2);
        javafx.scene.control.ListView<?> agenda = robot.lookup("#agendaList").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> agenda.getSelectionModel().select(3));
        robot.interact(() -> {
            robot.lookup("#reportArea").queryAs(javafx.scene.control.TextArea.class).setText("Hoàn thành các nhiệm vụ tháng 11.");
            robot.lookup("#speakersArea").queryAs(javafx.scene.control.TextArea.class)
                    .setText("Hoàng Văn Ân: đồng ý với báo cáo.\nĐỗ Văn Đức: đề nghị bổ sung số liệu.");
            robot.lookup("#conclusionArea").queryAs(javafx.scene.control.TextArea.class).setText("Chi bộ thống nhất.");
        });
        robot.clickOn("#applyItemButton");
        snapshot(robot, "meeting-2b-agenda");

        // a resolution with too many votes is refused; a valid one is recorded with its verdict
        tab(robot, 3);
        type(robot, "#resolutionContentField", "Thông qua nghị quyết sinh hoạt chi bộ tháng 12 năm 2026.");
        type(robot, "#votesForField", "9");
        robot.clickOn("#addResolutionButton");
        waitFor(() -> robot.lookup("#problemLabel").queryAs(Label.class).getText().contains("nhiều hơn"));
        TableView<Resolution> resolutions = table(robot, "#resolutionTable");
        assertThat(resolutions.getItems()).isEmpty();
        type(robot, "#votesForField", "7");
        type(robot, "#votesOtherField", "1");
        robot.clickOn("#addResolutionButton");
        waitFor(() -> resolutions.getItems().size() == 1);
        assertThat(resolutions.getColumns().get(3).getCellData(0)).isEqualTo("Thông qua (cần 5 trên N = 9)");
        snapshot(robot, "meeting-3-resolution");

        robot.clickOn("#exportButton");
        waitFor(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().startsWith("Đã xuất biên bản"));
        assertThat(Files.exists(out)).isTrue();
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("Thông qua nghị quyết sinh hoạt chi bộ tháng 12 năm 2026.")
                    .contains("tán thành 7/9 đồng chí").contains("Vắng không có lý do: 1 đồng chí: Bùi Minh Đạt.")
                    .contains("Thư ký (người ghi biên bản): đồng chí Phạm Thị Ánh.")
                    .contains("Nội dung chính: Hoàn thành các nhiệm vụ tháng 11.\nÝ kiến phát biểu:\n- Đồng chí Hoàng Văn Ân: đồng ý với báo cáo.\n"
                            + "- Đồng chí Đỗ Văn Đức: đề nghị bổ sung số liệu.\nKết luận của chủ trì: Chi bộ thống nhất.");
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("Số 05-BB/CB");
        }
        waitFor(() -> meetings.getItems().size() == 5);
        assertThat(app.services().meetings().list()).hasSize(5);
        assertThat(app.services().meetings().openAssignmentsBefore("Chi bộ Văn phòng", java.time.LocalDate.of(2027, 1, 5), 0))
                .extracting(c -> c.assignment().task()).containsExactly("Xây dựng báo cáo kiểm điểm tập thể chi bộ năm 2026");
        snapshot(robot, "meeting-4-exported");
    }

    @Test
    void theYearsBookAndTheMinutesTemplateAreExportedAndABrokenTemplateIsRefused(FxRobot robot) throws Exception {
        Path book = dir.resolve("so-bien-ban-2026.docx");
        Path template = dir.resolve("mau-bien-ban.docx");
        Path junk = dir.resolve("hong.docx");
        Files.writeString(junk, "không phải tệp Word");
        app.files().answerWith(q -> q.operation().equals("open") ? junk : q.suggestedName().startsWith("so-") ? book : template);
        robot.clickOn("#navMeetings");
        waitFor(() -> table(robot, "#meetingTable").getItems().size() == 4);
        type(robot, "#newDateField", "01/12/2026");
        robot.clickOn("#bookButton");
        waitFor(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().startsWith("Đã xuất sổ biên bản năm 2026"));
        try (InputStream in = Files.newInputStream(book); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables()).hasSize(8);
        }

        robot.clickOn("#navSettings");
        waitFor(() -> robot.lookup("#templateStateLabel").queryAs(Label.class).getText().startsWith("Đang dùng mẫu có sẵn"));
        robot.interact(() -> robot.lookup("#exportTemplateButton").queryAs(javafx.scene.control.Button.class).fire());
        waitFor(() -> Files.exists(template) && robot.lookup("#templateMessageLabel").queryAs(Label.class).getText().startsWith("Đã lưu mẫu"));
        try (InputStream in = Files.newInputStream(template); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("BIÊN BẢN", "{{subject}}");
        }
        robot.interact(() -> robot.lookup("#installTemplateButton").queryAs(javafx.scene.control.Button.class).fire());
        waitFor(() -> robot.lookup("#templateProblemLabel").queryAs(Label.class).getText().contains("không phải là tài liệu Word"));
        assertThat(robot.lookup("#templateStateLabel").queryAs(Label.class).getText()).startsWith("Đang dùng mẫu có sẵn");
        snapshot(robot, "settings-template");
    }
}
