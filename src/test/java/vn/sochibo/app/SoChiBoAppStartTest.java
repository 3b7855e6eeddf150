package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.storage.DataLocation;

/**
 * The real application class on a real data folder: a register without a password opens straight into the main
 * window with the filled member list, whether the Launcher began opening it while the toolkit started
 * ({@link EarlyStart}) or the window opens it itself; closing the app closes the register.
 */
@Tag("ui")
class SoChiBoAppStartTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Thread.UncaughtExceptionHandler fxHandler;
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        // the app's static set-up would otherwise choose the default data folder's log for this JVM
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        }
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void sampleBranch() throws Exception {
        try (Services services = Services.open(DataLocation.at(dir), TestClocks.FIXED)) {
            services.samples().load(true);
        }
        fxHandler = WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().getUncaughtExceptionHandler()).get();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app); // stop(): closes the register
        }
        // the app installs its error reporter on the FX thread: give the next tests their own again
        Thread.UncaughtExceptionHandler previous = fxHandler;
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(previous)).get();
        // and the shared primary stage as the other UI tests expect it (the app maximised it, gave it minimum sizes)
        javafx.stage.Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setMaximized(false);
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.getIcons().clear();
        }).get();
        // closed: the folder opens again, and the next test's temporary folder can be removed
        try (Services again = Services.open(DataLocation.at(dir), TestClocks.FIXED)) {
            assertThat(again.members().list()).hasSize(36);
        }
    }

    @Test
    void opensStraightIntoTheFilledMemberListWhenTheLauncherBeganTheOpening() throws Exception {
        assertThat(EarlyStart.begin(DataLocation.at(dir))).isTrue();
        app = FxToolkit.setupApplication(SoChiBoApp.class, "--data-dir", dir.toString());
        assertTheFilledMemberList();
    }

    @Test
    void opensTheRegisterItselfWhenNothingWasBegun() throws Exception {
        app = FxToolkit.setupApplication(SoChiBoApp.class, "--data-dir=" + dir);
        assertTheFilledMemberList();
    }

    private void assertTheFilledMemberList() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#memberTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 33).orElse(false));
        assertThat(robot.lookup(".status-bar .label").queryAs(Label.class).getText()).isEqualTo("33 đảng viên, 03 dự bị");
        assertThat(robot.lookup(".nav-branch").queryAs(Label.class).getText()).isNotBlank();
    }
}
