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
        vn.sochibo.core.LogFiles.configure(vn.sochibo.storage.DataLocation.resolve(
                SoChiBoApp.dataDirArgument(java.util.Arrays.asList(args))));
        StartupPreloader.start(); // after the log file is set (libraries create their loggers): warms up while the toolkit starts
        Application.launch(SoChiBoApp.class, args);
        if (!StartupProbe.enabled()) {
            CdsArchive.makeInBackgroundIfNeeded(); // a copy installed or moved elsewhere makes its own, once
        }
    }
}
