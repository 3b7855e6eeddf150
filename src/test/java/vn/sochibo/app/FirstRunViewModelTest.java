package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.branch.BranchKind;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;

/** The first-run step: the branch profile checked and saved, the sample branch loaded when asked, in one go. */
class FirstRunViewModelTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private final FirstRunViewModel model = new FirstRunViewModel(services.branch(), services.samples(), executor,
            Messages.forLanguage("vi"));
    private final AtomicInteger done = new AtomicInteger();

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anIncompleteProfileIsExplainedAndNothingIsSaved() {
        model.form().branchNameProperty().set("Chi bộ Khu phố 3");
        model.finish(done::incrementAndGet);
        assertThat(model.form().errorsProperty().get()).isNotBlank();
        assertThat(done).hasValue(0);
        assertThat(services.branch().profile()).isEmpty();
        assertThat(executor.submittedCount()).isZero();
    }

    @Test
    void aCompleteProfileIsSavedThenTheStepEnds() {
        fill();
        model.finish(done::incrementAndGet);
        assertThat(done).hasValue(1);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(services.branch().profile()).hasValueSatisfying(p -> {
            assertThat(p.branchName()).isEqualTo("Chi bộ Khu phố 3");
            assertThat(p.term()).as("the term offered").isEqualTo("2025–2030");
        });
        assertThat(services.members().list()).isEmpty();
    }

    @Test
    void askingForTheSampleProposesItsKindAndLoadsItWithTheProfile() {
        fill();
        assertThat(model.form().kindProperty().get()).isEqualTo(BranchKind.CHI_BO);
        model.loadSampleProperty().set(true);
        assertThat(model.form().kindProperty().get()).as("the sample is a đảng bộ cơ sở").isEqualTo(BranchKind.DANG_BO_CO_SO);
        model.finish(done::incrementAndGet);
        assertThat(done).hasValue(1);
        assertThat(services.members().list()).hasSize(36);
        assertThat(services.branch().profile()).hasValueSatisfying(p -> assertThat(p.branchName()).isEqualTo("Chi bộ Khu phố 3"));
    }

    private void fill() {
        model.form().branchNameProperty().set("Chi bộ Khu phố 3");
        model.form().upperBodyProperty().set("Đảng bộ phường Vĩnh Ninh");
        model.form().placeNameProperty().set("Huế");
    }
}
