package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.YearRecord;
import vn.sochibo.evaluation.service.EntryState;
import vn.sochibo.evaluation.service.YearDetail;

/**
 * The evaluation screen on the sample branch: the finished 2025 and its sentence, a new year opened for another chi
 * bộ, a member's points typed from the keyboard with the grade worked out as they are typed, a refused entry, save
 * and next, the "Chi bộ" page, the documents and the statistics by year.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EvaluationFlowTest {

    private static final String IT = "Chi bộ Trung tâm Công nghệ thông tin";
    private static final KeyCodeCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination SAVE_NEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    @TempDir
    Path dir;
    private TestApp app;
    private Stage stage;
    private final Deque<Path> saveAnswers = new ArrayDeque<>();

    /** Loads the sample once before the window starts, so a cold JVM does not run past the window's setup time. */
    @BeforeAll
    static void warmUp() {
        try (vn.sochibo.core.Services services = vn.sochibo.core.Services.inMemory(vn.sochibo.TestClocks.FIXED)) {
            services.samples().load(true);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.launch(stage);
        app.files().answerWith(q -> saveAnswers.poll());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    private static <T> T node(FxRobot robot, String id) {
        return (T) robot.lookup(id).query();
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Label l ? l.getText() : ((TextField) node).getText();
    }

    /** Scrolls the form so the node is on screen, as the clerk would. */
    private static void reveal(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                    double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                    double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - scroll.getViewportBounds().getHeight() / 3) / room)));
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void click(FxRobot robot, String id) {
        reveal(robot, id);
        robot.clickOn(id);
    }

    private static void typeInto(FxRobot robot, String id, String text) {
        click(robot, id);
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).clear());
        robot.write(text);
    }

    private void snapshot(FxRobot robot, String name) {
        Snapshots.save(robot, stage, name);
    }

    private YearDetail stored(String issuer, int year) {
        long id = app.services().evaluations().years(issuer).stream().filter(y -> y.year() == year).findFirst()
                .map(YearRecord::id).orElseThrow();
        return app.services().evaluations().detail(id);
    }

    private static EntryState byName(YearDetail detail, String name) {
        return detail.entries().stream().filter(e -> e.entry().fullName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anEvaluationYearFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#navEvaluation");
        TableView<EntryState> table = node(robot, "#entryTable");
        ComboBox<YearRecord> years = node(robot, "#yearCombo");
        waitFor(() -> table.getItems().size() == 11 && years.getItems().size() == 2);

        // the finished year: its sentence for the report
        robot.interact(() -> years.getSelectionModel().select(years.getItems().stream()
                .filter(y -> y.year() == 2025).findFirst().orElseThrow()));
        waitFor(() -> text(robot, "#sentenceLabel").contains("100% hoàn thành nhiệm vụ trở lên, 90% hoàn thành tốt nhiệm vụ trở lên"));
        snapshot(robot, "evaluation-1-finished-year");

        // a new year for another chi bộ
        ComboBox<String> issuers = node(robot, "#issuerCombo");
        robot.interact(() -> issuers.setValue(IT));
        waitFor(() -> table.getItems().isEmpty() && years.getItems().isEmpty());
        typeInto(robot, "#newYearField", "2026");
        robot.clickOn("#openYearButton");
        waitFor(() -> table.getItems().size() == 12);
        assertThat(text(robot, "#messageLabel")).contains("2026").contains(IT);

        // a member's points from the keyboard: choose the row, Enter goes to the form
        int long_ = indexOf(table, "Nguyễn Đức Long");
        robot.interact(() -> table.getSelectionModel().select(long_));
        robot.clickOn("#entryTable");
        robot.interact(() -> table.getSelectionModel().select(long_));
        robot.type(KeyCode.ENTER);
        ComboBox<?> form = node(robot, "#formCombo");
        waitFor(form::isFocused);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        typeInto(robot, "#commonField", "31");
        typeInto(robot, "#tasksField", "64");
        robot.push(SAVE);
        waitFor(() -> text(robot, "#problemLabel").contains("Điểm tiêu chí chung: “31” phải từ 0 đến 30."));
        assertThat(byName(stored(IT, 2026), "Nguyễn Đức Long").entry().draft().score().empty()).isTrue();

        typeInto(robot, "#commonField", "27,5");
        typeInto(robot, "#completedField", "100");
        typeInto(robot, "#onTimeField", "100");
        typeInto(robot, "#exceedingField", "35");
        CheckBox fixed = node(robot, "#fixedCheck");
        robot.interact(() -> {
            fixed.setIndeterminate(false);
            fixed.setSelected(true);
        });
        waitFor(() -> text(robot, "#computedLabel").contains("91,5") && text(robot, "#computedLabel").contains("Hoàn thành xuất sắc nhiệm vụ"));
        click(robot, "#proposeComputedButton");
        typeInto(robot, "#votesForField", "9");
        snapshot(robot, "evaluation-2-member-form");
        robot.push(SAVE);
        waitFor(() -> byName(stored(IT, 2026), "Nguyễn Đức Long").entry().draft().proposed() == Grade.HTXS);
        EntryState saved = byName(stored(IT, 2026), "Nguyễn Đức Long");
        assertThat(saved.entry().draft().score().total()).isEqualByComparingTo("91.5");
        assertThat(saved.entry().draft().formKind()).isNotNull();
        waitFor(() -> text(robot, "#problemLabel").isEmpty() && table.getSelectionModel().getSelectedIndex() == long_);

        // save and go to the next member
        robot.push(SAVE_NEXT);
        waitFor(() -> table.getSelectionModel().getSelectedIndex() == long_ + 1);

        // the "Chi bộ" page: N of the vote and the checklist, saved at once
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        typeInto(robot, "#voteBaseField", "10");
        ComboBox<Boolean> first = node(robot, "#checklistResult0");
        robot.interact(() -> first.setValue(true));
        click(robot, "#saveYearButton");
        waitFor(() -> Integer.valueOf(10).equals(stored(IT, 2026).year().header().voteBase()));
        assertThat(stored(IT, 2026).checklist().get(0).achieved()).isTrue();
        snapshot(robot, "evaluation-3-branch-page");

        // the documents
        Path list = dir.resolve("danh-sach.xlsx");
        Path report = dir.resolve("bao-cao.docx");
        saveAnswers.add(list);
        robot.clickOn("#exportListButton");
        waitFor(() -> Files.exists(list));
        saveAnswers.add(report);
        robot.clickOn("#exportReportButton");
        waitFor(() -> Files.exists(report) && text(robot, "#messageLabel").contains("bao-cao.docx"));

        // the statistics by year
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        TableView<String[]> history = node(robot, "#historyTable");
        waitFor(() -> history.getItems().size() == 1 && history.getItems().get(0)[0].equals("2026"));
        snapshot(robot, "evaluation-4-statistics");
    }

    private static int indexOf(TableView<EntryState> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).entry().fullName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }
}
