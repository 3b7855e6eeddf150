package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.DataSafety;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.DatabaseKey;
import vn.sochibo.ui.FxDialogs;
import vn.sochibo.ui.FxUiExecutor;
import vn.sochibo.ui.Styles;
import vn.sochibo.ui.TextSize;
import vn.sochibo.ui.Views;

/** The password step before the register opens: set-up with the recovery code, wrong password, recovery. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LockFlowTest {

    private static final String NONE = "no password";

    private Stage stage;
    private final FxUiExecutor executor = new FxUiExecutor();
    private final AtomicReference<Object> opened = new AtomicReference<>();
    private DataLocation location;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        location = DataLocation.at(Files.createTempDirectory("lock"));
        show();
    }

    private void show() {
        Messages messages = Messages.forLanguage("vi");
        opened.set(null);
        LockViewModel model = new LockViewModel(new DataSafety(location, new Backups(location, TestClocks.FIXED), 2_000),
                executor, messages, key -> opened.set(key == null ? NONE : key));
        Parent root = new Views(messages, type -> new LockView(model, messages, new FxDialogs(() -> stage, messages)))
                .load(LockView.class).root();
        stage.setScene(new Scene(root, 1280, 800)); // a fresh scene: earlier tests may have left the stage smaller
        Styles.apply(stage.getScene(), TextSize.NORMAL);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.toFront();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    void setUpThenUnlockThenRecover(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#choosePasswordField").queryAs(TextField.class).isVisible()).isTrue();
        robot.clickOn("#choosePasswordField").write("chi bộ số 5");
        robot.clickOn("#chooseRepeatField").write("chi bộ số 6");
        robot.clickOn("#setPasswordButton");
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).isEqualTo("Hai lần gõ mật khẩu không giống nhau.");
        assertThat(DataSafety.of(location, TestClocks.FIXED).state()).isEqualTo(DataSafety.State.NEW);

        robot.interact(() -> robot.lookup("#chooseRepeatField").queryAs(TextField.class).setText("chi bộ số 5"));
        robot.clickOn("#setPasswordButton");
        waitFor(() -> robot.lookup("#shownRecoveryCode").tryQuery().isPresent());
        String code = robot.lookup("#shownRecoveryCode").queryAs(TextField.class).getText();
        assertThat(code).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}");
        assertThat(robot.lookup("#continueButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#codeWrittenCheck");
        robot.clickOn("#continueButton");
        assertThat(opened.get()).isInstanceOf(DatabaseKey.class);
        DatabaseKey key = (DatabaseKey) opened.get();
        assertThat(DataSafety.of(location, TestClocks.FIXED).state()).isEqualTo(DataSafety.State.ENCRYPTED);

        // next start: the password is asked; a wrong one only shows a message
        robot.interact(this::show);
        assertThat(robot.lookup("#unlockField").queryAs(TextField.class).isVisible()).isTrue();
        robot.clickOn("#unlockField").write("chi bo so 5");
        robot.clickOn("#unlockButton");
        waitFor(() -> !robot.lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).startsWith("Mật khẩu không đúng.");
        assertThat(opened.get()).isNull();
        assertThat(robot.lookup("#unlockField").queryAs(TextField.class).getText()).isEmpty();
        robot.clickOn("#unlockField").write("chi bộ số 5");
        robot.clickOn("#unlockButton");
        waitFor(() -> opened.get() != null);
        assertThat(opened.get()).isEqualTo(key);

        // forgot it: the recovery code (typed loosely) and a new password
        robot.interact(this::show);
        robot.clickOn("#forgotLink");
        robot.clickOn("#recoveryCodeField").write(code.toLowerCase().replace("-", " "));
        robot.clickOn("#recoverPasswordField").write("mật khẩu mới");
        robot.clickOn("#recoverRepeatField").write("mật khẩu mới");
        robot.clickOn("#recoverButton");
        waitFor(() -> opened.get() != null);
        assertThat(opened.get()).isEqualTo(key);
        assertThat(DataSafety.of(location, TestClocks.FIXED).unlock("mật khẩu mới")).isEqualTo(key);
    }

    @Test
    void noPasswordIsAConfirmedChoice(FxRobot robot) throws Exception {
        robot.clickOn("#noPasswordButton");
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(javafx.scene.Node::isVisible)
                .match((javafx.scene.control.Button b) -> b.getText().equals(Messages.forLanguage("vi").get("common.yes"))).queryButton());
        assertThat(opened.get()).isSameAs(NONE);
        assertThat(Files.exists(location.keyFile())).isFalse();
    }
}
