package vn.sochibo.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.core.Services;
import vn.sochibo.evaluation.YearRecord;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;

/** The evaluation tables travel with a backup: every row back, the years worked out the same after a restore. */
class EvaluationBackupTest {

    private static final List<String> TABLES = List.of("evaluation_year", "evaluation_entry", "evaluation_score_part",
            "evaluation_checklist_item");

    @TempDir
    Path dir;

    @Test
    void aRestoredRegisterHasTheSameEvaluations() {
        DataLocation source = DataLocation.at(dir.resolve("source"));
        Backups.Info backup;
        List<YearDetail> before;
        try (Services services = Services.open(source, TestClocks.FIXED)) {
            services.samples().load(true);
            before = years(services);
            backup = new Backups(source, TestClocks.FIXED).create(services.database(), dir.resolve("usb"), "manual");
        }
        for (String table : TABLES) {
            assertThat(backup.count(table)).as(table).isPositive();
        }
        assertThat(backup.count("evaluation_entry")).isEqualTo(22);

        DataLocation target = DataLocation.at(dir.resolve("target"));
        try (Services empty = Services.open(target, TestClocks.FIXED)) {
            assertThat(empty.evaluations().years("Chi bộ Văn phòng")).isEmpty();
        }
        new Backups(target, TestClocks.FIXED).restore(backup.file());
        try (Services restored = Services.open(target, TestClocks.FIXED)) {
            assertThat(years(restored)).isEqualTo(before);
        }
    }

    private static List<YearDetail> years(Services services) {
        return services.evaluations().years("Chi bộ Văn phòng").stream().map(YearRecord::id)
                .map(services.evaluations()::detail).toList();
    }
}
