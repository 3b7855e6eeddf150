package vn.sochibo.election.view;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;
import vn.sochibo.ui.TestFileDialogs;

/**
 * The election screen's five view models on a fresh register, wired as the app wires them (one shared selection),
 * with work run at once and the English interface; "save as" questions are answered by test file dialogs.
 */
final class ElectionScreen implements AutoCloseable {

    final Services services = Services.inMemory(TestClocks.FIXED);
    final Messages messages = Messages.forLanguage("en");
    final ElectionSelection selection = new ElectionSelection();
    /** Answers the "save as" questions: queue a path with {@code answerNext}. */
    final TestFileDialogs files = new TestFileDialogs();
    final ElectionsViewModel frame;
    final CongressRollViewModel roll;
    final OfficeListViewModel lists;
    final BallotEntryViewModel entry;
    final RoundResultViewModel result;

    ElectionScreen() {
        DirectUiExecutor executor = new DirectUiExecutor();
        frame = new ElectionsViewModel(services.congresses(), selection, executor, messages);
        roll = new CongressRollViewModel(services.congresses(), selection, executor, messages);
        lists = new OfficeListViewModel(services.officeLists(), selection, executor, messages);
        entry = new BallotEntryViewModel(services.elections(), services.electionDocuments(), selection, executor,
                messages, files);
        result = new RoundResultViewModel(services.elections(), services.electionDocuments(), selection, executor,
                messages, files);
    }

    String error() {
        return selection.errorProperty().get();
    }

    String message() {
        return selection.messageProperty().get();
    }

    @Override
    public void close() {
        services.close();
    }
}
