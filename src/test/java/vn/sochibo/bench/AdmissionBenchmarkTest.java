package vn.sochibo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.IntroducerRoute;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.StepRecord;
import vn.sochibo.admission.Verification;
import vn.sochibo.admission.service.AdmissionDocumentService;
import vn.sochibo.core.Services;

/**
 * The admission screen's list, the reminders and a resolution document with 1,000 files in the register (a big
 * đảng bộ over several years), after warm-up. Run with {@code ./mvnw -B -o -Pbench test -Dtest=AdmissionBenchmarkTest}.
 */
@Tag("bench")
class AdmissionBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void theListTheRemindersAndADocumentStayQuickWithAThousandFiles() {
        try (Services services = Services.inMemory(TestClocks.FIXED)) {
            services.samples().load(true);
            String issuer = services.meetings().issuers().get(0);
            List<Candidate> files = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
                LocalDate listed = LocalDate.of(2024, 1, 1).plusDays(i % 600);
                steps.put(Step.LISTED, new StepRecord(Step.LISTED, listed, null, null, null));
                steps.put(Step.CLASS_CERTIFICATE, new StepRecord(Step.CLASS_CERTIFICATE, listed.plusDays(20), "GCN " + i, null, null));
                steps.put(Step.APPLICATION, new StepRecord(Step.APPLICATION, listed.plusDays(40), null, null, null));
                List<Verification> verifications = List.of(new Verification(0, "Bản thân", "Đảng ủy phường", false,
                        listed.plusDays(45), i % 3 == 0 ? null : listed.plusDays(70), null));
                files.add(new Candidate(0, new CandidateProfile(issuer, "Nguyễn Văn Thử", i % 2 == 0 ? "NAM" : "NU",
                        LocalDate.of(1995, 1, 1).plusDays(i), null, null, null, null, null, null, null), IntroducerRoute.TWO_MEMBERS,
                        null, null, null, steps, List.of(), verifications, List.of(), List.of()));
            }
            long t0 = System.nanoTime();
            services.admissions().addFiles(files);
            System.out.printf("BENCH admission.addFiles 1000 files: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            for (int i = 0; i < 3; i++) {
                services.admissions().list();
                services.admissionReminders().reminders(TestClocks.TODAY);
            }
            long[] list = new long[10];
            long[] reminders = new long[10];
            for (int i = 0; i < 10; i++) {
                long a = System.nanoTime();
                services.admissions().list();
                list[i] = System.nanoTime() - a;
                long b = System.nanoTime();
                services.admissionReminders().reminders(TestClocks.TODAY);
                reminders[i] = System.nanoTime() - b;
            }
            long hau = services.admissions().list().stream().filter(r -> r.fullName().equals("Lê Văn Hậu")).findFirst().orElseThrow().id();
            long[] document = new long[10];
            for (int i = 0; i < 13; i++) {
                long a = System.nanoTime();
                services.admissionDocuments().write(hau, AdmissionDocumentService.Document.RESOLUTION_ADMISSION, 3,
                        dir.resolve("mau-6.docx"));
                if (i >= 3) {
                    document[i - 3] = System.nanoTime() - a;
                }
            }
            print("admission.list (1008 files, checklists computed)", list);
            print("admission.reminders (1008 files)", reminders);
            print("admission.document Mẫu 6 (load + compose + render + write)", document);
            Arrays.sort(list);
            assertThat(list[5] / 1e6).isLessThan(2000.0);
        }
    }

    private static void print(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH %s median=%.1f ms p90=%.1f ms max=%.1f ms (n=%d)%n", name, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
