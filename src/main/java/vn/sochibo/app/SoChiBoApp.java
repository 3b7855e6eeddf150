package vn.sochibo.app;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.Preferences;
import vn.sochibo.ui.FxDialogs;
import vn.sochibo.ui.FxUiExecutor;
import vn.sochibo.ui.Styles;
import vn.sochibo.ui.TextSize;

/**
 * The JavaFX application. The window appears at once with a "opening" note; the database opens in the
 * background, then the first-run step or the main window replaces it.
 */
public final class SoChiBoApp extends Application {

    static {
        vn.sochibo.core.BuildInfo.quietLibraries(); // also when started directly by javafx:run
        vn.sochibo.core.LogFiles.configure(DataLocation.resolve(null)); // no-op when the Launcher already did
    }

    private static final Logger LOG = LoggerFactory.getLogger(SoChiBoApp.class);

    private Stage stage;
    private Services services;
    private FxUiExecutor executor;
    private Scene scene;

    @Override
    public void start(Stage primaryStage) {
        StartupProbe.mark("fx-start");
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS()); // pre-parsed: no CSS parsing
        DataLocation location = DataLocation.resolve(dataDirArgument(getParameters().getRaw()));
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
        stage.show();
        StartupProbe.mark("splash-shown");

        executor = new FxUiExecutor();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            // the work in progress stays on screen: only this action failed, and nothing half-done was committed
            LOG.error("Uncaught exception on the FX thread", e);
            new FxDialogs(() -> stage, currentMessages()).failure(currentMessages().get("error.title"), currentMessages().describe(e), e);
        });
        executor.submit(progress -> {
            StartupProbe.mark("open-start");
            Services opened = Services.open(location, Clock.systemDefaultZone());
            StartupProbe.mark("services-open");
            boolean configured = opened.branch().profile().isPresent();
            return new Opened(opened, configured);
        }, opened -> {
            services = opened.services();
            showContent(opened.configured());
            if (!StartupProbe.enabled()) {
                executor.submit(progress -> services.dailyBackup(), taken -> { }, failure -> LOG.warn("Daily backup failed", failure));
            }
        }, failure -> {
            new FxDialogs(() -> stage, messages).error(messages.get("error.title"), messages.describe(failure));
            Platform.exit();
        });
    }

    private record Opened(Services services, boolean configured) {
    }

    private Messages currentMessages() {
        String language = services == null ? "vi" : services.preferences().get("language", "vi");
        return Messages.forLanguage(language);
    }

    /** Builds the window content in the current language and text size. */
    private void showContent(boolean configured) {
        Messages messages = currentMessages();
        AppContext context = new AppContext(services, messages, executor, new FxDialogs(() -> stage, messages),
                () -> showContent(true), this::openFolder);
        context.setSaveFiles(new vn.sochibo.ui.FxSaveFilePort(() -> stage));
        Parent root;
        if (configured) {
            root = context.views().load(MainView.class).root();
        } else {
            var firstRun = context.views().load(FirstRunView.class);
            firstRun.view().onFinished(() -> showContent(true));
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
        if (executor != null) {
            executor.close();
        }
        if (services != null) {
            services.close();
        }
    }

    /** {@code --data-dir DIR} or {@code --data-dir=DIR} among the program arguments, or null. */
    static Path dataDirArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--data-dir=")) {
                return Paths.get(arg.substring("--data-dir=".length()));
            }
            if (arg.equals("--data-dir") && i + 1 < args.size()) {
                return Paths.get(args.get(i + 1));
            }
        }
        return null;
    }
}
