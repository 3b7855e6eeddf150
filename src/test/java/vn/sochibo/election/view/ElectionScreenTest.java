package vn.sochibo.election.view;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import vn.sochibo.election.service.CongressFixture;

/** A tab's view-model test: the screen on a congress of the sample branch, shown as the frame shows it at start. */
abstract class ElectionScreenTest {

    final ElectionScreen screen = new ElectionScreen();
    long congress;

    @BeforeEach
    void showCongress() {
        congress = CongressFixture.congress(screen.services);
        screen.frame.load();
    }

    @AfterEach
    void closeScreen() {
        screen.close();
    }
}
