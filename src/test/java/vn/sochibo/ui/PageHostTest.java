package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page with wrapping text, taller than the window only once wrapped at the window's width: inside a
 * {@link PageHost} the scroll pane shows its bar; inside a plain StackPane JavaFX leaves it hidden and the rest of
 * the page out of reach (why PageHost exists).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PageHostTest {

    private Stage stage;

    @Start
    void start(Stage primary) {
        // a window of its own: the shared primary stage keeps the size the app's window tests expect
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 320, 220));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void aPageTallerOnceWrappedGetsItsScrollBar(FxRobot robot) {
        assertThat(barShown(robot, new PageHost())).as("in a PageHost").isTrue();
        assertThat(barShown(robot, new StackPane())).as("in a StackPane (JavaFX's own behaviour)").isFalse();
    }

    private boolean barShown(FxRobot robot, StackPane host) {
        robot.interact(() -> {
            Label text = new Label("Bùi Minh Đạt: không đóng đảng phí 3 tháng trong năm (03, 06, 09/2026) không có lý do; "
                    .repeat(6));
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            Region book = new Region();
            book.setMinHeight(60);
            host.getChildren().setAll(new VBox(8, text, book));
            ScrollPane scroll = new ScrollPane(host);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            stage.getScene().setRoot(scroll);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = (ScrollPane) stage.getScene().getRoot();
        assertThat(host.getHeight()).as("the page is taller than the window").isGreaterThan(scroll.getViewportBounds().getHeight());
        return scroll.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible());
    }
}
