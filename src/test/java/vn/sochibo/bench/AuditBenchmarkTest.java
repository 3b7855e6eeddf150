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
import vn.sochibo.common.ProgressListener;

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
    void theLogPageOver300000Lines() throws Exception {
        int lines = 300_000;
        try (Services s = Services.open(DataLocation.at(dir.resolve("log")), TestClocks.FIXED)) {
            s.members().createAllWithHistory(MemberGenerator.members(200, 5));
            List<String> names = s.members().list().stream().map(m -> m.fullName()).toList();
            long t0 = System.nanoTime();
            try (Connection c = s.database().connection(); java.sql.PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO AUDIT_LOG (CHANGED_AT, ACTION, TABLE_NAME, ROW_KEY, ROW_COUNT, SUMMARY, SEARCH_TEXT, OPERATION, "
                            + "BEFORE_DATA, AFTER_DATA) VALUES (?, 'UPDATE', ?, ?, 1, ?, ?, 'audit.op.member.update', ?, ?)")) {
                c.setAutoCommit(false);
                java.time.LocalDateTime start = java.time.LocalDateTime.now().minusDays(400);
                for (int i = 0; i < lines; i++) {
                    String name = names.get(i % names.size());
                    ps.setTimestamp(1, java.sql.Timestamp.valueOf(start.plusSeconds(i * 115L)));
                    ps.setString(2, i % 3 == 0 ? "meeting_attendance" : "member");
                    ps.setString(3, Integer.toString(i % 200 + 1));
                    ps.setString(4, name);
                    ps.setString(5, vn.sochibo.common.Text.fold(name));
                    ps.setString(6, "{\"residence\":\"Phường Hạc Thành, tỉnh Thanh Hóa\",\"phone\":\"0912" + i + "\"}");
                    ps.setString(7, "{\"residence\":\"Phường Đông Sơn, tỉnh Thanh Hóa\",\"phone\":\"0987" + i + "\"}");
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            System.out.printf("BENCH audit-page setup: %,d synthetic log lines in %d ms%n", lines, ms(System.nanoTime() - t0));
            vn.sochibo.audit.AuditService audit = s.audit();
            String someone = vn.sochibo.common.Text.fold(names.get(17));
            var filters = new java.util.LinkedHashMap<String, vn.sochibo.audit.AuditFilter>();
            filters.put("all", vn.sochibo.audit.AuditFilter.ALL);
            filters.put("kind=MEETINGS", new vn.sochibo.audit.AuditFilter(null, null, vn.sochibo.audit.AuditKind.MEETINGS, null, null));
            filters.put("text=" + someone, new vn.sochibo.audit.AuditFilter(null, null, null, null, someone));
            filters.put("last 30 days", new vn.sochibo.audit.AuditFilter(java.time.LocalDate.now().minusDays(30), java.time.LocalDate.now(), null, null, null));
            filters.put("a month a year ago", new vn.sochibo.audit.AuditFilter(java.time.LocalDate.now().minusDays(380), java.time.LocalDate.now().minusDays(350), null, null, null));
            for (int warm = 0; warm < 2; warm++) {
                for (var f : filters.entrySet()) {
                    long p0 = System.nanoTime();
                    var page = audit.page(f.getValue(), null, vn.sochibo.audit.AuditViewModel.PAGE);
                    long p1 = System.nanoTime();
                    int n = audit.count(f.getValue());
                    long p2 = System.nanoTime();
                    Long last = page.entries().isEmpty() ? null : page.entries().get(page.entries().size() - 1).id();
                    audit.page(f.getValue(), last, vn.sochibo.audit.AuditViewModel.PAGE);
                    long p3 = System.nanoTime();
                    if (warm == 1) {
                        System.out.printf("BENCH audit-page filter %-34s matches %,7d: first page %4d ms, count %4d ms, next page %4d ms%n",
                                f.getKey(), n, ms(p1 - p0), ms(p2 - p1), ms(p3 - p2));
                    }
                }
            }
            long e0 = System.nanoTime();
            int written = audit.export(dir.resolve("log.xlsx"), vn.sochibo.audit.AuditFilter.ALL);
            System.out.printf("BENCH audit-export %,d lines to .xlsx: %d ms, %.1f MB%n", written, ms(System.nanoTime() - e0),
                    Files.size(dir.resolve("log.xlsx")) / 1e6);
        }
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
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
