package vn.sochibo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

/**
 * A migration a register may already have applied never changes: Flyway keeps each one's checksum in the register
 * and refuses to open it when the script's text differs (even a comment). The list of such scripts and their
 * checksums is src/test/resources/db/released-migrations.txt.
 */
class ReleasedMigrationsTest {

    @Test
    void releasedMigrationsKeepTheirText() throws IOException {
        Map<String, String> pinned = new LinkedHashMap<>();
        for (String line : lines(resource("/db/released-migrations.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                pinned.put(parts[0], parts[1]);
            }
        }
        assertThat(pinned).as("the pinned list").containsKey("V001__branch_and_members.sql").hasSizeGreaterThan(10);
        pinned.forEach((script, crc) -> {
            try {
                assertThat(checksum(lines(resource("/db/migration/" + script))))
                        .as(script + " was released: add a new migration instead of editing it").isEqualTo(crc);
            } catch (IOException e) {
                throw new AssertionError(script, e);
            }
        });
    }

    @Test
    void theChecksumSeesAnyChangeButNotTheLineEndings() {
        String unix = checksum(List.of("-- a comment", "CREATE TABLE t (id INT);"));
        assertThat(checksum(List.of("-- a comment.", "CREATE TABLE t (id INT);"))).isNotEqualTo(unix);
        assertThat(checksum(List.of("-- a comment", "CREATE TABLE t (id INT);"))).isEqualTo(unix);
    }

    private static InputStream resource(String name) {
        InputStream in = ReleasedMigrationsTest.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    /** The lines of a text, whatever its line endings, without a leading byte-order mark. */
    private static List<String> lines(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = r.lines().toList();
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines = new java.util.ArrayList<>(lines);
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        }
    }

    /** CRC-32 over each line's UTF-8 bytes, as Flyway computes a script's checksum. */
    private static String checksum(List<String> lines) {
        CRC32 crc = new CRC32();
        for (String line : lines) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return String.format("%08x", crc.getValue());
    }
}
