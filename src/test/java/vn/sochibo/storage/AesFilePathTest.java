package vn.sochibo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.h2.store.fs.encrypt.FileEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's encrypted file through {@link AesFilePath} (the JDK's AES) is H2's {@code CIPHER=AES} file, byte
 * for byte: checked against H2's own {@link FileEncrypt} on the same operations, and with real databases written by
 * one and opened by the other (also after {@code SHUTDOWN COMPACT}, which writes {@code .tempFile} and renames it).
 */
class AesFilePathTest {

    private static final int SECTOR = 4096;

    @TempDir
    Path dir;

    // ---- the file format, against H2's FileEncrypt ----

    @Test
    void sameBytesAsH2ForAlignedAndUnalignedWritesAndTruncation() throws Exception {
        DatabaseKey key = DatabaseKey.generate();
        Path h2File = dir.resolve("h2.bin");
        Path ourFile = dir.resolve("ours.bin");
        Random random = new Random(12);
        // H2 writes the header (its salt) and a first run of sectors; both files then start the same
        try (FileChannel h2 = h2(h2File, key)) {
            h2.write(ByteBuffer.wrap(bytes(random, 5 * SECTOR)), 0);
        }
        Files.copy(h2File, ourFile);
        try (FileChannel h2 = h2(h2File, key); FileChannel ours = ours(ourFile, key)) {
            assertThat(ours.size()).isEqualTo(h2.size()).isEqualTo(5 * SECTOR);
            // whole sectors over several calls, in the middle and at the end (H2's chunks and store headers)
            both(h2, ours, bytes(random, 2 * SECTOR), SECTOR);
            both(h2, ours, bytes(random, 3 * SECTOR), 5 * SECTOR);
            // unaligned: inside a sector, across sectors, at the end (the length marker follows)
            both(h2, ours, bytes(random, 100), 3 * SECTOR + 17);
            both(h2, ours, bytes(random, SECTOR + 300), 2 * SECTOR - 150);
            both(h2, ours, bytes(random, 333), 8 * SECTOR);
            assertThat(ours.size()).isEqualTo(h2.size()).isEqualTo(8 * SECTOR + 333);
            both(h2, ours, bytes(random, 50), 8 * SECTOR + 333);
            assertThat(ours.size()).isEqualTo(h2.size()).isEqualTo(8 * SECTOR + 383);
            sameContent(h2, ours);
            h2.force(true);
            ours.force(true);
        }
        assertThat(Files.readAllBytes(ourFile)).isEqualTo(Files.readAllBytes(h2File));
        assertThat(Files.size(ourFile) % SECTOR).isEqualTo(383); // the partial last sector's length marker

        try (FileChannel h2 = h2(h2File, key); FileChannel ours = ours(ourFile, key)) {
            assertThat(ours.size()).isEqualTo(h2.size()).isEqualTo(8 * SECTOR + 383);
            h2.truncate(6 * SECTOR + 10);
            ours.truncate(6 * SECTOR + 10);
            assertThat(ours.size()).isEqualTo(h2.size());
            sameContent(h2, ours);
            h2.truncate(4 * SECTOR);
            ours.truncate(4 * SECTOR);
            sameContent(h2, ours);
        }
        assertThat(Files.readAllBytes(ourFile)).isEqualTo(Files.readAllBytes(h2File));
        assertThat(Files.size(ourFile)).isEqualTo(SECTOR + 4L * SECTOR);
    }

    @Test
    void aFileStartedHereReadsInH2AndTheOtherWayRound() throws Exception {
        DatabaseKey key = DatabaseKey.generate();
        byte[] content = bytes(new Random(3), 40 * SECTOR);
        Path ourFile = written(dir.resolve("ours.bin"), key, content, false);
        assertThat(Database.encryptedFile(ourFile)).isTrue();
        assertThat(Files.size(ourFile)).isEqualTo(SECTOR + content.length);
        try (FileChannel h2 = h2(ourFile, key)) {
            assertThat(readAll(h2)).isEqualTo(content);
        }
        // encrypted, not the content in clear
        assertThat(indexOf(Files.readAllBytes(ourFile), Arrays.copyOf(content, 64))).isNegative();

        Path h2File = written(dir.resolve("h2.bin"), key, content, true);
        try (FileChannel ours = ours(h2File, key)) {
            assertThat(readAll(ours)).isEqualTo(content);
            // H2's store reads a page where it starts: any offset and length, within and across sectors
            assertThat(randomReadsMatch(ours, content, 5, 500)).isTrue();
            // a direct buffer too, and reading past the end
            ByteBuffer direct = ByteBuffer.allocateDirect(2 * SECTOR);
            assertThat(ours.read(direct, SECTOR)).isEqualTo(2 * SECTOR);
            assertThat(ours.read(ByteBuffer.allocate(10), content.length)).isEqualTo(-1);
            ByteBuffer tail = ByteBuffer.allocate(3 * SECTOR);
            assertThat(ours.read(tail, content.length - SECTOR)).isEqualTo(SECTOR);
        }
    }

    @Test
    void readsFromManyThreadsAtOnce() throws Exception {
        DatabaseKey key = DatabaseKey.generate();
        byte[] content = bytes(new Random(9), 64 * SECTOR);
        Path file = written(dir.resolve("f.bin"), key, content, true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (FileChannel ours = ours(file, key)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                results.add(pool.submit(() -> randomReadsMatch(ours, content, seed, 300)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- real databases, one program writing and the other reading ----

    @Test
    void aRegisterWrittenByH2OpensHereWithTheSameRows() throws Exception {
        DatabaseKey key = DatabaseKey.generate();
        Path base = dir.resolve("h2made");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";CIPHER=AES", "sa", key.filePassword() + " ")) {
            fill(c, 20_000);
        }
        String url = Database.fileUrl(base, key);
        assertThat(url).isEqualTo("jdbc:h2:sochiboaes:" + base.toAbsolutePath() + ";MAX_MEMORY_ROWS=" + Integer.MAX_VALUE)
                .doesNotContain(key.filePassword());
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(rows(c)).isEqualTo(expectedRows(20_000));
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO person VALUES (20000, 'thêm ở đây', REPEAT('y', 300))");
            }
        }
        assertThat(AesFilePath.registered(base)).as("the key is forgotten once the database is closed").isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";CIPHER=AES", "sa", key.filePassword() + " ")) {
            assertThat(rows(c)).hasSize(20_001).contains("20000|thêm ở đây");
        }
    }

    @Test
    void aRegisterWrittenAndCompactedHereOpensInH2() throws Exception {
        DatabaseKey key = DatabaseKey.generate();
        Path base = dir.resolve("ours");
        try (Connection c = DriverManager.getConnection(Database.fileUrl(base, key), "sa", "")) {
            fill(c, 20_000);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM person WHERE id % 2 = 0");
                st.execute("SHUTDOWN COMPACT"); // writes sochibo.mv.db.tempFile through us, then renames it
            }
        }
        assertThat(AesFilePath.registered(base)).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ours.mv.db");
        }
        assertThat(Database.encryptedFile(dir.resolve("ours.mv.db"))).isTrue();
        List<String> expected = expectedRows(20_000).stream().filter(r -> Integer.parseInt(r.substring(0, r.indexOf('|'))) % 2 == 1).toList();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";CIPHER=AES", "sa", key.filePassword() + " ")) {
            assertThat(rows(c)).isEqualTo(expected);
        }
        // and no CIPHER and no key: refused
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "").close())
                .satisfies(e -> assertThat(Database.wrongKey(e)).isTrue());
    }

    @Test
    void theRealRegisterMigratesHereAndOpensInH2AndAWrongKeyChangesNothing() throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("data"));
        DatabaseKey key = DatabaseKey.generate();
        try (Database database = Database.open(location, key)) {
            assertThat(database.encrypted()).isTrue();
            try (Connection c = database.connection(); Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
            assertThatThrownBy(() -> Database.open(location, DatabaseKey.generate()))
                    .as("a second open with another key while it is open")
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("otherKey");
        }
        assertThat(AesFilePath.registered(location.databaseBase())).isFalse();
        String before = digest(location.databaseFile());

        assertThatThrownBy(() -> Database.open(location, DatabaseKey.generate()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("otherKey")
                .satisfies(e -> assertThat(chain(e)).doesNotContain(key.filePassword()));
        assertThatThrownBy(() -> Database.open(location, null))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("encryptedNoKey");
        assertThat(digest(location.databaseFile())).isEqualTo(before);
        assertThat(AesFilePath.registered(location.databaseBase())).isFalse();

        long migrations;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + location.databaseBase() + ";CIPHER=AES", "sa",
                key.filePassword() + " "); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rs.next();
            migrations = rs.getLong(1);
        }
        assertThat(migrations).isPositive();
        try (Database database = Database.open(location, key)) {
            assertThat(database.schemaCurrent()).isTrue();
        }
    }

    @Test
    void largeResultsStayInMemoryAndNeverInAClearTemporaryFile() throws Exception {
        // why: past MAX_MEMORY_ROWS, H2 moves a result to a file in the system's temporary folder, which only its
        // own CIPHER=AES would encrypt
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("plain") + ";MAX_MEMORY_ROWS=1000", "sa", "")) {
            fill(c, 3_000);
            List<Path> before = h2TempFiles(tmp);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM person ORDER BY note DESC, id")) {
                assertThat(rs.next()).isTrue();
                assertThat(h2TempFiles(tmp)).as("the result went to a temporary file").isNotEqualTo(before);
            }
        }
        DatabaseKey key = DatabaseKey.generate();
        try (Connection c = DriverManager.getConnection(Database.fileUrl(dir.resolve("secret"), key), "sa", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MAX_MEMORY_ROWS'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Integer.toString(Integer.MAX_VALUE));
        }
    }

    private static List<Path> h2TempFiles(Path tmp) throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("h2tmp")).sorted().toList();
        }
    }

    // ---- helpers ----

    private static FileChannel h2(Path file, DatabaseKey key) throws Exception {
        FileChannel raw = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new FileEncrypt(file.toString(), AesFilePath.passwordBytes(key), raw);
    }

    private static FileChannel ours(Path file, DatabaseKey key) throws Exception {
        FileChannel raw = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new AesFileChannel(file.toString(), AesFilePath.passwordBytes(key), raw, () -> { });
    }

    /** {@code file} with {@code content} written in one call, by H2's {@link FileEncrypt} or ours. */
    private static Path written(Path file, DatabaseKey key, byte[] content, boolean byH2) throws Exception {
        try (FileChannel channel = byH2 ? h2(file, key) : ours(file, key)) {
            channel.write(ByteBuffer.wrap(content), 0);
        }
        return file;
    }

    /** Reads {@code count} parts at random offsets and lengths (up to 3 sectors); true when all match {@code content}. */
    private static boolean randomReadsMatch(FileChannel channel, byte[] content, long seed, int count) throws Exception {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(content.length - 1);
            int len = 1 + random.nextInt(Math.min(3 * SECTOR, content.length - at));
            ByteBuffer part = ByteBuffer.allocate(len);
            if (channel.read(part, at) != len || !Arrays.equals(part.array(), Arrays.copyOfRange(content, at, at + len))) {
                return false;
            }
        }
        return true;
    }

    private static void both(FileChannel h2, FileChannel ours, byte[] data, long position) throws Exception {
        assertThat(h2.write(ByteBuffer.wrap(data), position)).isEqualTo(data.length);
        assertThat(ours.write(ByteBuffer.wrap(data), position)).isEqualTo(data.length);
    }

    private static void sameContent(FileChannel h2, FileChannel ours) throws Exception {
        assertThat(readAll(ours)).isEqualTo(readAll(h2));
    }

    private static byte[] readAll(FileChannel channel) throws Exception {
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(channel.size()));
        while (all.hasRemaining()) {
            if (channel.read(all, all.position()) < 0) {
                break;
            }
        }
        return all.array();
    }

    private static byte[] bytes(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void fill(Connection c, int n) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE person(id INT PRIMARY KEY, name VARCHAR(100), note VARCHAR(400))");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person VALUES (?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                ps.setInt(1, i);
                ps.setString(2, "Đảng viên số " + i);
                ps.setString(3, "x".repeat(200 + i % 100));
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static List<String> expectedRows(int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(i + "|Đảng viên số " + i);
        }
        return rows;
    }

    private static List<String> rows(Connection c) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM person ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + "|" + rs.getString(2));
            }
        }
        return rows;
    }

    private static String chain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
