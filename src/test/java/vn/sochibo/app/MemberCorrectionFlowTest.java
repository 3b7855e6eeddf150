package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.audit.AuditEntry;
import vn.sochibo.audit.AuditFilter;
import vn.sochibo.common.Messages;
import vn.sochibo.member.MemberEvent;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberRow;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.MemberSummary;

/** Correcting mistakes in the window: a wrongly recorded event and a member entered by mistake (issue 17). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MemberCorrectionFlowTest {

    private static final Messages VI = Messages.forLanguage("vi");
    private TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.launch(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private MemberSummary stored(String fullName) {
        return app.services().members().list().stream().filter(m -> m.fullName().equals(fullName)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private void select(FxRobot robot, String fullName) throws TimeoutException {
        TableView<MemberRow> table = robot.lookup("#memberTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.member().fullName().equals(fullName)));
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(r -> r.member().fullName().equals(fullName)).findFirst().orElseThrow()));
        waitFor(() -> robot.lookup("#detailsNameLabel").queryAs(Label.class).getText().equals(fullName));
    }

    /** Presses a button without waiting for what it opens (the dialog's nested event loop would block). */
    private static void fireLater(FxRobot robot, String id) {
        javafx.application.Platform.runLater(() -> robot.lookup(id).queryButton().fire());
    }

    private static DialogPane question(FxRobot robot) throws TimeoutException {
        // present and on a window that is showing (the question's window opens a pulse after its nodes exist)
        // visible as the robot sees it (its window showing, the node inside it), not only its visible property
        waitFor(() -> robot.lookup("#reasonField").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        return robot.lookup(".dialog-pane").match(Node::isVisible).queryAs(DialogPane.class);
    }

    private static String questionText(DialogPane pane) {
        return ((Label) ((javafx.scene.layout.VBox) pane.getContent()).getChildren().get(0)).getText();
    }

    private static void assertNoIsDefault(FxRobot robot) {
        Button byDefault = robot.lookup(".dialog-pane .button").match(Node::isVisible)
                .match((Button b) -> b.isDefaultButton()).queryButton();
        assertThat(byDefault.getText()).as("a stray Enter deletes nothing").isEqualTo(VI.get("common.no"));
        assertThat(robot.lookup("#confirmDestructiveButton").queryButton().isDisabled()).as("no reason yet").isTrue();
    }

    private List<AuditEntry> log() {
        return app.services().audit().page(AuditFilter.ALL, null, 50).entries();
    }

    @Test
    void aMisclickedDeathIsDeletedWithAReasonAndTheStatusComesBack(FxRobot robot) throws TimeoutException {
        MemberSummary official = app.services().members().list().stream()
                .filter(m -> m.status() == MemberStatus.OFFICIAL).findFirst().orElseThrow();
        select(robot, official.fullName());
        robot.clickOn("#recordEventButton");
        waitFor(() -> robot.lookup("#typeBox").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<MemberEventType> type = robot.lookup("#typeBox").queryAs(ComboBox.class);
        robot.interact(() -> type.getSelectionModel().select(MemberEventType.DECEASED));
        robot.clickOn("#dateField").write("21/11/2026");
        robot.clickOn("#recordEventSaveButton");
        waitFor(() -> stored(official.fullName()).status() == MemberStatus.DECEASED);

        // the deceased member leaves the default filter; show everyone to find the mistake
        robot.interact(() -> robot.lookup("#statusFilterBox").queryAs(ComboBox.class).getSelectionModel()
                .select(vn.sochibo.member.StatusFilter.ALL));
        select(robot, official.fullName());
        @SuppressWarnings("unchecked")
        TableView<MemberEvent> history = robot.lookup("#historyTable").queryAs(TableView.class);
        waitFor(() -> history.getItems().stream().anyMatch(e -> e.type() == MemberEventType.DECEASED));
        assertThat(robot.lookup("#deleteEventButton").queryButton().isDisabled()).isTrue();
        robot.interact(() -> history.getSelectionModel().select(
                history.getItems().stream().filter(e -> e.type() == MemberEventType.DECEASED).findFirst().orElseThrow()));
        fireLater(robot, "#deleteEventButton");
        DialogPane pane = question(robot);
        assertThat(questionText(pane)).contains(VI.label(MemberEventType.DECEASED)).contains("21/11/2026")
                .contains(official.fullName());
        assertNoIsDefault(robot);
        robot.clickOn("#reasonField").write("bấm nhầm người");
        robot.clickOn("#confirmDestructiveButton");

        waitFor(() -> stored(official.fullName()).status() == MemberStatus.OFFICIAL);
        assertThat(app.services().members().details(official.id()).events())
                .noneMatch(e -> e.type() == MemberEventType.DECEASED);
        assertThat(log()).anySatisfy(e -> {
            assertThat(e.operation()).isEqualTo("audit.op.member.eventDelete");
            assertThat(e.operationDetail()).isEqualTo("bấm nhầm người");
        });
        waitFor(() -> history.getItems().stream().noneMatch(e -> e.type() == MemberEventType.DECEASED));
    }

    @Test
    void aRecordedEventIsCorrectedInPlaceWithAReasonAndCtrlZTakesTheCorrectionBack(FxRobot robot) throws TimeoutException {
        MemberSummary official = app.services().members().list().stream()
                .filter(m -> m.status() == MemberStatus.OFFICIAL).findFirst().orElseThrow();
        select(robot, official.fullName());
        @SuppressWarnings("unchecked")
        TableView<MemberEvent> history = robot.lookup("#historyTable").queryAs(TableView.class);
        waitFor(() -> history.getItems().stream().anyMatch(e -> e.type() == MemberEventType.OFFICIAL));
        MemberEvent recognition = history.getItems().stream().filter(e -> e.type() == MemberEventType.OFFICIAL).findFirst().orElseThrow();
        assertThat(robot.lookup("#amendEventButton").queryButton().isDisabled()).as("no event chosen yet").isTrue();
        robot.interact(() -> history.getSelectionModel().select(recognition));
        fireLater(robot, "#amendEventButton"); // under the history, scrolled below the window's edge
        waitFor(() -> robot.lookup("#reasonField").tryQuery().isPresent());
        assertThat(robot.lookup("#typeBox").query().isDisabled()).as("the kind of event stays").isTrue();
        Button save = robot.lookup("#recordEventSaveButton").queryButton();
        robot.interact(() -> robot.lookup("#documentRefField").queryAs(javafx.scene.control.TextField.class).setText("QĐ 15-QĐ/ĐU"));
        assertThat(save.isDisabled()).as("a correction needs its reason").isTrue();
        robot.clickOn("#reasonField").write("sai số quyết định");
        waitFor(() -> !save.isDisabled());
        robot.clickOn(save);
        waitFor(() -> app.services().members().details(official.id()).events().stream()
                .anyMatch(e -> e.id() == recognition.id() && "QĐ 15-QĐ/ĐU".equals(e.documentRef())));
        assertThat(log().get(0).operation()).isEqualTo("audit.op.member.eventAmend");
        assertThat(log().get(0).operationDetail()).isEqualTo("sai số quyết định");
        org.controlsfx.control.NotificationPane notice = robot.lookup("#noticePane").queryAs(org.controlsfx.control.NotificationPane.class);
        waitFor(() -> notice.isShowing() && notice.getText().contains(official.fullName()));

        // Ctrl+Z in the list takes the correction back (the key is named in the button's tooltip)
        assertThat(robot.lookup("#undoButton").queryButton().getTooltip().getText()).contains("Ctrl+Z");
        robot.interact(() -> robot.lookup("#memberTable").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.CONTROL);
        waitFor(() -> app.services().members().details(official.id()).events().stream()
                .anyMatch(e -> e.equals(recognition)));
        waitFor(() -> "audit.op.member.undo".equals(log().get(0).operation()));
        assertThat(robot.lookup("#undoButton").queryButton().isDisabled()).as("nothing more to undo").isTrue();
    }

    @Test
    void aMemberEnteredByMistakeIsDeletedAfterAQuestionThatNamesThem(FxRobot robot) throws TimeoutException {
        robot.clickOn("#addMemberButton");
        waitFor(() -> robot.lookup("#fullNameField").tryQuery().isPresent());
        robot.clickOn("#fullNameField").write("Lê Văn Nhầm");
        robot.interact(() -> robot.lookup("#genderBox").queryAs(ComboBox.class).getSelectionModel().select(vn.sochibo.member.Gender.NAM));
        robot.clickOn("#birthDateField").write("05/03/1990");
        robot.clickOn("#joinedDateField").write("19/05/2026");
        robot.clickOn("#saveMemberButton");
        waitFor(() -> stored("Lê Văn Nhầm") != null);
        long id = stored("Lê Văn Nhầm").id();
        waitFor(() -> "Lê Văn Nhầm".equals(robot.lookup("#detailsNameLabel").queryAs(Label.class).getText()));

        fireLater(robot, "#deleteMemberButton");
        DialogPane pane = question(robot);
        assertThat(questionText(pane)).contains("Lê Văn Nhầm").contains("05/03/1990").contains("1 biến động");
        assertNoIsDefault(robot);
        robot.clickOn("#reasonField").write("nhập trùng");
        robot.clickOn("#confirmDestructiveButton");

        waitFor(() -> stored("Lê Văn Nhầm") == null);
        assertThat(app.services().members().allEvents()).doesNotContainKey(id);
        assertThat(log()).anySatisfy(e -> {
            assertThat(e.operation()).isEqualTo("audit.op.member.delete");
            assertThat(e.operationDetail()).isEqualTo("nhập trùng");
            assertThat(e.table()).isEqualTo("member");
        });
        @SuppressWarnings("unchecked")
        TableView<MemberRow> table = robot.lookup("#memberTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().stream().noneMatch(r -> r.member().id() == id));
    }

    @Test
    void aProbationaryMemberIsNotOfferedExpulsionAndARemovalNeedsADocumentAndAConfirmation(FxRobot robot) throws TimeoutException {
        MemberSummary probationary = app.services().members().list().stream()
                .filter(m -> m.status() == MemberStatus.PROBATIONARY).findFirst().orElseThrow();
        select(robot, probationary.fullName());
        robot.clickOn("#recordEventButton");
        waitFor(() -> robot.lookup("#typeBox").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<MemberEventType> type = robot.lookup("#typeBox").queryAs(ComboBox.class);
        assertThat(type.getItems()).doesNotContain(MemberEventType.EXPELLED).contains(MemberEventType.REMOVED);
        robot.interact(() -> type.getSelectionModel().select(MemberEventType.REMOVED));
        robot.clickOn("#dateField").write("20/11/2026");
        waitFor(() -> robot.lookup("#errorsLabel").queryAs(Label.class).getText().contains(VI.get("field.documentRef")));
        assertThat(robot.lookup("#recordEventSaveButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#documentRefField").write("Quyết định số 7-QĐ/ĐU");
        waitFor(() -> !robot.lookup("#recordEventSaveButton").queryButton().isDisabled());

        // the question names the member; "Không" is the default and keeps everything as it was
        fireLater(robot, "#recordEventSaveButton");
        waitFor(() -> robot.lookup(".dialog-pane").match(Node::isVisible)
                .match((DialogPane p) -> p.getContentText() != null && p.getContentText().contains("7-QĐ/ĐU")).tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").match(Node::isVisible)
                .match((DialogPane p) -> p.getContentText() != null && p.getContentText().contains("7-QĐ/ĐU")).queryAs(DialogPane.class);
        assertThat(question.getContentText()).contains(probationary.fullName()).contains("20/11/2026");
        Button no = robot.lookup(".dialog-pane .button").match(Node::isVisible).match((Button b) -> b.isDefaultButton()).queryButton();
        assertThat(no.getText()).isEqualTo(VI.get("common.no"));
        robot.clickOn(no);
        assertThat(stored(probationary.fullName()).status()).isEqualTo(MemberStatus.PROBATIONARY);

        fireLater(robot, "#recordEventSaveButton");
        waitFor(() -> robot.lookup(".dialog-pane .button").match(Node::isVisible)
                .match((Button b) -> VI.get("common.yes").equals(b.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(Node::isVisible)
                .match((Button b) -> VI.get("common.yes").equals(b.getText())).queryButton());
        waitFor(() -> stored(probationary.fullName()).status() == MemberStatus.REMOVED);
    }

    @Test
    void aTransferOutRecordsWhereTheMemberGoes(FxRobot robot) throws TimeoutException {
        MemberSummary official = app.services().members().list().stream()
                .filter(m -> m.status() == MemberStatus.OFFICIAL).skip(1).findFirst().orElseThrow();
        select(robot, official.fullName());
        robot.clickOn("#recordEventButton");
        waitFor(() -> robot.lookup("#typeBox").tryQuery().isPresent());
        assertThat(robot.lookup("#placeField").query().isVisible()).as("only for transfers").isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<MemberEventType> type = robot.lookup("#typeBox").queryAs(ComboBox.class);
        robot.interact(() -> type.getSelectionModel().select(MemberEventType.TRANSFER_OUT));
        waitFor(() -> robot.lookup("#placeField").query().isVisible());
        assertThat(robot.lookup("#placeLabel").queryAs(Label.class).getText()).isEqualTo(VI.get("member.event.placeTo"));
        robot.clickOn("#dateField").write("20/11/2026");
        robot.clickOn("#documentRefField").write("Giấy giới thiệu số 15");
        waitFor(() -> robot.lookup("#errorsLabel").queryAs(Label.class).getText().contains(VI.get("field.transferPlace")));
        assertThat(robot.lookup("#recordEventSaveButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#placeField").write("Chi bộ Phòng Tổ chức, Đảng bộ Sở Nội vụ");
        waitFor(() -> !robot.lookup("#recordEventSaveButton").queryButton().isDisabled());
        robot.clickOn("#recordEventSaveButton");
        waitFor(() -> stored(official.fullName()).status() == MemberStatus.TRANSFERRED_OUT);
        assertThat(app.services().members().details(official.id()).events())
                .filteredOn(e -> e.type() == MemberEventType.TRANSFER_OUT).singleElement()
                .extracting(MemberEvent::place).isEqualTo("Chi bộ Phòng Tổ chức, Đảng bộ Sở Nội vụ");
    }
}
