package vn.sochibo.app;

import javafx.application.Application;

/** Plain main class (not an Application), so the app starts from the classpath and from a jpackage image. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && CdsArchive.ARGUMENT.equals(args[0])) {
            System.exit(CdsArchive.make()); // hidden: the build and the installers make the start-up archive
        }
        vn.sochibo.core.BuildInfo.quietLibraries();
        vn.sochibo.storage.DataLocation location = vn.sochibo.storage.DataLocation.resolve(
                SoChiBoApp.dataDirArgument(java.util.Arrays.asList(args)));
        vn.sochibo.core.LogFiles.configure(location);
        // after the log file is set (libraries create their loggers): both run while the toolkit starts
        boolean opening = EarlyStart.begin(location);
        StartupPreloader.start(!opening);
        Application.launch(SoChiBoApp.class, args);
        if (!StartupProbe.enabled()) {
            CdsArchive.makeInBackgroundIfNeeded(); // a copy installed or moved elsewhere makes its own, once
        }
    }
}
