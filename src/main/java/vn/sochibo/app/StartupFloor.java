package vn.sochibo.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up measurement: the smallest JavaFX window, packaged exactly like the app (same
 * runtime, same jar, its own launcher). installer/measure-startup.sh compares the app against it.
 */
public final class StartupFloor extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("startup floor")), 1200, 760)); // never seen by a clerk
        stage.setTitle("startup floor");
        stage.show();
        if (StartupProbe.enabled()) {
            StartupProbe.readyAfterNextPulse();
        }
    }
}
