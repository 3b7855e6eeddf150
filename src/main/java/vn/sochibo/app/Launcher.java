package vn.sochibo.app;

import javafx.application.Application;

/** Plain main class (not an Application), so the app starts from the classpath and from a jpackage image. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        vn.sochibo.core.BuildInfo.quietLibraries();
        vn.sochibo.core.LogFiles.configure(vn.sochibo.storage.DataLocation.resolve(
                SoChiBoApp.dataDirArgument(java.util.Arrays.asList(args))));
        Application.launch(SoChiBoApp.class, args);
    }
}
