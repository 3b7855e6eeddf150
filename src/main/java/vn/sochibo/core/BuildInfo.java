package vn.sochibo.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and build date, filled in by Maven resource filtering. */
public record BuildInfo(String version, String buildDate) {

    /**
     * Quietens third-party start-up noise (jOOQ's banner and tips, INFO logging) for every entry point.
     * Must run before those libraries load; explicit -D settings win.
     */
    public static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        // "H2 2.4.240 is newer than Flyway has verified": known and harmless (STACK.md gotcha 10)
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb.core.internal.database.base.Database",
                System.getProperty("org.slf4j.simpleLogger.log.org.flywaydb.core.internal.database.base.Database", "error"));
    }

    public static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/vn/sochibo/app/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "dev"
        }
        return new BuildInfo(p.getProperty("version", "dev"), p.getProperty("buildDate", ""));
    }
}
