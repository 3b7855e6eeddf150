package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.ui.Styles;
import vn.sochibo.ui.TextSize;

/**
 * The meetings, congress and admission screens on the smallest office screen we support, 1280×720 (a 1366×768
 * laptop has more room on both sides), normal and large text: every control of the
 * flow lies inside the window (horizontally always; vertically either on screen or in a scroll pane that brings
 * it there) and takes the keyboard focus.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScreensFitTest {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;

    private static final List<List<String>> MEETING_TABS = List.of(
            List.of("#typeCombo", "#subjectField", "#numberField"),
            List.of("#rollTable", "#attendanceCombo", "#reasonField", "#applyAttendanceButton"),
            List.of("#agendaList", "#newItemField", "#addItemButton", "#removeItemButton", "#saveTemplateButton",
                    "#itemTitleField", "#reportArea", "#speakersArea", "#conclusionArea", "#applyItemButton"),
            List.of("#resolutionTable", "#resolutionKindCombo", "#resolutionContentField", "#votesForField",
                    "#votesAgainstField", "#votesOtherField", "#addResolutionButton", "#removeResolutionButton"),
            List.of("#carriedTable", "#markDoneButton", "#carryButton", "#assignmentTable", "#assigneeField",
                    "#taskField", "#dueField", "#addAssignmentButton", "#removeAssignmentButton"));
    private static final List<String> MEETING_ALWAYS = List.of("#newIssuerCombo", "#newTypeCombo", "#newDateField",
            "#newMeetingButton", "#bookButton", "#meetingTable", "#saveButton", "#exportButton", "#deleteButton",
            "#navSettings");

    private static final List<List<String>> ELECTION_TABS = List.of(
            List.of("#rollTable", "#attendanceBox", "#setAttendanceButton"),
            List.of("#officeKindBox", "#seatsField", "#alternatesField", "#handsForField", "#handsAgainstField",
                    "#addOfficeButton", "#officeBox", "#candidateTable", "#nomineeBox", "#nominateButton",
                    "#floorVotesField", "#nominateFloorButton", "#withdrawButton"),
            List.of("#issuedField", "#totalsOnlyCheck", "#openRoundButton", "#printBallotsButton", "#entry1Radio",
                    "#entry2Radio", "#entryField", "#enterButton", "#disagreementList", "#fixButton",
                    "#closingCollectedField", "#closingRecordField", "#endedAtField", "#shortfallField", "#countButton"),
            List.of("#roundBox", "#resultTable", "#voteAgainButton", "#stopButton", "#exportRecordButton",
                    "#exportTallyButton", "#exportLogButton"));
    private static final List<String> ELECTION_ALWAYS = List.of("#congressBox", "#newCongressPane", "#navSettings");

    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.launch(stage);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void textSize(FxRobot robot, TextSize size) {
        robot.interact(() -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            Styles.apply(stage.getScene(), size);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(value = TextSize.class, names = {"NORMAL", "LARGE"})
    void theMeetingsScreenFits(TextSize size, FxRobot robot) throws Exception {
        textSize(robot, size);
        robot.clickOn("#navMeetings");
        TableView<?> meetings = robot.lookup("#meetingTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> meetings.getItems().size() == 4);
        robot.interact(() -> meetings.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#subjectField").queryAs(TextField.class).getText().isEmpty());
        app.awaitIdle();
        List<String> problems = new ArrayList<>(check(robot, MEETING_ALWAYS));
        for (int tab = 0; tab < MEETING_TABS.size(); tab++) {
            int index = tab;
            robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(check(robot, MEETING_TABS.get(tab)));
            snapshot("meetings-" + size.name().toLowerCase() + "-" + tab);
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TextSize.class, names = {"NORMAL", "LARGE"})
    void theCongressScreenFits(TextSize size, FxRobot robot) throws Exception {
        textSize(robot, size);
        List<String> board = vn.sochibo.election.service.CongressFixture.board(app.services());
        long congress = app.services().congresses().create(new vn.sochibo.election.CongressDraft("2025-2030",
                vn.sochibo.TestClocks.TODAY, "Hội trường tầng 3", 1, board.get(0), board.subList(1, board.size())));
        robot.clickOn("#navElections");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#congressBox")
                .queryAs(javafx.scene.control.ComboBox.class).getItems().isEmpty());
        app.awaitIdle();
        assertThat(congress).isPositive();
        List<String> problems = new ArrayList<>(check(robot, ELECTION_ALWAYS));
        for (int tab = 0; tab < ELECTION_TABS.size(); tab++) {
            int index = tab;
            robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(check(robot, ELECTION_TABS.get(tab)));
            // every table of the tab (each an included view) says "empty" in the interface's words, not JavaFX's
            assertThat(robot.lookup(".table-view").queryAllAs(javafx.scene.control.TableView.class))
                    .isNotEmpty().allSatisfy(t -> assertThat(t.getPlaceholder()).isInstanceOfSatisfying(
                            javafx.scene.control.Label.class, l -> assertThat(l.getText()).doesNotContain("No content")));
            snapshot("congress-" + size.name().toLowerCase() + "-" + tab);
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TextSize.class, names = {"NORMAL", "LARGE"})
    void theAdmissionScreenFits(TextSize size, FxRobot robot) throws Exception {
        textSize(robot, size);
        robot.clickOn("#navAdmissions");
        TableView<vn.sochibo.admission.CandidateSummary> list = robot.lookup("#candidateTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 7);
        // the fullest file: a candidate voted on, with an accepted check and notes on its lines
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(r -> r.fullName().equals("Lê Văn Hậu")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#checklistTable").queryAs(TableView.class).getItems().isEmpty());
        app.awaitIdle();
        List<String> problems = new ArrayList<>(check(robot, List.of("#searchField", "#closedCheck", "#followButton",
                "#addButton", "#candidateTable", "#editButton", "#checklistTable", "#stepButton", "#introducerButton",
                "#verificationButton", "#replyButton", "#voteButton", "#documentButton", "#moreButton", "#navSettings")));
        snapshot("admission-" + size.name().toLowerCase());
        assertThat(problems).isEmpty();
    }

    /** What keeps a control from being reached: outside the window, or not taking the keyboard focus. */
    private List<String> check(FxRobot robot, List<String> ids) {
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            Node node = robot.lookup(id).tryQuery().orElse(null);
            if (node == null) {
                problems.add(id + ": missing");
                continue;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getMinX() < -0.5 || b.getMaxX() > WIDTH + 0.5 || b.getWidth() < 1) {
                problems.add(id + ": outside the window horizontally " + b);
            }
            if (b.getMaxY() > HEIGHT + 0.5 && scrollPaneAround(node) == null) {
                problems.add(id + ": below the window and in no scroll pane " + b);
            }
            if (node instanceof Control control && !control.isFocusTraversable()) {
                problems.add(id + ": not reachable with Tab");
            }
        }
        return problems;
    }

    /**
     * The scroll pane that brings {@code node} into the window: the nearest around it, or the main window's page
     * scroller, which counts only while it shows its vertical bar (the clerk sees there is more below).
     */
    private static ScrollPane scrollPaneAround(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane) {
                Bounds viewport = pane.localToScene(pane.getLayoutBounds());
                boolean fits = viewport.getMaxY() <= HEIGHT + 0.5 && viewport.getHeight() > 40;
                if ("contentScroll".equals(pane.getId())) {
                    return fits && verticalBarShown(pane) ? pane : null;
                }
                if (fits) {
                    return pane;
                }
                // a scroll pane reaching below the window brings nothing into it: look further out
            }
        }
        return null;
    }

    private static boolean verticalBarShown(ScrollPane pane) {
        return pane.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof javafx.scene.control.ScrollBar bar
                && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.isVisible());
    }

    private void snapshot(String name) throws IOException {
        Snapshots.save(stage.getScene(), name);
    }
}
