import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up measurement (installer/measure-startup.sh), not part of the product: the smallest
 * JavaFX window, packaged by the script with the app's runtime, jars and launcher options. Like the app under
 * SOCHIBO_STARTUP_PROBE=1, it prints "STARTUP-READY epoch-ms" once its first frame has been rendered and quits.
 */
public final class StartupFloor extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("startup floor")), 1200, 760));
        stage.setTitle("startup floor");
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    System.out.println("STARTUP-READY " + System.currentTimeMillis());
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}

/** Plain main class (an Application subclass cannot be the main class with JavaFX on the class path). */
final class StartupFloorLauncher {

    public static void main(String[] args) {
        Application.launch(StartupFloor.class, args);
    }
}
