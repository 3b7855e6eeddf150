package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first member window after a start (issue 17: a 200×200 box in the top-left corner with a few labels):
 * it is sized to its content, every field laid out, and centred on the main window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MemberWindowPlacementTest {

    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.launch(stage);
        stage.setX(40);
        stage.setY(10);
        stage.setWidth(1200);
        stage.setHeight(780);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theFirstMemberWindowIsSizedToItsFormAndCentredOnTheMainWindow(FxRobot robot) throws Exception {
        robot.clickOn("#addMemberButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#fullNameField").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#fullNameField").queryAs(TextField.class);
        Window dialog = name.getScene().getWindow();
        assertThat(dialog).isNotSameAs(stage);
        assertThat(dialog.getWidth()).as("width").isGreaterThanOrEqualTo(900);
        assertThat(dialog.getHeight()).as("height").isGreaterThanOrEqualTo(560)
                .isLessThanOrEqualTo(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        assertThat(dialog.getX() + dialog.getWidth() / 2).as("centred across")
                .isCloseTo(stage.getX() + stage.getWidth() / 2, within(2.0));
        assertThat(dialog.getY() + dialog.getHeight() / 2).as("centred down")
                .isCloseTo(stage.getY() + stage.getHeight() / 2, within(2.0));
        // the form is laid out: its fields have their size and lie inside the window
        assertThat(name.getWidth()).isGreaterThan(100);
        var bounds = name.localToScene(name.getBoundsInLocal());
        assertThat(bounds.getMaxX()).isLessThanOrEqualTo(dialog.getWidth());
        assertThat(robot.lookup("#saveMemberButton").queryButton().getWidth()).isGreaterThan(20);
        robot.clickOn("#cancelDialogButton");
    }
}
