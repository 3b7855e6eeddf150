package vn.sochibo.election.view;

import java.nio.file.Path;
import java.util.Optional;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;
import vn.sochibo.ui.UiExecutor;

/**
 * Saves a file of a round for the entry and result tabs: asks the clerk where, writes it through the
 * {@link UiExecutor}, then says where it went (or why it could not be written) on the screen's status line.
 */
final class RoundFiles {

    /** Writes one file of a round. */
    @FunctionalInterface
    interface Writer {
        void write(long roundId, Path file);
    }

    private final FileDialogs saveFiles;
    private final UiExecutor executor;
    private final Messages messages;
    private final ElectionSelection selection;

    RoundFiles(FileDialogs saveFiles, UiExecutor executor, Messages messages, ElectionSelection selection) {
        this.saveFiles = saveFiles;
        this.executor = executor;
        this.messages = messages;
        this.selection = selection;
    }

    /**
     * Asks where to save, then writes the file; nothing happens if the clerk cancels.
     *
     * @param titleKey  the question's title key
     * @param suggested the file name offered
     * @param roundId   the round
     * @param writer    what writes the file
     */
    void save(String titleKey, String suggested, long roundId, Writer writer) {
        FileKind kind = suggested.endsWith(".docx") ? FileKind.DOCUMENT : FileKind.WORKBOOK;
        Optional<Path> file = saveFiles.save(messages.get(titleKey), kind, suggested);
        if (file.isEmpty()) {
            return;
        }
        executor.submit(progress -> {
            writer.write(roundId, file.get());
            return file.get();
        }, saved -> {
            selection.clearError();
            selection.tell(messages.get("election.ui.saved", saved.toString()));
        }, failure -> selection.fail(messages.describe(failure)));
    }
}
