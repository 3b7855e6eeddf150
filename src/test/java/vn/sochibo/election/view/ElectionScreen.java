package vn.sochibo.election.view;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;

/**
 * The election screen's five view models on a fresh register, wired as the app wires them (one shared selection),
 * with work run at once and the English interface; "save as" questions are answered from a queue.
 */
final class ElectionScreen implements AutoCloseable {

    final Services services = Services.inMemory(TestClocks.FIXED);
    final Messages messages = Messages.forLanguage("en");
    final ElectionSelection selection = new ElectionSelection();
    final Deque<Path> saveAnswers = new ArrayDeque<>();
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
                messages, (title, name) -> Optional.ofNullable(saveAnswers.poll()));
        result = new RoundResultViewModel(services.elections(), services.electionDocuments(), selection, executor,
                messages, (title, name) -> Optional.ofNullable(saveAnswers.poll()));
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
