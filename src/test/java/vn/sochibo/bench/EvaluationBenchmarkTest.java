package vn.sochibo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.branch.BranchKind;
import vn.sochibo.branch.BranchProfile;
import vn.sochibo.core.Services;
import vn.sochibo.evaluation.EntryDraft;
import vn.sochibo.evaluation.FormKind;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.Score;
import vn.sochibo.evaluation.TaskFigures;
import vn.sochibo.evaluation.Violations;
import vn.sochibo.evaluation.service.YearDetail;

/**
 * An evaluation year of a chi bộ of about 200 members (1000 generated members in five chi bộ): reading the year
 * worked out and saving one member's entry, after warm-up (goal: each under 300 ms, so the screen answers at once).
 * Run with {@code ./mvnw -B -o -Pbench test -Dtest=EvaluationBenchmarkTest}.
 */
@Tag("bench")
class EvaluationBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void aYearOfTwoHundredMembersIsReadAndSavedQuickly() {
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            services.branch().save(new BranchProfile("Đảng bộ Sở Thông tin và Truyền thông", "Đảng bộ Khối Cơ quan tỉnh",
                    "Thanh Hóa", "2025–2030", BranchKind.DANG_BO_CO_SO));
            services.members().createAllWithHistory(BenchData.members(1000));
            long t0 = System.nanoTime();
            long id = services.evaluations().open("Chi bộ Văn phòng", 2026);
            System.out.printf("BENCH evaluation.open %.1f ms%n", (System.nanoTime() - t0) / 1e6);
            YearDetail detail = services.evaluations().detail(id);
            int members = detail.entries().size();
            System.out.println("BENCH evaluation.members " + members);
            assertThat(members).isBetween(150, 260);
            int runs = 30;
            long[] reads = new long[runs];
            long[] saves = new long[runs];
            for (int i = 0; i < 10 + runs; i++) {
                long entry = detail.entries().get(i % members).entry().id();
                EntryDraft draft = new EntryDraft(null, FormKind.FORM_2B, Score.totals(new BigDecimal("26.5"),
                        new BigDecimal("60")), new TaskFigures(new BigDecimal("100"), new BigDecimal("100"),
                        new BigDecimal("20"), true), Violations.NONE, null, null, Grade.HTT, null, null, null, null, null);
                long s0 = System.nanoTime();
                services.evaluations().saveEntry(entry, draft);
                long s1 = System.nanoTime();
                services.evaluations().detail(id);
                long s2 = System.nanoTime();
                if (i >= 10) {
                    saves[i - 10] = s1 - s0;
                    reads[i - 10] = s2 - s1;
                }
            }
            print("evaluation.saveEntry (check against the year's rules + one audited write)", saves);
            print("evaluation.detail (every entry worked out, tally, cap, two years running)", reads);
            for (int i = 0; i < 4; i++) {
                long d0 = System.nanoTime();
                services.evaluationDocuments().exportList(id, dir.resolve("ds.xlsx"));
                long d1 = System.nanoTime();
                services.evaluationDocuments().exportReport(id, dir.resolve("bc.docx"));
                long d2 = System.nanoTime();
                System.out.printf("BENCH evaluation.exportList %.1f ms, exportReport %.1f ms (run %d)%n", (d1 - d0) / 1e6,
                        (d2 - d1) / 1e6, i + 1);
            }
            Arrays.sort(saves);
            Arrays.sort(reads);
            assertThat(saves[runs / 2] / 1e6).isLessThan(300.0);
            assertThat(reads[runs / 2] / 1e6).isLessThan(300.0);
        }
    }

    private static void print(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH %s median=%.1f ms p90=%.1f ms max=%.1f ms (n=%d)%n", name, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
