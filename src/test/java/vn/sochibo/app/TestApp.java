package vn.sochibo.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.FxDialogs;
import vn.sochibo.ui.FxUiExecutor;
import vn.sochibo.ui.TestFileDialogs;
import vn.sochibo.ui.Styles;
import vn.sochibo.ui.TextSize;

/**
 * The real app for UI tests: production views and services on a fresh in-memory H2 database with the real
 * migrations, a fixed clock, the real background executor. Dialogs are real JavaFX dialogs.
 */
public final class TestApp {

    private volatile Services services;
    private vn.sochibo.storage.DataLocation location;
    private final TestFileDialogs files = new TestFileDialogs();
    private final FxUiExecutor executor = new FxUiExecutor();
    private final Stage stage;
    private final List<String> openedFolders = new ArrayList<>();
    private AppContext context;

    private TestApp(Stage stage, boolean sample) {
        this(stage, Services.inMemory(TestClocks.FIXED), sample);
    }

    private TestApp(Stage stage, Services services, boolean sample) {
        this.stage = stage;
        this.services = services;
        if (sample) {
            services.samples().load(true);
        }
    }

    /**
     * The main window on a real data folder (with the sample branch), for what needs files: backups, restore,
     * encryption. Whole-database changes close and reopen the register as the app does.
     */
    public static TestApp launchOn(Stage stage, vn.sochibo.storage.DataLocation location) {
        TestApp app = new TestApp(stage, Services.open(location, null, TestClocks.FIXED), true);
        app.location = location;
        app.show(true);
        return app;
    }

    /**
     * A shell for a window that only shows screens: real dialogs, {@code files} for file questions, no rebuild, no
     * folder opened, no whole-database change.
     */
    public static AppContext.Shell shell(Stage stage, Messages messages, vn.sochibo.ui.FileDialogs files) {
        return new AppContext.Shell(new FxDialogs(() -> stage, messages), files, () -> { }, folder -> { },
                (busyText, work, after) -> {
                    throw new IllegalStateException("no whole-database change in this test");
                });
    }

    /** Shows the main window with the sample branch loaded (call from a TestFX @Start method). */
    public static TestApp launch(Stage stage) {
        TestApp app = new TestApp(stage, true);
        app.show(true);
        return app;
    }

    /** Shows the first-run step on an empty database. */
    public static TestApp launchFirstRun(Stage stage) {
        TestApp app = new TestApp(stage, false);
        app.show(false);
        return app;
    }

    private void show(boolean configured) {
        Messages messages = Messages.forLanguage(services.preferences().get("language", "vi"));
        context = new AppContext(services, messages, executor, new AppContext.Shell(new FxDialogs(() -> stage, messages),
                files, () -> show(true), openedFolders::add, (busyText, work, after) -> reopen(messages, work, after)));
        Parent root;
        if (configured) {
            root = context.views().load(MainView.class).root();
        } else {
            var firstRun = context.views().load(FirstRunView.class);
            firstRun.view().onFinished(() -> show(true));
            root = firstRun.root();
        }
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root, 1280, 800));
        } else {
            stage.getScene().setRoot(root);
        }
        Styles.apply(stage.getScene(), TextSize.parse(services.preferences().get("textSize", "NORMAL")));
        stage.show();
    }

    /** Closes the register, runs a whole-database change and opens it again, as the app's window does. */
    private void reopen(Messages messages, java.util.function.Function<Services, vn.sochibo.storage.DatabaseKey> work,
                        java.util.function.Consumer<vn.sochibo.storage.DatabaseKey> after) {
        executor.submit(progress -> {
            Services current = services;
            vn.sochibo.storage.DatabaseKey oldKey = current.key();
            vn.sochibo.storage.DatabaseKey key;
            try {
                key = work.apply(current);
            } catch (RuntimeException e) {
                current.close();
                services = Services.open(location, oldKey, TestClocks.FIXED);
                throw e;
            }
            services = Services.open(location, key, TestClocks.FIXED);
            return key;
        }, key -> {
            show(true);
            after.accept(key);
        }, failure -> {
            show(true);
            new FxDialogs(() -> stage, messages).error(messages.get("error.title"), messages.describe(failure));
        });
    }

    public Services services() {
        return services;
    }

    /** The answer the next file question gets (questions with no answer left are cancelled). */
    public void answerNextSaveWith(java.nio.file.Path file) {
        files.answerNext(file);
    }

    /** The file dialogs of the window: tests set their answers and read the questions asked. */
    public TestFileDialogs files() {
        return files;
    }

    /** The UI composition root of the window shown. */
    public AppContext context() {
        return context;
    }

    public List<String> openedFolders() {
        return openedFolders;
    }

    /**
     * Saves a picture of the window as {@code name}.png in the folder of the system property
     * {@code sochibo.screensOut}; nothing without it. Call from the test thread.
     */
    public void snapshot(String name) {
        Snapshots.save(stage.getScene(), name);
    }

    /** Waits until no background work is running. */
    public void awaitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> executor.runningCount() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Detaches the window's content (so no late event reaches closed services), then closes everything. */
    public void close() {
        try {
            org.testfx.api.FxToolkit.setupFixture(() -> {
                if (stage.getScene() != null) {
                    stage.getScene().setRoot(new javafx.scene.layout.Pane());
                }
            });
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
        executor.close();
        services.close();
    }
}
