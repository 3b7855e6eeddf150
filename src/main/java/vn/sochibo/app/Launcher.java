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
        // not SoChiBoApp's: touching that class runs its static set-up, which would choose the default folder's log
        vn.sochibo.storage.DataLocation location = vn.sochibo.storage.DataLocation.resolve(
                dataDirArgument(java.util.Arrays.asList(args)));
        vn.sochibo.core.LogFiles.configure(location);
        // after the log file is set (libraries create their loggers): both run while the toolkit starts
        boolean opening = EarlyStart.begin(location);
        StartupPreloader.start(!opening);
        Application.launch(SoChiBoApp.class, args);
        if (!StartupProbe.enabled()) {
            CdsArchive.makeInBackgroundIfNeeded(); // a copy installed or moved elsewhere makes its own, once
        }
    }

    /** {@code --data-dir DIR} or {@code --data-dir=DIR} among the program arguments, or null. */
    static java.nio.file.Path dataDirArgument(java.util.List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--data-dir=")) {
                return java.nio.file.Paths.get(arg.substring("--data-dir=".length()));
            }
            if (arg.equals("--data-dir") && i + 1 < args.size()) {
                return java.nio.file.Paths.get(args.get(i + 1));
            }
        }
        return null;
    }
}
