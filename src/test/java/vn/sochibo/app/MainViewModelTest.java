package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.branch.BranchKind;
import vn.sochibo.branch.BranchProfile;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;

/** The main window's branch name: read from the register, shown at once when primed, a clear text on failure. */
class MainViewModelTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private final Messages messages = Messages.forLanguage("vi");
    private final MainViewModel model = new MainViewModel(services.branch(), executor, messages);

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsTheBranchOfTheRegisterAndNothingBeforeItHasOne() {
        model.load();
        assertThat(model.branchNameProperty().get()).isEmpty();
        services.branch().save(new BranchProfile("Chi bộ Khu phố 3", "Đảng bộ phường Vĩnh Ninh", "Huế", "2025–2030", BranchKind.CHI_BO));
        model.load();
        assertThat(model.branchNameProperty().get()).isEqualTo("Chi bộ Khu phố 3");
    }

    @Test
    void aPrimedNameIsShownAtOnceAndTheNextLoadIsSkippedOnce() {
        model.prime(Optional.of(new BranchProfile("Chi bộ Văn phòng", "Đảng bộ Sở", "Huế", "2025–2030", BranchKind.CHI_BO)));
        assertThat(model.branchNameProperty().get()).isEqualTo("Chi bộ Văn phòng");
        model.load();
        assertThat(executor.submittedCount()).as("primed: nothing read again").isZero();
        assertThat(model.branchNameProperty().get()).isEqualTo("Chi bộ Văn phòng");
        model.load();
        assertThat(executor.submittedCount()).isEqualTo(1);
        assertThat(model.branchNameProperty().get()).as("the register has no profile").isEmpty();
    }

    @Test
    void aRegisterThatCannotBeReadSaysSo() {
        services.close();
        model.load();
        assertThat(executor.failures()).hasSize(1);
        assertThat(model.branchNameProperty().get()).isEqualTo(messages.get("main.branch.unknown"));
    }
}
