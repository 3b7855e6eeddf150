package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.ui.Styles;
import vn.sochibo.ui.TextSize;

/**
 * The largest text size in the window the app opens on a 1366×768 screen: every screen stays beside the menu, and
 * a screen too big for the window gets the scroll bar that reaches the rest (none is cut off out of reach).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LargeTextLayoutTest {

    private static final List<String> SCREENS = List.of("#navMembers", "#navMeetings", "#navAdmissions", "#navElections",
            "#navEvaluation", "#navDues", "#navStatistics", "#navAudit", "#navSettings");

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

    @Test
    void everyScreenStaysBesideTheMenuAndScrollsWhenItDoesNotFit(FxRobot robot) {
        Node menu = robot.lookup("#navRail").query();
        boolean[] someScrolled = {false};
        visitEveryScreen(robot, TextSize.LARGER, (screen, scroll, page) -> {
            double menuEdge = menu.localToScene(menu.getLayoutBounds()).getMaxX() - 1;
            Node content = page.getChildrenUnmodifiable().get(0);
            assertThat(content.localToScene(content.getLayoutBounds()).getMinX()).as(screen + " starts right of the menu")
                    .isGreaterThanOrEqualTo(menuEdge);
            assertThat(scroll.localToScene(scroll.getLayoutBounds()).getMinX()).isGreaterThanOrEqualTo(menuEdge);
            ScrollBar[] bars = bars(scroll);
            if (page.getHeight() > scroll.getViewportBounds().getHeight() + 1) {
                assertThat(bars[1].isVisible()).as(screen + ": taller than the window, with a bar to scroll").isTrue();
                someScrolled[0] = true;
            }
            if (page.getWidth() > scroll.getViewportBounds().getWidth() + 1) {
                assertThat(bars[0].isVisible()).as(screen + ": wider than the window, with a bar to scroll").isTrue();
                someScrolled[0] = true;
            }
        });
        assertThat(someScrolled[0]).as("at this size some screen does not fit (else this test proves nothing)").isTrue();
    }

    @Test
    void atTheNormalSizeEveryScreenFitsTheWindowsWidth(FxRobot robot) {
        List<String> wide = new java.util.ArrayList<>();
        visitEveryScreen(robot, TextSize.NORMAL, (screen, scroll, page) -> {
            // with room to spare: names, years and messages loaded later make a screen's widest row wider
            double room = scroll.getViewportBounds().getWidth() * 0.9;
            if (page.minWidth(-1) > room) {
                wide.add(screen + " needs " + Math.round(page.minWidth(-1)) + " px of " + Math.round(room));
            }
        });
        assertThat(wide).as("screens that need sideways scrolling at the normal size").isEmpty();
    }

    /** What is checked on each screen: its menu button, the main window's page scroller, and the page host. */
    @FunctionalInterface
    private interface ScreenCheck {
        void check(String screen, ScrollPane scroll, Region page);
    }

    /** Sets the text size in the app's window, then opens every screen from the menu and checks it. */
    private void visitEveryScreen(FxRobot robot, TextSize size, ScreenCheck check) {
        robot.interact(() -> {
            Styles.apply(stage.getScene(), size);
            stage.setWidth(1200);
            stage.setHeight(740);
        });
        ScrollPane scroll = robot.lookup("#contentScroll").queryAs(ScrollPane.class);
        Region page = robot.lookup("#contentPane").queryAs(Region.class);
        for (String screen : SCREENS) {
            robot.clickOn(screen);
            WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            check.check(screen, scroll, page);
        }
    }

    /** The scroll pane's own bars: horizontal, vertical. */
    private static ScrollBar[] bars(ScrollPane scroll) {
        ScrollBar[] out = new ScrollBar[2];
        for (Node n : scroll.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar) {
                out[bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL ? 0 : 1] = bar;
            }
        }
        return out;
    }
}
