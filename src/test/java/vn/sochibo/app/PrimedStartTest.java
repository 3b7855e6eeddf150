package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

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

import vn.sochibo.core.Services;
import vn.sochibo.member.MemberListViewModel;
import vn.sochibo.ui.DirectUiExecutor;

/**
 * The start-up path: the register's first screen was read together with its opening (on a worker, while the
 * toolkit started), so the main window's very first frame has the branch name and the filled member table, with
 * no background job; the clerk's next visit to the list loads it again as usual.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PrimedStartTest {

    private final DirectUiExecutor executor = new DirectUiExecutor().hold();
    private Services services;
    private MainView main;

    @Start
    void start(Stage stage) {
        services = MainWindowStartTest.sampleBranch();
        vn.sochibo.common.Messages messages = vn.sochibo.common.Messages.forLanguage("vi");
        AppContext context = new AppContext(services, messages, executor, TestApp.shell(stage, messages, new vn.sochibo.ui.TestFileDialogs()),
                new AppContext.FirstScreen(services.branch().profile(), MemberListViewModel.load(services.members())));
        var loaded = context.views().load(MainView.class);
        main = loaded.view();
        MainWindowStartTest.show(stage, loaded.root());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFirstFrameHasTheBranchAndTheFilledTableWithoutABackgroundJob(FxRobot robot) {
        assertThat(executor.heldCount()).as("nothing left to load").isZero();
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#memberTable").queryAs(TableView.class);
        long onRegister = services.members().list().stream().filter(m -> m.status().onRegister()).count();
        assertThat(onRegister).isPositive();
        assertThat(table.getItems()).hasSize((int) onRegister);
        String branch = services.branch().profile().orElseThrow().branchName();
        assertThat(robot.lookup(".nav-branch").queryAs(Label.class).getText()).isEqualTo(branch);
        assertThat(robot.lookup(".status-bar .label").queryAs(Label.class).getText()).isNotBlank();

        // the next visit to the list reads the register again (the priming is used once)
        robot.interact(() -> main.select(MainView.Screen.MEMBERS));
        assertThat(executor.heldCount()).isEqualTo(1);
        robot.interact(executor::runHeld);
        assertThat(table.getItems()).hasSize((int) onRegister);
    }

    @Test
    void theFirstFrameShowsTheRemindersThatAreDueAndTheSubBranches(FxRobot robot) {
        MemberListViewModel.Loaded loaded = MemberListViewModel.load(services.members());
        assertThat(loaded.reminders()).as("the sample branch has reminders due").isNotEmpty();
        javafx.scene.layout.VBox box = robot.lookup("#reminderBox").queryAs(javafx.scene.layout.VBox.class);
        assertThat(box.getChildren()).filteredOn(n -> n instanceof javafx.scene.control.Hyperlink)
                .hasSize(Math.min(30, loaded.reminders().size()));
        assertThat(robot.lookup("#noRemindersLabel").tryQuery()).isEmpty();
        assertThat(robot.lookup("#subBranchFilterBox").queryAs(javafx.scene.control.ComboBox.class).getItems())
                .hasSize(loaded.subBranches().size() + 1);
    }
}
