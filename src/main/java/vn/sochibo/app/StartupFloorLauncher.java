package vn.sochibo.app;

import javafx.application.Application;

/** Plain main class of {@link StartupFloor} (an Application subclass cannot be the main class on the classpath). */
public final class StartupFloorLauncher {

    private StartupFloorLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(StartupFloor.class, args);
    }
}
