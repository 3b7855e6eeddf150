package vn.sochibo.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The class-data-sharing archive of the packaged app: {@code sochibo.jsa} beside the jars, made from
 * {@code sochibo.classlist} (the classes a real start-up loads, recorded at build time; see installer/README.md).
 * Every launcher maps it with {@code -Xshare:auto}, so a missing or unusable archive only makes the start slower.
 * <p>
 * A JDK 17 archive is valid only for the exact jar paths it was made with, so the archive made at build time
 * serves the app-image where it was built; an installed copy makes its own: the Linux package's post-install
 * script runs {@code SoChiBo --cds-archive}, and a copy that finds itself without a usable archive in a folder it
 * may write (a Windows per-user install, a moved app-image) starts that same step once, in the background, after
 * the window has closed.
 */
final class CdsArchive {

    static final String ARCHIVE = "sochibo.jsa";
    static final String CLASS_LIST = "sochibo.classlist";
    /** Where (folder and JVM build) the last attempt was made: one attempt per install location, not one per start. */
    static final String ATTEMPT = "sochibo.jsa.attempt";
    /** The hidden launcher argument that makes the archive and exits (no window, no data folder). */
    static final String ARGUMENT = "--cds-archive";

    private CdsArchive() {
    }

    /** The folder of the app's jars when running from a packaged image (a jpackage launcher), else null. */
    static Path appDirectory() {
        if (System.getProperty("jpackage.app-path") == null) {
            return null;
        }
        try {
            Path jar = Paths.get(CdsArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? jar.getParent() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** True when this JVM maps a class-data-sharing archive (HotSpot says "sharing" in java.vm.info). */
    static boolean sharing() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }

    /** What the attempt file holds for this folder and JVM. */
    static String attemptKey(Path appDir) {
        return appDir.toAbsolutePath() + "\n" + System.getProperty("java.vm.version", "");
    }

    /**
     * True when this copy should make its archive: it runs without one, it ships the class list, it may write
     * its own folder, and no attempt was made yet for this folder and JVM.
     */
    static boolean needed(Path appDir, boolean sharing) {
        if (appDir == null || sharing || !Files.isRegularFile(appDir.resolve(CLASS_LIST)) || !Files.isWritable(appDir)) {
            return false;
        }
        try {
            Path attempt = appDir.resolve(ATTEMPT);
            return !Files.exists(attempt) || !Files.readString(attempt, StandardCharsets.UTF_8).equals(attemptKey(appDir));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * After the app has closed: when {@link #needed}, starts {@code <launcher> --cds-archive} as a separate
     * process that outlives this one. Never throws: the archive is an optimisation.
     */
    static void makeInBackgroundIfNeeded() {
        Path appDir = appDirectory();
        if (!needed(appDir, sharing())) {
            return;
        }
        try {
            Files.writeString(appDir.resolve(ATTEMPT), attemptKey(appDir), StandardCharsets.UTF_8);
            ProcessBuilder maker = new ProcessBuilder(System.getProperty("jpackage.app-path"), ARGUMENT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            asFreshLaunch(maker);
            maker.start();
        } catch (IOException | RuntimeException e) {
            // no archive: the next start is as slow as this one, nothing worse
        }
    }

    /**
     * The {@code --cds-archive} step: runs this launcher once more with {@code -Xshare:dump} over the class list
     * (options through {@code _JAVA_OPTIONS}, which take precedence over the launcher's own), into a temporary
     * file that replaces {@code sochibo.jsa} only when complete. Relative paths from the app folder keep the
     * options free of spaces and non-ASCII user names. Returns the exit status for the launcher.
     */
    static int make() {
        Path appDir = appDirectory();
        String launcher = System.getProperty("jpackage.app-path");
        if (appDir == null || !Files.isRegularFile(appDir.resolve(CLASS_LIST))) {
            System.err.println("CDS archive: not a packaged app, or no " + CLASS_LIST);
            return 2;
        }
        Path temporary = appDir.resolve(ARCHIVE + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            ProcessBuilder dump = new ProcessBuilder(List.of(launcher)).directory(appDir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            asFreshLaunch(dump);
            dump.environment().put("_JAVA_OPTIONS", String.join(" ", dumpOptions(temporary.getFileName().toString())));
            Process process = dump.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                System.err.println("CDS archive: the dump did not finish in 10 minutes");
                return 1;
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(temporary) || Files.size(temporary) == 0) {
                System.err.println("CDS archive: the dump failed (exit " + process.exitValue() + ")");
                Files.deleteIfExists(temporary);
                return 1;
            }
            Files.move(temporary, appDir.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(appDir.resolve(ATTEMPT), attemptKey(appDir), StandardCharsets.UTF_8);
            return 0;
        } catch (IOException e) {
            System.err.println("CDS archive: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * The Linux launcher starts itself a second time with {@code _JPACKAGE_LAUNCHER} set for that second stage; a
     * launcher started from inside the app must not inherit it, or it skips its configuration (class path
     * included).
     */
    static void asFreshLaunch(ProcessBuilder builder) {
        builder.environment().remove("_JPACKAGE_LAUNCHER");
    }

    /** The JVM options of the dump, relative to the app folder (the working directory of the dump). */
    static List<String> dumpOptions(String archiveName) {
        return List.of("-Xshare:dump", "-XX:SharedClassListFile=" + CLASS_LIST, "-XX:SharedArchiveFile=" + archiveName);
    }
}
