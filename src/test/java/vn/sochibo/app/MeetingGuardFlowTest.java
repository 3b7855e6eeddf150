package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.meeting.CarriedAssignment;
import vn.sochibo.meeting.MeetingSummary;

/** What the meetings screen must not let through: edits lost without a question, an unsaved meeting changing an earlier one, Enter deleting. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MeetingGuardFlowTest {

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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    /** A question's button is on screen (the dialog is shown, not only built). */
    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing()).isPresent();
    }

    private Node row(FxRobot robot, int index) {
        return robot.lookup("#meetingTable .table-row-cell").nth(index).query();
    }

    @SuppressWarnings("unchecked")
    private Node other(FxRobot robot, MeetingSummary shown) {
        return robot.lookup("#meetingTable .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() != null && ((MeetingSummary) r.getItem()).id() != shown.id()).query();
    }

    private void openFirst(FxRobot robot) throws TimeoutException {
        robot.clickOn("#navMeetings");
        TableView<MeetingSummary> meetings = table(robot, "#meetingTable");
        waitFor(() -> meetings.getItems().size() == 4);
        robot.clickOn(row(robot, 0));
        waitFor(() -> !field(robot, "#subjectField").isEmpty());
        app.awaitIdle();
    }

    @Test
    void switchingMeetingsOrClosingWithUnsavedEditsAsksAndStayKeepsTheEdits(FxRobot robot) throws Exception {
        openFirst(robot);
        TableView<MeetingSummary> meetings = table(robot, "#meetingTable");
        MeetingSummary first = meetings.getSelectionModel().getSelectedItem();
        robot.interact(() -> robot.lookup("#subjectField").queryAs(TextField.class).setText("Nội dung đã sửa"));

        robot.clickOn(other(robot, first));
        waitFor(() -> shown(robot, "#unsavedStayButton"));
        robot.clickOn("#unsavedStayButton");
        app.awaitIdle();
        assertThat(field(robot, "#subjectField")).isEqualTo("Nội dung đã sửa");
        waitFor(() -> meetings.getSelectionModel().getSelectedItem() != null
                && meetings.getSelectionModel().getSelectedItem().id() == first.id());

        // not robot.interact: the question waits for an answer on the FX thread
        var closing = WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitFor(() -> shown(robot, "#unsavedStayButton") || closing.isDone());
        if (closing.isDone()) {
            closing.get();
        }
        robot.clickOn("#unsavedStayButton");
        app.awaitIdle();
        assertThat(stage.isShowing()).isTrue();

        robot.clickOn(other(robot, first));
        waitFor(() -> shown(robot, "#unsavedSaveButton"));
        robot.clickOn("#unsavedSaveButton");
        waitFor(() -> meetings.getSelectionModel().getSelectedItem() != null
                && meetings.getSelectionModel().getSelectedItem().id() != first.id());
        app.awaitIdle();
        assertThat(app.services().meetings().find(first.id()).header().subject()).isEqualTo("Nội dung đã sửa");
    }

    @Test
    void doneInAnUnsavedNewMeetingChangesNoEarlierMeetingUntilItIsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#navMeetings");
        waitFor(() -> table(robot, "#meetingTable").getItems().size() == 4);
        robot.interact(() -> robot.lookup("#newDateField").queryAs(TextField.class).setText("04/12/2026"));
        robot.clickOn("#newMeetingButton");
        waitFor(() -> table(robot, "#rollTable").getItems().size() > 0);
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(4));
        TableView<CarriedAssignment> carried = table(robot, "#carriedTable");
        waitFor(() -> carried.getItems().size() == 2);
        robot.interact(() -> carried.getSelectionModel().select(0));
        robot.clickOn("#markDoneButton");
        waitFor(() -> carried.getItems().size() == 1);
        app.awaitIdle();

        assertThat(app.services().meetings().openAssignmentsBefore("Chi bộ Văn phòng", LocalDate.of(2026, 12, 4), 0))
                .hasSize(2);
        robot.clickOn(row(robot, 0));
        waitFor(() -> shown(robot, "#unsavedDiscardButton"));
        robot.clickOn("#unsavedDiscardButton");
        app.awaitIdle();
        assertThat(app.services().meetings().list()).hasSize(4);
        assertThat(app.services().meetings().openAssignmentsBefore("Chi bộ Văn phòng", LocalDate.of(2026, 12, 4), 0))
                .hasSize(2);
    }

    @Test
    void enterOnTheDeleteQuestionCancels(FxRobot robot) throws Exception {
        openFirst(robot);
        robot.clickOn("#deleteButton");
        waitFor(() -> shown(robot, "#deleteCancelButton"));
        robot.type(KeyCode.ENTER);
        app.awaitIdle();
        assertThat(robot.lookup("#deleteQuestion").tryQuery()).isEmpty();
        assertThat(app.services().meetings().list()).hasSize(4);
    }
}
