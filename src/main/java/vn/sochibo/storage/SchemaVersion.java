package vn.sochibo.storage;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Whether a database already has every migration this program carries, told by one small query on Flyway's
 * history table and a listing of {@code db/migration} on the class path, without starting Flyway. A normal start
 * (schema current) so skips Flyway's set-up, scanning and validation; a first start, an upgrade, a failed
 * migration, or anything this check cannot read goes through Flyway as before.
 */
final class SchemaVersion {

    static final String LOCATION = "db/migration";
    private static final String HISTORY = "flyway_schema_history";

    private SchemaVersion() {
    }

    /** True only when the history has no failed row and lists every migration on the class path as applied. */
    static boolean current(Connection connection) {
        Set<List<BigInteger>> carried = carried();
        if (carried.isEmpty()) {
            return false;
        }
        Set<List<BigInteger>> applied = new HashSet<>();
        try (ResultSet table = connection.getMetaData().getTables(null, null, HISTORY, null)) {
            if (!table.next()) {
                return false; // a new database (asked first: a failing query would leave an exception in H2's trace file)
            }
        } catch (SQLException e) {
            return false;
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"" + HISTORY + "\"")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false; // a failed migration: Flyway says what went wrong
                }
                String version = rs.getString(1);
                if (version != null) {
                    applied.add(parse(version));
                }
            }
        } catch (SQLException | IllegalArgumentException e) {
            return false; // an unexpected history table
        }
        return applied.containsAll(carried);
    }

    /** The versions of the {@code V<version>__<description>.sql} files on the class path (empty if unreadable). */
    static Set<List<BigInteger>> carried() {
        Set<List<BigInteger>> versions = new HashSet<>();
        try {
            Enumeration<URL> roots = SchemaVersion.class.getClassLoader().getResources(LOCATION);
            while (roots.hasMoreElements()) {
                for (String name : fileNames(roots.nextElement())) {
                    if (name.startsWith("V") && name.endsWith(".sql") && name.contains("__")) {
                        versions.add(parse(name.substring(1, name.indexOf("__"))));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of();
        }
        return versions;
    }

    private static List<String> fileNames(URL folder) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Paths.get(folder.toURI()))) {
                files.forEach(p -> names.add(p.getFileName().toString()));
            }
        } else if ("jar".equals(folder.getProtocol())) {
            URLConnection connection = folder.openConnection();
            if (connection instanceof JarURLConnection jarConnection) {
                JarFile jar = jarConnection.getJarFile();
                String prefix = LOCATION + "/";
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0) {
                        names.add(entry.substring(prefix.length()));
                    }
                }
            }
        } else {
            throw new IOException("Cannot list " + folder);
        }
        return names;
    }

    /** "030", "1.2", "1_2" as numbers, without trailing zero parts: "1.0" and "1" are the same version. */
    static List<BigInteger> parse(String version) {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : version.split("[._]")) {
            parts.add(new BigInteger(part));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return List.copyOf(parts);
    }
}
