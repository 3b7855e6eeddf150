package vn.sochibo.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and build date, filled in by Maven resource filtering. */
public record BuildInfo(String version, String buildDate) {

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
