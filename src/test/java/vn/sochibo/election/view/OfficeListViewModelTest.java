package vn.sochibo.election.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.ListedCandidate;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.service.CongressFixture;

/** The offices and lists tab: offices of the congress shown, the office worked on, its list and its problems. */
class OfficeListViewModelTest extends ElectionScreenTest {

    private void addCommittee() {
        screen.lists.addOffice(new OfficeListViewModel.OfficeForm(Office.COMMITTEE, "5", "", "25", " "));
    }

    @Test
    void aNewOfficeIsWorkedOnAndItsListSaysWhatTheRulesRequire() {
        assertThat(screen.lists.officesProperty()).isEmpty();

        addCommittee();

        ElectionOffice committee = screen.lists.officeProperty().get();
        assertThat(committee.office()).isEqualTo(Office.COMMITTEE);
        assertThat(committee.seats()).isEqualTo(5);
        assertThat(screen.lists.officesProperty()).containsExactly(committee);
        assertThat(screen.lists.nomineesProperty()).isNotEmpty();
        List<CongressAttendee> five = screen.lists.nomineesProperty().subList(0, 5);
        five.forEach(person -> screen.lists.nominate(person, null));

        assertThat(screen.lists.candidatesProperty()).hasSize(5);
        assertThat(screen.lists.listProblemsProperty().get())
                .isEqualTo("The committee list must be longer than the number to elect: 5 people for 5 places.");
        screen.lists.nominate(screen.lists.nomineesProperty().get(5), null);
        assertThat(screen.lists.listProblemsProperty().get()).isEmpty();
    }

    @Test
    void aWithdrawnNameKeepsItsLineButLosesItsBallotNumber() {
        addCommittee();
        CongressFixture.candidates(screen.services, congress, 7).forEach(c -> screen.lists.nominate(c, null));
        List<ListedCandidate> listed = List.copyOf(screen.lists.candidatesProperty());
        assertThat(listed).extracting(screen.lists::ballotNumber).containsExactly(1, 2, 3, 4, 5, 6, 7);

        screen.lists.withdraw(listed.get(1));

        assertThat(screen.lists.candidatesProperty()).hasSize(7);
        assertThat(screen.lists.candidatesProperty()).extracting(screen.lists::ballotNumber)
                .containsExactly(1, 0, 2, 3, 4, 5, 6);
    }

    @Test
    void aFloorNominationWithoutEnoughHandsAndAFigureThatIsNoNumberAreRefused() {
        addCommittee();
        CongressAttendee person = screen.lists.nomineesProperty().get(0);

        screen.lists.nominate(person, "1");
        assertThat(screen.error()).contains("is not added to the list: 1 of").contains("not more than 30%");
        screen.lists.nominate(person, "nhiều");
        assertThat(screen.error()).isEqualTo("Number fields must be whole numbers.");
        screen.lists.addOffice(new OfficeListViewModel.OfficeForm(Office.SECRETARY, "một", "0", "25", "0"));
        assertThat(screen.error()).isEqualTo("Number fields must be whole numbers.");

        assertThat(screen.lists.candidatesProperty()).isEmpty();
        assertThat(screen.lists.officesProperty()).hasSize(1);
        assertThatThrownBy(() -> screen.lists.candidatesProperty().add(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void choosingAnotherOfficeShowsItsListAndTellsTheOtherTabs() {
        addCommittee();
        CongressFixture.candidates(screen.services, congress, 6).forEach(c -> screen.lists.nominate(c, null));
        screen.lists.addOffice(new OfficeListViewModel.OfficeForm(Office.DELEGATES, "2", "1", "", ""));
        ElectionOffice delegates = screen.lists.officeProperty().get();
        assertThat(delegates.office()).isEqualTo(Office.DELEGATES);
        assertThat(screen.lists.candidatesProperty()).isEmpty();

        screen.lists.select(screen.lists.officesProperty().get(0));

        assertThat(screen.lists.candidatesProperty()).hasSize(6);
        assertThat(screen.selection.officeProperty().get().office()).isEqualTo(Office.COMMITTEE);
        assertThat(screen.entry.roundTextProperty().get()).isEqualTo("No round opened for this office yet.");
    }
}
