package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.common.Messages;

/**
 * An exception nobody caught on the JavaFX thread, even one thrown in the middle of a layout pass (where
 * {@code showAndWait} is not allowed), ends in one clerk-readable dialog with "Sao chép chi tiết"; when it
 * repeats in every pulse, the clerk still gets one dialog, not a pile of them.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FailureReporterTest {

    private Stage stage;
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
        Thread.currentThread().setUncaughtExceptionHandler(new FailureReporter(() -> stage,
                () -> Messages.forLanguage("vi")));
    }

    /** A pane that fails in its layout pass {@code times} times. */
    private static Pane failingLayout(AtomicInteger times) {
        return new Pane() {
            @Override
            protected void layoutChildren() {
                if (times.getAndDecrement() > 0) {
                    throw new IllegalStateException("layout broke");
                }
                super.layoutChildren();
            }
        };
    }

    private long failureDialogs() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .filter(w -> w.getScene().getRoot() instanceof DialogPane pane
                        && pane.lookup("#copyDetailsButton") != null).count();
    }

    @Test
    void aFailureInAnAnimationEndsInOneDialog(FxRobot robot) throws Exception {
        AtomicInteger failures = new AtomicInteger(3);
        javafx.animation.AnimationTimer[] timer = new javafx.animation.AnimationTimer[1];
        robot.interact(() -> {
            timer[0] = new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (failures.getAndDecrement() > 0) {
                        throw new IllegalStateException("animation broke");
                    }
                    stop();
                }
            };
            timer[0].start();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> failureDialogs() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(failureDialogs()).isEqualTo(1);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void aFailureInALayoutPassEndsInOneDialogWithCopyDetails(FxRobot robot) throws Exception {
        AtomicInteger failures = new AtomicInteger(5);
        robot.interact(() -> root.getChildren().add(failingLayout(failures)));
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> ((Pane) root.getChildren().get(0)).requestLayout());
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> failureDialogs() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(failureDialogs()).as("one dialog, though the layout failed again").isEqualTo(1);
        DialogPane pane = (DialogPane) Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .findFirst().orElseThrow().getScene().getRoot();
        assertThat(pane.getContentText()).startsWith("Đã xảy ra lỗi ngoài dự kiến. Dữ liệu chưa bị thay đổi")
                .contains("tệp nhật ký");
        assertThat(((Button) pane.lookup("#copyDetailsButton")).getText()).isEqualTo("Sao chép chi tiết");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}
