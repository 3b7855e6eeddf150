package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

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
import vn.sochibo.core.DataSafety;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;

/** Settings › "Mật khẩu và sao lưu" on a real data folder: back up now, restore with preview, set a password. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DataSafetyFlowTest {

    @TempDir
    static Path dir;

    private TestApp app;
    private DataLocation location;
    private final Path usb = dirOrTemp().resolve("usb");
    private final AtomicReference<Path> restoreAnswer = new AtomicReference<>();

    private static Path dirOrTemp() {
        try {
            return dir != null ? dir : Files.createTempDirectory("safety");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        location = DataLocation.at(Files.createTempDirectory(dirOrTemp(), "data"));
        app = TestApp.launchOn(stage, location);
        app.files().answerWith(q -> q.operation().equals("folder") ? usb : restoreAnswer.get());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static void clickDialogButton(FxRobot robot, String text) throws Exception {
        waitFor(() -> robot.lookup(".dialog-pane .button").match(Node::isVisible)
                .match((javafx.scene.control.Button b) -> b.getText().equals(text)).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(Node::isVisible)
                .match((javafx.scene.control.Button b) -> b.getText().equals(text)).queryButton());
    }

    /** Presses a button without waiting for what it opens (a dialog's nested event loop would block a wait). */
    private static void fireLater(FxRobot robot, String id) {
        javafx.application.Platform.runLater(() -> robot.lookup(id).queryButton().fire());
    }

    @Test
    void backUpNowThenRestoreWithPreviewBringsTheRegisterBack(FxRobot robot) throws Exception {
        String rows;
        long logLines;
        try (Connection c = app.services().database().connection()) {
            rows = vn.sochibo.storage.RegisterRows.withoutLog(c);
            logLines = vn.sochibo.storage.RegisterRows.logLines(c);
        }
        robot.clickOn("#navSettings");
        waitFor(() -> robot.lookup("#backupNowButton").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#backupNowButton").queryButton().fire());
        waitFor(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().startsWith("Đã sao lưu và kiểm tra xong"));
        Path backup;
        try (var files = Files.list(usb)) {
            backup = files.filter(p -> p.toString().endsWith(Backups.SUFFIX)).findFirst().orElseThrow();
        }
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).contains("36 đảng viên");

        // a change after the backup
        long id = app.services().members().list().get(0).id();
        app.services().members().recordEvent(id, new EventDraft(MemberEventType.BADGE_AWARDED, TestClocks.TODAY, null, "QĐ 9", "30 năm tuổi đảng"));

        restoreAnswer.set(backup);
        fireLater(robot, "#restoreFileButton");
        waitFor(() -> robot.lookup(".dialog-pane").match(Node::isVisible).tryQuery().isPresent());
        var pane = robot.lookup(".dialog-pane").match(Node::isVisible).queryAs(javafx.scene.control.DialogPane.class);
        String preview = pane.getContent() instanceof javafx.scene.control.TextArea area ? area.getText() : pane.getContentText();
        assertThat(preview).contains("Chi bộ: Đảng bộ Sở Thông tin và Truyền thông").contains("Đảng viên: 36")
                .contains("22/11/2026").contains("Sao lưu bằng tay").contains("Mã hoá: Không")
                .contains("biến động đã ghi");
        clickDialogButton(robot, Messages.forLanguage("vi").get("common.yes"));
        waitFor(() -> robot.lookup("#memberTable").tryQuery().isPresent() && app.services().database() != null
                && app.services().members().list().size() == 36);
        try (Connection c = app.services().database().connection()) {
            assertThat(vn.sochibo.storage.RegisterRows.withoutLog(c)).isEqualTo(rows);
            assertThat(vn.sochibo.storage.RegisterRows.logLines(c)).as("the backup's log and the restore's line").isEqualTo(logLines + 1);
        }
        assertThat(Backups.list(location.backupDirectory())).anyMatch(p -> p.getFileName().toString().contains("before-restore"));

        // the change log says so: which backup came back, and what it replaced (37 members then, kept in a backup)
        robot.clickOn("#navAudit");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<vn.sochibo.audit.AuditViewModel.Row> log =
                robot.lookup("#auditTable").queryAs(javafx.scene.control.TableView.class);
        waitFor(() -> !log.getItems().isEmpty());
        vn.sochibo.audit.AuditEntry line = log.getItems().get(0).entry();
        assertThat(line.action()).isEqualTo(vn.sochibo.audit.AuditAction.RESTORE);
        assertThat(line.operationDetail()).isEqualTo(backup.getFileName().toString());
        vn.sochibo.audit.AuditDescriber words = new vn.sochibo.audit.AuditDescriber(Messages.forLanguage("vi"), java.util.Map.of());
        assertThat(words.operation(line)).isEqualTo("Khôi phục từ bản sao lưu " + backup.getFileName());
        assertThat(words.changes(line)).contains("Số đảng viên: 36 → 36").contains("before-restore").contains(backup.getFileName().toString());
    }

    @Test
    void aPasswordPutOnTheRegisterShowsTheRecoveryCodeAndEncryptsEverything(FxRobot robot) throws Exception {
        app.services().backups().safetyBackup("daily");
        robot.clickOn("#navSettings");
        waitFor(() -> robot.lookup("#setPasswordButton").tryQuery().isPresent());
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).startsWith("Dữ liệu chưa có mật khẩu");
        robot.interact(() -> {
            robot.lookup("#newPasswordField").queryAs(TextField.class).setText("ngắn");
            robot.lookup("#repeatField").queryAs(TextField.class).setText("ngắn");
            robot.lookup("#setPasswordButton").queryButton().fire();
        });
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).isEqualTo("Mật khẩu cần ít nhất 8 ký tự.");
        robot.interact(() -> {
            robot.lookup("#newPasswordField").queryAs(TextField.class).setText("mật khẩu chi bộ");
            robot.lookup("#repeatField").queryAs(TextField.class).setText("mật khẩu chi bộ");
        });
        fireLater(robot, "#setPasswordButton");
        clickDialogButton(robot, Messages.forLanguage("vi").get("common.yes"));
        waitFor(() -> robot.lookup("#shownRecoveryCode").tryQuery().isPresent());
        String code = robot.lookup("#shownRecoveryCode").queryAs(TextField.class).getText();
        assertThat(code).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}");
        var ok = robot.lookup(".dialog-pane .button").match(Node::isVisible).queryButton();
        assertThat(ok.getText()).isEqualTo("Tiếp tục"); // the dialog speaks Vietnamese, not JavaFX's "OK"
        assertThat(ok.isDisabled()).isTrue(); // not before the clerk says it is written down
        robot.clickOn(robot.lookup(".dialog-pane .check-box").match(Node::isVisible).queryAs(Node.class));
        robot.clickOn(ok);

        assertThat(DataSafety.of(location, TestClocks.FIXED).state()).isEqualTo(DataSafety.State.ENCRYPTED);
        assertThat(app.services().database().encrypted()).isTrue();
        assertThat(app.services().members().list()).hasSize(36);
        assertThat(Backups.list(location.backupDirectory())).isNotEmpty()
                .allMatch(p -> new Backups(null, TestClocks.FIXED).read(p).encrypted());
        assertThat(DataSafety.of(location, TestClocks.FIXED).recover(code, "mật khẩu mới 2027")).isEqualTo(app.services().key());
        robot.clickOn("#navSettings");
        waitFor(() -> robot.lookup("#statusLabel").tryQuery().isPresent()
                && robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Dữ liệu và các bản sao lưu được mã hoá"));
        assertThat(robot.lookup("#backupTable").queryAs(TableView.class).getItems()).isNotEmpty();
    }

    @Test
    void aBackupTheClerkNoLongerWantsIsDeletedAfterAConfirmationThatNamesIt(FxRobot robot) throws Exception {
        Backups.Info daily = app.services().backups().safetyBackup("daily");
        robot.clickOn("#navSettings");
        waitFor(() -> !robot.lookup("#backupTable").queryAs(TableView.class).getItems().isEmpty());
        assertThat(robot.lookup("#deleteSelectedButton").queryButton().isDisabled()).isTrue(); // nothing chosen yet
        robot.interact(() -> robot.lookup("#backupTable").queryAs(TableView.class).getSelectionModel().select(0));
        fireLater(robot, "#deleteSelectedButton");
        waitFor(() -> robot.lookup(".dialog-pane").match(Node::isVisible).tryQuery().isPresent());
        String question = robot.lookup(".dialog-pane").match(Node::isVisible).queryAs(javafx.scene.control.DialogPane.class)
                .getContentText();
        assertThat(question).contains("22/11/2026").contains("36 đảng viên").contains("Không lấy lại được");
        assertThat(robot.lookup(".dialog-pane .button").match(Node::isVisible)
                .match((javafx.scene.control.Button b) -> b.isDefaultButton()).queryButton().getText())
                .as("a stray Enter keeps the backup").isEqualTo(Messages.forLanguage("vi").get("common.no"));
        clickDialogButton(robot, Messages.forLanguage("vi").get("common.yes"));
        waitFor(() -> robot.lookup("#backupTable").queryAs(TableView.class).getItems().isEmpty());
        assertThat(daily.file()).doesNotExist();
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("Đã xóa bản sao lưu.");
    }
}
