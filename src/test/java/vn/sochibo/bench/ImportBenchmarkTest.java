package vn.sochibo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Formats;
import vn.sochibo.core.Services;
import vn.sochibo.importing.ImportResult;
import vn.sochibo.importing.MemberImportService;
import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.importing.doc.MemberSheetReader;
import vn.sochibo.importing.doc.SheetLayout;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberService;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.common.ProgressListener;

/**
 * Benchmark, not a test: ./mvnw -B -o -Pbench test -Dtest=ImportBenchmarkTest. Generated 10,000- and
 * 100,000-row files (15 columns, Vietnamese text): full import vs parse alone vs insert alone, each on a fresh
 * H2 file; then the 100,000-row import through the command line in a child JVM with -Xmx256m.
 */
@Tag("bench")
class ImportBenchmarkTest {

    @TempDir
    Path dir;

    static Path generate(Path file, int rows) throws Exception {
        List<MemberService.NewMember> members = MemberGenerator.members(rows, 42);
        String[] header = {"STT", "Họ và tên", "Giới tính", "Ngày sinh", "Quê quán", "Dân tộc", "Tôn giáo", "Số CCCD",
            "Số thẻ đảng viên", "Ngày vào Đảng", "Ngày chính thức", "Trình độ chuyên môn", "Lý luận chính trị", "Chức vụ", "Chi bộ"};
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "bench", "1.0")) {
            Worksheet ws = wb.newWorksheet("Danh sách");
            ws.value(0, 0, "ĐẢNG BỘ KHỐI CƠ QUAN TỈNH");
            ws.value(1, 0, "DANH SÁCH ĐẢNG VIÊN");
            for (int c = 0; c < header.length; c++) {
                ws.value(3, c, header[c]);
            }
            for (int i = 0; i < rows; i++) {
                MemberDraft d = members.get(i).draft();
                int r = 4 + i;
                ws.value(r, 0, i + 1);
                ws.value(r, 1, d.fullName());
                ws.value(r, 2, d.gender().label());
                if (d.birthDate() != null) {
                    ws.value(r, 3, d.birthDate());
                    ws.style(r, 3).format("dd/mm/yyyy").set();
                } else {
                    ws.value(r, 3, d.birthYear());
                }
                ws.value(r, 4, "Xã Quảng Xương, huyện Quảng Xương, tỉnh Thanh Hóa");
                ws.value(r, 5, "Kinh");
                ws.value(r, 6, "Không");
                ws.value(r, 7, String.format("038%09d", i));
                ws.value(r, 8, String.format("9%011d", i));
                ws.value(r, 9, Formats.date(d.joinedDate()));
                ws.value(r, 10, Formats.date(d.officialDate()));
                ws.value(r, 11, "Cử nhân Luật");
                ws.value(r, 12, "Trung cấp");
                ws.value(r, 13, "Chuyên viên chính");
                ws.value(r, 14, "Chi bộ Văn phòng");
                if (i % 10_000 == 9_999) {
                    ws.flush();
                }
            }
            ws.value(rows + 5, 0, "Tổng cộng: " + rows + " đồng chí");
        }
        return file;
    }

    private Services fresh(String name) {
        return Services.open(DataLocation.at(dir.resolve(name)), TestClocks.FIXED);
    }

    @Test
    void importParseAndInsertSideBySide() throws Exception {
        // the first 10,000 round warms up the JIT, H2 and Flyway and is not printed
        boolean warmUp = true;
        for (int rows : new int[] {10_000, 10_000, 100_000}) {
            String tag = rows + (warmUp ? "-warm" : "");
            Path file = generate(dir.resolve("ds-" + tag + ".xlsx"), rows);
            long size = Files.size(file);

            long t0 = System.nanoTime();
            int parsed;
            List<MemberService.NewMember> drafts = new ArrayList<>(rows);
            MemberSheetReader reader = new MemberSheetReader(LocalDate.now(TestClocks.FIXED));
            SheetLayout layout = reader.layout(file, null);
            Map<Integer, ColumnField> mapping = layout.suggestedMapping();
            parsed = reader.read(file, layout, mapping, row -> drafts.add(MemberService.withDefaultHistory(row.draft())), () -> false);
            long parse = System.nanoTime() - t0;
            assertThat(parsed).isEqualTo(rows);

            long insert;
            try (Services s = fresh("insert-" + tag)) {
                long t1 = System.nanoTime();
                s.members().inOneTransaction(w -> {
                    for (int i = 0; i < drafts.size(); i += 1000) {
                        w.create(drafts.subList(i, Math.min(drafts.size(), i + 1000)));
                    }
                    return null;
                });
                insert = System.nanoTime() - t1;
            }
            drafts.clear();

            long full;
            try (Services s = fresh("full-" + tag)) {
                long t2 = System.nanoTime();
                ImportResult result = s.imports().importFile(file, null, MemberImportService.Mode.COMMIT, ProgressListener.NONE);
                full = System.nanoTime() - t2;
                assertThat(result.imported()).as(String.valueOf(result.rejected().stream().limit(3).toList())).isEqualTo(rows);
                assertThat(s.members().list()).hasSize(rows);
            }
            if (warmUp) {
                warmUp = false;
                continue;
            }
            System.out.printf("BENCH import rows=%d file=%.1fMB full=%dms parse=%dms insert=%dms parse+insert=%dms full/(parse+insert)=%.2f%n",
                    rows, size / 1e6, ms(full), ms(parse), ms(insert), ms(parse + insert), (double) full / (parse + insert));
        }
    }

    @Test
    void hundredThousandRowsImportInAChildJvmWith256Megabytes() throws Exception {
        Path file = generate(dir.resolve("ds-100000.xlsx"), 100_000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), "vn.sochibo.cli.SoChiBoCli",
                "--data-dir", dir.resolve("cli").toString(), "members", "import", file.toString(), "--json");
        Path out = dir.resolve("out.json");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(new File(dir.toFile(), "err.txt")).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        long took = System.nanoTime() - t0;
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isZero();
        String json = Files.readString(out);
        assertThat(json).contains("\"imported\":100000");
        System.out.printf("BENCH import-cli rows=100000 Xmx=256m exit=%d wall=%dms (JVM start, migration, import)%n", p.exitValue(), ms(took));
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
