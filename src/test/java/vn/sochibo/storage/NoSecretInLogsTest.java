package vn.sochibo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.cli.SoChiBoCli;
import vn.sochibo.core.DataSafety;
import vn.sochibo.core.Services;

/**
 * Issue 12, point 4: no secret in any log. The command line runs as a real process on an encrypted register
 * (logging to the data folder's log as it does for the clerk) through a good unlock, a wrong password, the
 * recovery code typed as the password, a failed import, a key that opens another register and a failed open;
 * then every file under the data folder (logs, trace, temporary files, everything) and everything the runs
 * printed are searched for the database key (hex either case, Base64, H2's file password), the password and
 * the recovery code (as printed and as normalised).
 */
class NoSecretInLogsTest {

    private static final String PASSWORD = "Mật khẩu Chi bộ 2026";

    @TempDir
    Path tmp;

    private record Run(int exit, String output) {
    }

    @Test
    void noKeyPasswordOrRecoveryCodeAnywhereAfterFailures() throws Exception {
        DataLocation location = DataLocation.at(tmp.resolve("data"));
        DataSafety.Setup setup = new DataSafety(location, new Backups(location, TestClocks.FIXED), 1_000).protectNew(PASSWORD);
        try (Services services = Services.open(location, setup.key(), TestClocks.FIXED)) {
            services.samples().load(true);
        }
        DataLocation other = DataLocation.at(tmp.resolve("other"));
        DataSafety.Setup otherSetup = new DataSafety(other, new Backups(other, TestClocks.FIXED), 1_000).protectNew(PASSWORD);

        Path right = Files.writeString(tmp.resolve("right.txt"), PASSWORD + "\n");
        Path wrong = Files.writeString(tmp.resolve("wrong.txt"), "không phải mật khẩu\n");
        Path code = Files.writeString(tmp.resolve("code.txt"), setup.recoveryCode() + "\n");
        Path broken = brokenWorkbook(tmp.resolve("danh-sach.xlsx"));

        Map<String, String> secrets = new LinkedHashMap<>();
        for (DatabaseKey key : List.of(setup.key(), otherSetup.key())) {
            String which = key == setup.key() ? "" : " (other register)";
            secrets.put("key hex" + which, HexFormat.of().formatHex(key.bytes()));
            secrets.put("key HEX" + which, HexFormat.of().formatHex(key.bytes()).toUpperCase(Locale.ROOT));
            secrets.put("key Base64" + which, Base64.getEncoder().encodeToString(key.bytes()));
            secrets.put("key Base64 URL" + which, Base64.getUrlEncoder().withoutPadding().encodeToString(key.bytes()));
            secrets.put("H2 file password" + which, key.filePassword());
        }
        secrets.put("password", PASSWORD);
        secrets.put("recovery code", setup.recoveryCode());
        secrets.put("recovery code normalised", RecoveryCode.normalise(setup.recoveryCode()));

        List<String> found = new ArrayList<>();
        StringBuilder logged = new StringBuilder();
        List<Run> runs = new ArrayList<>();
        runs.add(scan(cli(location, right, "members", "list"), location, secrets, found, logged));
        runs.add(scan(cli(location, wrong, "members", "list"), location, secrets, found, logged));
        runs.add(scan(cli(location, code, "members", "list"), location, secrets, found, logged));
        runs.add(scan(cli(location, right, "members", "import", broken.toString()), location, secrets, found, logged));
        // the key file of another register: the password opens it, its key does not open this database
        Path ownKey = Files.move(location.keyFile(), tmp.resolve("own.key"));
        Files.copy(other.keyFile(), location.keyFile());
        runs.add(scan(cli(location, right, "members", "list"), location, secrets, found, logged));
        Files.move(ownKey, location.keyFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // a failed open with the right key: the database file cannot be opened
        Path moved = Files.move(location.databaseFile(), tmp.resolve("moved.mv.db"));
        Files.createDirectories(location.databaseFile());
        runs.add(scan(cli(location, right, "members", "list"), location, secrets, found, logged));
        Files.delete(location.databaseFile());
        Files.move(moved, location.databaseFile());

        assertThat(runs.get(0).exit()).as(runs.get(0).output()).isZero();
        assertThat(runs.subList(1, runs.size())).allMatch(r -> r.exit() != 0);
        assertThat(runs.get(2).output()).contains("mã khôi phục");
        assertThat(logged.toString()).as("the failures were logged with their traces")
                .contains("sochibo import failed", "sochibo list failed", "\tat ");
        assertThat(found).isEmpty();
    }

    /** Searches every file under the data folder and what the run printed; adds what it finds to {@code found}. */
    private static Run scan(Run run, DataLocation location, Map<String, String> secrets, List<String> found,
                            StringBuilder logged) throws IOException {
        int scanned = 0;
        try (Stream<Path> files = Files.walk(location.directory())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                scanned++;
                byte[] bytes = Files.readAllBytes(file);
                String latin = new String(bytes, StandardCharsets.ISO_8859_1);
                String utf8 = new String(bytes, StandardCharsets.UTF_8);
                if (file.getParent().equals(location.logDirectory())) {
                    logged.append(utf8);
                }
                secrets.forEach((what, secret) -> {
                    if (latin.contains(secret) || utf8.contains(secret)) {
                        found.add(what + " in " + location.directory().relativize(file));
                    }
                });
            }
        }
        assertThat(scanned).as("files scanned").isGreaterThanOrEqualTo(3);
        secrets.forEach((what, secret) -> {
            if (run.output().contains(secret)) {
                found.add(what + " printed: " + run.output());
            }
        });
        return run;
    }

    private static Run cli(DataLocation location, Path passwordFile, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), SoChiBoCli.class.getName(),
                "--data-dir", location.directory().toString(), "--password-file", passwordFile.toString()));
        args.addAll(List.of(command));
        Process child = new ProcessBuilder(args).redirectErrorStream(true).start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(child.exitValue(), output);
    }

    /** A workbook whose sheet part is missing: the import fails after opening the register. */
    private static Path brokenWorkbook(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook><sheets><sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
