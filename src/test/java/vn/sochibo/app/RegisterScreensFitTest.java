package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.io.excel.ImportFiles;
import vn.sochibo.member.MemberEvent;
import vn.sochibo.member.MemberRow;
import vn.sochibo.ui.FxUiExecutor;
import vn.sochibo.ui.Styles;
import vn.sochibo.ui.TextSize;

/**
 * Every screen and dialog of the register (list and details, member form with its errors, event form, correcting
 * an event, the delete question, the import wizard's two pages, the work list, statistics, change log, settings) on
 * a 1280×720 screen in normal, large and largest text: every control lies inside its window (or inside a scroll
 * pane that brings it there) and no label, button, tab or column header is cut short ("Thêm đảng v…"). A dialog is
 * held to the screen's size, as the app does. With {@code -Dsochibo.screensOut=DIR} each screen is also saved as a
 * PNG; {@code -Dsochibo.screenSize=1366x768} checks that size instead.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RegisterScreensFitTest {

    private static final double WIDTH;
    private static final double HEIGHT;

    static {
        String[] size = System.getProperty("sochibo.screenSize", "1280x720").split("x");
        WIDTH = Double.parseDouble(size[0]);
        HEIGHT = Double.parseDouble(size[1]);
    }

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final FxUiExecutor executor = new FxUiExecutor();
    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // the app's theme: its paddings and fonts are what must fit (other UI tests run on JavaFX's own)
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
        services.samples().load(true);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), WIDTH, HEIGHT));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        org.testfx.api.FxToolkit.setupFixture(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            stage.getScene().setRoot(new javafx.scene.layout.Pane());
            javafx.application.Application.setUserAgentStylesheet(null);
        });
        executor.close();
        services.close();
    }

    /** The main window built in this text size, as the app rebuilds it when the clerk changes the size. */
    private void show(TextSize size) {
        Messages messages = Messages.forLanguage("vi");
        vn.sochibo.ui.TestFileDialogs files = new vn.sochibo.ui.TestFileDialogs()
                .answerWith(q -> q.operation().equals("open") ? ImportFiles.path("danh-sach-chi-bo.xlsx") : null);
        context = new AppContext(services, messages, executor, TestApp.shell(stage, messages, files));
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.getScene().setRoot(context.views().load(MainView.class).root());
        Styles.apply(stage.getScene(), size);
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    private void idle() throws TimeoutException {
        waitFor(() -> executor.runningCount() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(TextSize.class)
    void everyRegisterScreenFitsAndNothingIsCutShort(TextSize size, FxRobot robot) throws Exception {
        robot.interact(() -> show(size));
        String tag = (int) WIDTH + "x" + (int) HEIGHT + "-" + size.name().toLowerCase();
        List<String> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        TableView<MemberRow> members = robot.lookup("#memberTable").queryAs(TableView.class);
        waitFor(() -> members.getItems().size() > 30);
        MemberRow chosen = members.getItems().stream().filter(r -> r.member().personalId() != null
                && r.member().partyCardNumber() != null).findFirst().orElseThrow();
        robot.interact(() -> members.getSelectionModel().select(chosen));
        waitFor(() -> robot.lookup("#historyTable").queryAs(TableView.class).getItems().size() > 1);
        idle();
        problems.addAll(check("list", tag, stage.getScene()));

        // the member form, with the errors of an empty save showing
        robot.clickOn("#addMemberButton");
        waitFor(() -> robot.lookup("#fullNameField").tryQuery().isPresent());
        fire(robot, "#saveMemberButton");
        waitFor(() -> !robot.lookup("#errorsLabel").queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        problems.addAll(checkDialog("member-form", tag, "#fullNameField"));
        closeDialog(robot);

        robot.clickOn("#recordEventButton");
        waitFor(() -> robot.lookup("#typeBox").tryQuery().isPresent());
        problems.addAll(checkDialog("event-form", tag, "#typeBox"));
        closeDialog(robot);

        @SuppressWarnings("unchecked")
        TableView<MemberEvent> history = robot.lookup("#historyTable").queryAs(TableView.class);
        robot.interact(() -> history.getSelectionModel().select(history.getItems().size() - 1));
        javafx.application.Platform.runLater(() -> robot.lookup("#amendEventButton").queryButton().fire()); // scrolled below
        waitFor(() -> robot.lookup("#reasonField").tryQuery().isPresent());
        problems.addAll(checkDialog("event-amend", tag, "#reasonField"));
        closeDialog(robot);

        javafx.application.Platform.runLater(() -> robot.lookup("#deleteMemberButton").queryButton().fire());
        waitFor(() -> robot.lookup("#reasonField").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        problems.addAll(checkDialog("question-delete-member", tag, "#reasonField"));
        closeDialog(robot);

        robot.clickOn("#importButton");
        waitFor(() -> robot.lookup("#chooseFileButton").tryQuery().isPresent());
        fire(robot, "#chooseFileButton");
        waitFor(() -> robot.lookup("#mappingTable").queryAs(TableView.class).getItems().size() > 10);
        idle();
        problems.addAll(checkDialog("import-columns", tag, "#mappingTable"));
        fire(robot, "#previewButton");
        waitFor(() -> robot.lookup("#previewTable").queryAs(TableView.class).getItems().size() > 3);
        idle();
        problems.addAll(checkDialog("import-preview", tag, "#previewTable"));
        fire(robot, "#closeImportButton");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#workListButton");
        waitFor(() -> robot.lookup("#workListTable").tryQuery().isPresent());
        idle();
        problems.addAll(checkDialog("work-list", tag, "#workListTable"));
        closeDialog(robot);

        robot.clickOn("#navStatistics");
        waitFor(() -> !robot.lookup("#headlineLabel").queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        idle();
        problems.addAll(check("statistics", tag, stage.getScene()));

        robot.clickOn("#navAudit");
        waitFor(() -> !robot.lookup("#auditTable").queryAs(TableView.class).getItems().isEmpty());
        robot.interact(() -> robot.lookup("#auditTable").queryAs(TableView.class).getSelectionModel().select(0));
        idle();
        problems.addAll(check("audit", tag, stage.getScene()));

        robot.clickOn("#navSettings");
        waitFor(() -> robot.lookup("#branchNameField").tryQuery().isPresent());
        idle();
        problems.addAll(check("settings", tag, stage.getScene()));

        assertThat(problems).as("at %s in %s text", tag, size).isEmpty();
    }

    /** Presses a button inside a dialog wherever the dialog lies on the screen. */
    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    /** The dialog opened last, held to the screen's size as the app holds it, checked. */
    private List<String> checkDialog(String name, String tag, String inside) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = new FxRobot().lookup(inside).query().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> {
            dialog.setWidth(Math.min(dialog.getWidth(), WIDTH));
            dialog.setHeight(Math.min(dialog.getHeight(), HEIGHT));
        });
        WaitForAsyncUtils.waitForFxEvents();
        idle();
        return check(name, tag, dialog.getScene());
    }

    /** Closes the dialog in front as the clerk does with Esc (its cancel button). */
    private static void closeDialog(FxRobot robot) {
        robot.interact(() -> {
            Window front = Window.getWindows().stream().filter(Window::isShowing).reduce((a, b) -> b).orElseThrow();
            front.getScene().getRoot().lookupAll(".button").stream()
                    .filter(n -> n instanceof javafx.scene.control.Button b && b.isCancelButton())
                    .findFirst().ifPresent(b -> ((javafx.scene.control.Button) b).fire());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What is cut off in {@code scene}: controls outside the window, and texts ending in "…". */
    private static List<String> check(String screen, String tag, Scene scene) throws IOException {
        List<String> problems = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        walk(scene.getRoot(), window, false, screen, problems);
        Snapshots.save(scene, screen + "-" + tag);
        return problems;
    }

    private static void walk(Node node, Bounds area, boolean inTable, String screen, List<String> problems) {
        if (!node.isVisible() || node instanceof VirtualFlow<?> || node.getStyleClass().contains("notification-bar")) {
            return; // table rows scroll (their cells wrap or show a tooltip); a hidden message bar is not shown
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && child.getStyleClass().contains("text") && !text.getText().equals(labeled.getText())) {
                    problems.add(screen + ": " + describe(node) + " shows \"" + text.getText() + "\" for \"" + labeled.getText() + "\"");
                }
            }
        }
        if (node instanceof Control && !inTable) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            boolean across = b.getMinX() >= area.getMinX() - 1 && b.getMaxX() <= area.getMaxX() + 1;
            boolean down = area.getHeight() == Double.MAX_VALUE || b.getMaxY() <= area.getMaxY() + 1;
            if (b.getWidth() > 0 && (!across || !down)) {
                problems.add(screen + ": " + describe(node) + " at " + (int) b.getMinX() + "," + (int) b.getMinY() + "–"
                        + (int) b.getMaxX() + "," + (int) b.getMaxY() + " is outside " + (int) area.getMaxX() + "×" + (int) area.getMaxY());
            }
        }
        Bounds inner = area;
        if (node instanceof ScrollPane pane) {
            // inside a scroll pane a control may lie lower (it scrolls there) but not beside the viewport
            Bounds viewport = pane.localToScene(pane.getLayoutBounds());
            inner = new BoundingBox(viewport.getMinX(), viewport.getMinY(), viewport.getWidth(), Double.MAX_VALUE);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, inner, inTable || node instanceof TableView<?>, screen, problems);
            }
        }
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
        return node.getParent() != null && node.getId() == null && node.getParent().getId() != null
                ? id + " in #" + node.getParent().getId() : id;
    }
}
