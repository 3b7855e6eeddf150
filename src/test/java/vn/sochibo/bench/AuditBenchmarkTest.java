package vn.sochibo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.importing.ImportResult;
import vn.sochibo.importing.MemberImportService;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.ui.ProgressListener;

/**
 * Benchmark, not a test: ./mvnw -B -o -Pbench test -Dtest=AuditBenchmarkTest. What the audit log costs a bulk
 * import: the same generated file imported through MemberImportService into fresh H2 files with the audit
 * triggers dropped and with them in place, alternately in one JVM.
 */
@Tag("bench")
class AuditBenchmarkTest {

    @TempDir
    Path dir;

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private int databases;

    private long importInto(Path file, boolean audited, int rows) throws Exception {
        DataLocation location = DataLocation.at(dir.resolve("db-" + (++databases)));
        long took;
        long cpu;
        long logRows;
        try (Services s = Services.open(location, TestClocks.FIXED)) {
            if (!audited) {
                dropAuditTriggers(s);
            }
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            ImportResult result = s.imports().importFile(file, null, MemberImportService.Mode.COMMIT, ProgressListener.NONE);
            took = System.nanoTime() - t0;
            cpu = CPU.getCurrentThreadCpuTime() - c0;
            assertThat(result.imported()).isEqualTo(rows);
            logRows = count(s, "SELECT COUNT(*) FROM AUDIT_LOG");
        }
        long size = Files.size(location.databaseFile());
        if (rows >= 100_000) {
            System.out.printf("BENCH audit-import rows=%d audited=%s import=%dms (thread CPU %dms) audit_log rows=%d db file=%.1fMB%n",
                    rows, audited, TimeUnit.NANOSECONDS.toMillis(took), TimeUnit.NANOSECONDS.toMillis(cpu), logRows, size / 1e6);
        }
        return cpu;
    }

    static void dropAuditTriggers(Services s) throws Exception {
        List<String> triggers = new ArrayList<>();
        try (Connection c = s.database().connection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_NAME LIKE 'AUDIT_%'")) {
                while (rs.next()) {
                    triggers.add(rs.getString(1));
                }
            }
            for (String t : triggers) {
                st.execute("DROP TRIGGER IF EXISTS \"" + t + "\"");
            }
        }
    }

    static long count(Services s, String sql) throws Exception {
        try (Connection c = s.database().connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void importWithAndWithoutTheAuditLog() throws Exception {
        Path small = ImportBenchmarkTest.generate(dir.resolve("ds-10000.xlsx"), 10_000);
        importInto(small, false, 10_000); // warm-up
        importInto(small, true, 10_000);
        Path big = ImportBenchmarkTest.generate(dir.resolve("ds-100000.xlsx"), 100_000);
        List<Long> plain = new ArrayList<>();
        List<Long> audited = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            plain.add(importInto(big, false, 100_000));
            audited.add(importInto(big, true, 100_000));
        }
        long p = plain.stream().mapToLong(Long::longValue).min().orElseThrow();
        long a = audited.stream().mapToLong(Long::longValue).min().orElseThrow();
        System.out.printf("BENCH audit-import 100000 rows, importing thread's CPU, best of 2: without audit %dms, with audit %dms, ratio %.2f%n",
                TimeUnit.NANOSECONDS.toMillis(p), TimeUnit.NANOSECONDS.toMillis(a), (double) a / p);
    }
}
