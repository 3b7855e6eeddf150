package vn.sochibo.app;

import java.awt.Desktop;
import java.io.File;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

import atlantafx.base.theme.PrimerLight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sochibo.common.Messages;
import vn.sochibo.core.DataSafety;
import vn.sochibo.core.Services;
import vn.sochibo.storage.DatabaseKey;
import vn.sochibo.ui.Views;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.Preferences;
import vn.sochibo.ui.FxDialogs;
import vn.sochibo.ui.FxFileDialogs;
import vn.sochibo.ui.FxUiExecutor;
import vn.sochibo.ui.Styles;
import vn.sochibo.ui.TextSize;

/**
 * The JavaFX application. A register without a password was opened while the toolkit started ({@link EarlyStart}):
 * the window's first frame is then the main window with its filled member list. Otherwise the window appears
 * with an "opening" note (or asks for the password first), the register opens in the background, then the
 * first-run step or the main window replaces it.
 */
public final class SoChiBoApp extends Application {

    static {
        vn.sochibo.core.BuildInfo.quietLibraries(); // also when started directly by javafx:run
        if (!vn.sochibo.core.LogFiles.configured()) { // started by javafx:run, not the Launcher (which chose the data folder's)
            vn.sochibo.core.LogFiles.configure(DataLocation.resolve(null));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SoChiBoApp.class);

    private Stage stage;
    private volatile Services services;
    private DataLocation location;
    private VBox splash;
    private Label splashLabel;
    private FxUiExecutor executor;
    private Scene scene;
    /** The opening begun by the Launcher ({@link EarlyStart}), or null. */
    private CompletableFuture<OpenedRegister> earlyOpening;
    /** Kept across rebuilds of the window: they remember the folder last chosen. */
    private final FxFileDialogs fileDialogs = new FxFileDialogs(() -> stage, this::currentMessages);

    @Override
    public void start(Stage primaryStage) {
        StartupProbe.mark("fx-start");
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS()); // pre-parsed: no CSS parsing
        DataLocation location = DataLocation.resolve(Launcher.dataDirArgument(getParameters().getRaw()));
        Preferences early = Preferences.load(location.settingsFile());
        Messages messages = Messages.forLanguage(early.get("language", "vi"));
        TextSize size = TextSize.parse(early.get("textSize", TextSize.NORMAL.name()));

        Label opening = new Label(messages.get("app.opening"));
        VBox splash = new VBox(16, opening); // no spinner: its animation costs CPU the start needs (software rendering)
        splash.getStyleClass().add("splash");
        scene = new Scene(splash, 1200, 760);
        Styles.apply(scene, size);
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().add(new Image(SoChiBoApp.class.getResourceAsStream("/vn/sochibo/app/icon-256.png")));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setMaximized(true); // office PCs are often 1366×768: use all of it
        executor = new FxUiExecutor();
        Thread.currentThread().setUncaughtExceptionHandler(new FailureReporter(() -> stage, this::currentMessages));
        this.location = location;
        this.splash = splash;
        this.splashLabel = opening;

        CompletableFuture<OpenedRegister> begun = EarlyStart.take(location);
        this.earlyOpening = begun;
        if (begun != null && begun.isDone() && !begun.isCompletedExceptionally()) {
            try {
                opened(begun.join()); // opened while the toolkit started: the first frame is the main window
            } catch (RuntimeException e) {
                stage.show();
                openFailed(e, messages);
                return;
            }
            stage.show();
            return;
        }
        stage.show();
        StartupProbe.mark("splash-shown");
        if (begun != null) {
            begun.whenComplete((register, failure) -> Platform.runLater(() -> {
                if (failure == null) {
                    opened(register);
                } else {
                    openFailed(failure, messages);
                }
            }));
        } else if (DataSafety.of(location, Clock.systemDefaultZone()).state() == DataSafety.State.PLAIN) {
            openServices(null, messages);
        } else {
            // a new computer (password or not?) or an encrypted register (which password?): ask before opening
            LockViewModel lock = new LockViewModel(DataSafety.of(location, Clock.systemDefaultZone()), executor, messages, key -> {
                scene.setRoot(splash);
                openServices(key, messages);
            });
            Views views = new Views(messages, type -> new LockView(lock, messages, new FxDialogs(() -> stage, messages)));
            scene.setRoot(views.load(LockView.class).root());
            StartupProbe.mark("lock-shown");
        }
    }

    /** Opens the database (in the background) with {@code key}, then shows the first-run step or the main window. */
    private void openServices(DatabaseKey key, Messages messages) {
        executor.submit(progress -> {
            StartupProbe.mark("open-start");
            return OpenedRegister.open(location, key, Clock.systemDefaultZone());
        }, this::opened, failure -> openFailed(failure, messages));
    }

    /** The register is open: the first-run step or the main window, then today's backup (a little later). */
    private void opened(OpenedRegister register) {
        StartupProbe.mark("services-open");
        Services opened = register.services();
        services = opened;
        showContent(register.configured(), register);
        vn.sochibo.common.Problem interrupted = DataSafety.of(location, Clock.systemDefaultZone()).takeRestoreNotice();
        if (interrupted != null) {
            // a restore that a kill or a power cut interrupted was finished or undone at this start: say which
            Messages messages = currentMessages();
            new FxDialogs(() -> stage, messages).info(messages.get("backup.recovered.title"), messages.describe(interrupted));
        }
        if (!StartupProbe.enabled()) {
            // not in the way of the first frames: the clerk sees the window first; skipped when a restore or a
            // new password has reopened the register in the meantime (it makes its own backups)
            PauseTransition later = new PauseTransition(Duration.seconds(3));
            later.setOnFinished(e -> {
                if (services == opened) {
                    executor.submit(progress -> opened.backups().dailyBackup(), taken -> { },
                            failure -> LOG.warn("Daily backup failed", failure));
                }
            });
            later.play();
        }
    }

    private void openFailed(Throwable failure, Messages messages) {
        LOG.error("Opening the register failed", failure); // the message says the details are in the log
        if (services != null) {
            services.close();
            services = null;
        }
        new FxDialogs(() -> stage, messages).error(messages.get("error.title"), messages.describe(failure));
        Platform.exit();
    }

    /**
     * Closes the register for a whole-database change (a restore, putting a password on it): the window shows
     * {@code busyText}, {@code work} runs in the background on the open services (it closes them and returns
     * the key to open with), then the register reopens and the window is rebuilt. If the work fails, the data
     * was left as it was: it reopens with the old key and the error is shown.
     */
    void closeRunAndReopen(String busyText, java.util.function.Function<Services, DatabaseKey> work,
                           java.util.function.Consumer<DatabaseKey> after) {
        Services current = services;
        DatabaseKey oldKey = current.key();
        Messages messages = currentMessages();
        splashLabel.setText(busyText);
        scene.setRoot(splash);
        executor.submit(progress -> {
            DatabaseKey key;
            try {
                key = work.apply(current);
            } catch (RuntimeException e) {
                current.close();
                services = Services.open(location, oldKey, Clock.systemDefaultZone());
                throw e;
            }
            services = Services.open(location, key, Clock.systemDefaultZone());
            return key;
        }, key -> {
            showContent(true, null);
            after.accept(key);
        }, failure -> {
            showContent(true, null);
            new FxDialogs(() -> stage, messages).error(messages.get("error.title"), messages.describe(failure));
        });
    }

    private Messages currentMessages() {
        String language = services == null ? "vi" : services.preferences().get("language", "vi");
        return Messages.forLanguage(language);
    }

    /**
     * Builds the window content in the current language and text size; {@code register}: what was read with the
     * opening, shown at once (null: the screens load their data themselves).
     */
    private void showContent(boolean configured, OpenedRegister register) {
        Messages messages = currentMessages();
        AppContext.Shell shell = new AppContext.Shell(new FxDialogs(() -> stage, messages), fileDialogs,
                () -> showContent(true, null), this::openFolder, this::closeRunAndReopen);
        AppContext context = new AppContext(services, messages, executor, shell,
                register == null ? null : new AppContext.FirstScreen(register.profile(), register.members()));
        Parent root;
        if (configured) {
            root = context.views().load(MainView.class).root();
        } else {
            var firstRun = context.views().load(FirstRunView.class);
            firstRun.view().onFinished(() -> {
                showContent(true, null);
                // the day's backup was skipped while the register was empty: taken now that the data is in
                Services filled = services;
                executor.submit(progress -> filled.backups().dailyBackup(), taken -> { }, failure -> LOG.warn("Daily backup failed", failure));
            });
            root = firstRun.root();
        }
        StartupProbe.mark("views-loaded");
        scene.setRoot(root);
        Styles.apply(scene, TextSize.parse(services.preferences().get("textSize", TextSize.NORMAL.name())));
        stage.setTitle(messages.get("app.title"));
        if (StartupProbe.enabled()) {
            // usable = the first-run form, or the member table filled (the status bar shows the counts)
            if (!configured || !context.statusBar().countsProperty().get().isEmpty()) {
                StartupProbe.readyAfterNextPulse();
            } else {
                context.statusBar().countsProperty().addListener((obs, old, counts) -> StartupProbe.readyAfterNextPulse());
            }
        }
    }

    private void openFolder(String folder) {
        executor.submit(progress -> {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(new File(folder));
                return true;
            }
            return false;
        }, opened -> {
            if (!opened) {
                getHostServices().showDocument(new File(folder).toURI().toString());
            }
        }, failure -> getHostServices().showDocument(new File(folder).toURI().toString()));
    }

    @Override
    public void stop() {
        if (services == null && earlyOpening != null) {
            // closed while the register was still opening (a big register, a migration after an upgrade): let the
            // opening finish, so a migration or its backup is never cut off, then close it
            try {
                earlyOpening.get(2, TimeUnit.MINUTES).services().close();
            } catch (java.util.concurrent.ExecutionException e) {
                // the opening failed: already reported
            } catch (Exception e) {
                LOG.warn("The register opened at start-up could not be closed cleanly", e);
            }
        }
        if (executor != null) {
            executor.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
