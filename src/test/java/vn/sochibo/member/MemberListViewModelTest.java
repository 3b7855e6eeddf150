package vn.sochibo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.common.PersonName;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;
import vn.sochibo.ui.StatusBarModel;

/**
 * The member list on the sample branch, without the window: name order, search without diacritics, the status and
 * sub-branch filters, the counts in the status bar and details of the chosen member (deleting a mistaken entry:
 * {@link MemberCorrectionsViewModelTest}).
 */
class MemberListViewModelTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final Messages messages = Messages.forLanguage("vi");
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private final StatusBarModel statusBar = new StatusBarModel();
    private MemberListViewModel model;

    @BeforeEach
    void open() {
        services.samples().load(true);
        model = new MemberListViewModel(services.members(), executor, messages, statusBar);
        model.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long onRegister() {
        return services.members().list().stream().filter(m -> m.status().onRegister()).count();
    }

    @Test
    void theRegisterIsShownInVietnameseNameOrderWithItsCounts() {
        List<String> names = model.rows().stream().map(r -> r.member().fullName()).toList();
        assertThat(names).hasSize((int) onRegister()).isSortedAccordingTo(PersonName.comparator());
        assertThat(model.shownTextProperty().get()).isEqualTo(messages.get("member.list.shown", onRegister(), 36));
        assertThat(statusBar.countsProperty().get()).startsWith(String.valueOf(onRegister()));
        assertThat(model.subBranches()).isNotEmpty();
        assertThat(model.reminders()).isNotEmpty().allSatisfy(r -> assertThat(model.describe(r)).contains(r.fullName()));
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndFiltersCombine() {
        String someone = model.rows().get(0).member().fullName();
        String typed = vn.sochibo.common.Text.fold(someone).toUpperCase(java.util.Locale.ROOT);
        model.searchTextProperty().set(typed);
        assertThat(model.rows()).extracting(r -> r.member().fullName()).contains(someone);
        model.searchTextProperty().set("không có ai tên này");
        assertThat(model.rows()).isEmpty();
        model.searchTextProperty().set("");

        model.statusFilterProperty().set(StatusFilter.ALL);
        assertThat(model.rows()).hasSize(36);
        model.statusFilterProperty().set(new StatusFilter(StatusFilter.Kind.ONE, MemberStatus.PROBATIONARY));
        assertThat(model.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.member().status()).isEqualTo(MemberStatus.PROBATIONARY));
        model.statusFilterProperty().set(StatusFilter.ON_REGISTER);

        String subBranch = model.subBranches().get(0);
        model.subBranchFilterProperty().set(subBranch);
        assertThat(model.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.member().subBranch()).isEqualTo(subBranch));
        assertThat(model.rows().size()).isLessThan((int) onRegister());
    }

    @Test
    void theChosenMembersDetailsAreLoadedAndClearedWithTheSelection() {
        MemberRow row = model.rows().get(0);
        model.selectedProperty().set(row);
        MemberDetails details = model.detailsProperty().get();
        assertThat(details.member().id()).isEqualTo(row.member().id());
        assertThat(model.partyYearsText(details)).isNotBlank();
        model.selectedProperty().set(null);
        assertThat(model.detailsProperty().get()).isNull();
    }

    @Test
    void aPrimedListIsShownAtOnceAndTheFirstRefreshSkipped() {
        MemberListViewModel primed = new MemberListViewModel(services.members(), executor, messages, new StatusBarModel());
        int before = executor.submittedCount();
        primed.prime(MemberListViewModel.load(services.members()));
        assertThat(primed.rows()).hasSize((int) onRegister());
        primed.refresh();
        assertThat(executor.submittedCount()).isEqualTo(before);
        primed.refresh();
        assertThat(executor.submittedCount()).isEqualTo(before + 1);
    }
}
