package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.scene.Parent;
import javafx.scene.Scene;
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

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;
import vn.sochibo.ui.UiExecutor;

/**
 * Opening the main window (the start-up's last step): the background work it starts is held until the test lets
 * it run, so what the clerk sees meanwhile can be checked. The member list loads once (not twice), and the empty
 * table says "loading" until the register has arrived.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowStartTest {

    private final DirectUiExecutor executor = new DirectUiExecutor().hold();
    private Services services;

    @Start
    void start(Stage stage) {
        services = sampleBranch();
        show(stage, context(services, executor, stage).views().load(MainView.class).root());
    }

    /** A sample branch in memory (the caller closes it). */
    static Services sampleBranch() {
        Services services = Services.inMemory(TestClocks.FIXED);
        services.samples().load(true);
        return services;
    }

    /** The app's context in Vietnamese with {@code executor} for background work. */
    static AppContext context(Services services, UiExecutor executor, Stage stage) {
        Messages messages = Messages.forLanguage("vi");
        return new AppContext(services, messages, executor, TestApp.shell(stage, messages, new vn.sochibo.ui.TestFileDialogs()));
    }

    static void show(Stage stage, Parent root) {
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theMemberListLoadsOnceAndSaysLoadingUntilItArrives(FxRobot robot) {
        // the branch name and the member list: one background job each (the list was once loaded twice)
        assertThat(executor.heldCount()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#memberTable").queryAs(TableView.class);
        Label empty = (Label) table.getPlaceholder();
        assertThat(table.getItems()).isEmpty();
        assertThat(empty.getText()).isEqualTo("Đang tải danh sách đảng viên…");

        robot.interact(executor::runHeld);
        long onRegister = services.members().list().stream().filter(m -> m.status().onRegister()).count();
        assertThat(onRegister).isPositive();
        assertThat(table.getItems()).hasSize((int) onRegister);
        // with members in the register, an empty table would mean the filters hide them all: it says so
        assertThat(empty.getText()).startsWith("Không có đảng viên nào khớp");
        assertThat(executor.submittedCount()).as("nothing loads again").isEqualTo(2);
    }
}
