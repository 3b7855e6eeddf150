package vn.sochibo.election.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.election.Congress;
import vn.sochibo.election.service.CongressFixture;

/** The screen's frame: which congress is shown, a new congress from the form, the shared status line. */
class ElectionsViewModelTest {

    private final ElectionScreen screen = new ElectionScreen();

    @AfterEach
    void close() {
        screen.close();
    }

    private ElectionsViewModel.CongressForm form(String date, String number) {
        List<String> board = CongressFixture.board(screen.services);
        return new ElectionsViewModel.CongressForm(" 2025 - 2030 ", date, "Hội trường tầng 3", number, board.get(0),
                board.get(1) + "; ");
    }

    @Test
    void aNewCongressFromTheFormIsShownAndItsRollLoads() {
        screen.services.samples().load(true);
        screen.frame.load();
        assertThat(screen.frame.congressesProperty()).isEmpty();
        assertThat(screen.frame.congressProperty().get()).isNull();

        screen.frame.createCongress(form("22/11/2026", "1"));

        Congress shown = screen.frame.congressProperty().get();
        assertThat(screen.error()).isEmpty();
        assertThat(shown.term()).isEqualTo("2025–2030");
        assertThat(shown.boardMembers()).containsExactly(CongressFixture.board(screen.services).get(1));
        assertThat(screen.frame.congressesProperty()).containsExactly(shown);
        assertThat(screen.roll.rollProperty()).isNotEmpty();
        assertThat(screen.roll.baseTextProperty().get()).contains("N = ");
    }

    @Test
    void aDateOrNumberThatCannotBeReadIsSaidAndNothingIsSetUp() {
        screen.services.samples().load(true);

        screen.frame.createCongress(form("31/02/2026", "1"));
        assertThat(screen.error()).isEqualTo("The date must be dd/MM/yyyy and the record number a number.");
        screen.frame.createCongress(form("22/11/2026", "một"));

        assertThat(screen.services.congresses().list()).isEmpty();
        assertThat(screen.frame.congressProperty().get()).isNull();
    }

    @Test
    void aMissingFieldIsRefusedByTheServiceInTheInterfacesLanguage() {
        screen.services.samples().load(true);

        screen.frame.createCongress(new ElectionsViewModel.CongressForm("2025-2030", "22/11/2026", " ", "1", "",
                ""));

        assertThat(screen.error()).isNotEmpty().doesNotContain("election.").contains("\n");
        assertThat(screen.services.congresses().list()).isEmpty();
    }

    @Test
    void theNewestCongressIsShownAtLoadAndTheListCannotBeChangedFromOutside() {
        CongressFixture.congress(screen.services);
        screen.frame.load();

        assertThat(screen.frame.congressProperty().get()).isEqualTo(screen.services.congresses().list().get(0));
        assertThatThrownBy(() -> screen.frame.congressesProperty().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        screen.frame.select(null);
        assertThat(screen.roll.rollProperty()).isEmpty();
    }
}
