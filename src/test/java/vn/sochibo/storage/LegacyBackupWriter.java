package vn.sochibo.storage;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup in the first format, as versions before the data-only format did (H2's SCRIPT of the whole
 * database plus a manifest with counts and that format's checksum), optionally with extra SQL appended to the
 * script: old backups must still restore, and a crafted one must be refused without running anything.
 */
final class LegacyBackupWriter {

    private LegacyBackupWriter() {
    }

    static Path write(Database database, Path target, String appendedSql) throws IOException, SQLException {
        Files.createDirectories(target.getParent());
        Path script = target.resolveSibling("legacy-script.tmp");
        DatabaseKey key = database.key();
        Properties manifest = new Properties();
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            st.execute("SCRIPT TO '" + script + "'" + (key == null ? "" : " COMPRESSION DEFLATE CIPHER AES PASSWORD '"
                    + key.filePassword() + "'") + " CHARSET 'UTF-8'");
            manifest.setProperty("created", "2026-11-20T08:30");
            manifest.setProperty("reason", "manual");
            manifest.setProperty("branch", "Đảng bộ Sở Thông tin và Truyền thông");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (TableStream.Table t : TableStream.tables(c)) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t.name() + "\"")) {
                    rs.next();
                    manifest.setProperty("count." + t.name().toLowerCase(), Long.toString(rs.getLong(1)));
                }
                digest.update(t.name().getBytes(StandardCharsets.UTF_8));
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t.name() + "\" ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0x1f);
                        }
                        digest.update((byte) 0x1e);
                    }
                }
            }
            manifest.setProperty("checksum", HexFormat.of().formatHex(digest.digest()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (key != null) {
            KeyFile.find(database.location()).putInto(manifest, "key.");
        }
        if (appendedSql != null) {
            Files.writeString(script, appendedSql, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            manifest.store(new OutputStreamWriter(zip, StandardCharsets.UTF_8), "So Chi bo backup");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("database.sql"));
            Files.copy(script, zip);
            zip.closeEntry();
        }
        Files.delete(script);
        return target;
    }
}
