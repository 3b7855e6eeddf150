package vn.sochibo.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.ValidationException;
import vn.sochibo.election.service.CongressFixture;
import vn.sochibo.election.engine.Round;
import vn.sochibo.importing.ImportPreview;
import vn.sochibo.importing.MemberImportService.Mode;
import vn.sochibo.io.excel.ImportFiles;
import vn.sochibo.importing.doc.SheetLayout;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.common.ProgressListener;

/**
 * Big jobs are forced to disk (CHECKPOINT SYNC) before they report success: an import, a kept count, the
 * congress's decision on an office. Jobs that wrote nothing, or failed, do not pay for it.
 */
class CheckpointTest {

    @TempDir
    Path dir;

    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private long checkpoints() {
        return services.database().checkpoints();
    }

    @Test
    void anImportIsOnDiskBeforeItIsReportedAndADryRunOrARefusedOneIsNot() {
        services = Services.open(DataLocation.at(dir), TestClocks.FIXED);
        Path office = ImportFiles.path("danh-sach-chi-bo.xlsx");

        services.imports().importFile(office, null, Mode.DRY_RUN, ProgressListener.NONE);
        assertThat(checkpoints()).as("dry run").isZero();
        services.imports().importFile(office, null, Mode.STRICT, ProgressListener.NONE);
        assertThat(checkpoints()).as("strict import refused: nothing written").isZero();

        services.imports().importFile(office, null, Mode.COMMIT, ProgressListener.NONE);
        assertThat(checkpoints()).as("command-line import").isEqualTo(1);

        SheetLayout layout = services.imports().layout(office, null);
        ImportPreview preview = services.imports().preview(office, layout, services.imports().mappingFor(layout),
                ProgressListener.NONE);
        assertThat(checkpoints()).as("preview").isEqualTo(1);
        services.imports().commit(preview, ProgressListener.NONE);
        assertThat(checkpoints()).as("wizard import").isEqualTo(2);
    }

    @Test
    void aKeptCountAndTheCongressDecisionAreOnDiskAndARefusedCountIsNot() {
        services = Services.inMemory(TestClocks.FIXED);
        long congress = CongressFixture.congress(services);
        long office = CongressFixture.secretaryAfterCommittee(services, congress);
        long round = services.elections().openRound(office, 1, false);
        services.elections().enterBallot(round, 1, 1, "d");
        long before = checkpoints();

        assertThatThrownBy(() -> services.elections().count(round)).isInstanceOf(ValidationException.class);
        assertThat(checkpoints()).as("count refused: entries disagree").isEqualTo(before);

        services.elections().enterBallot(round, 2, 1, "d");
        assertThat(checkpoints()).as("a ballot entry is a small save").isEqualTo(before);
        services.elections().count(round);
        assertThat(checkpoints()).as("count kept").isEqualTo(before + 1);

        services.elections().decide(office, Round.Decision.STOP);
        assertThat(checkpoints()).as("decision recorded").isEqualTo(before + 2);
    }
}
