package vn.sochibo.election.view;

import vn.sochibo.common.Messages;
import vn.sochibo.election.TallyText;
import vn.sochibo.election.service.ElectionDocumentService;
import vn.sochibo.election.service.ElectionService;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.UiExecutor;

/**
 * What the entry and result tabs share: both show the rounds of the office worked on, read them again whenever
 * the office or one of its rounds changes, save a round's files and report on the screen's status line.
 */
abstract class OfficeRoundsViewModel {

    final ElectionService elections;
    final ElectionDocumentService documents;
    final ElectionSelection selection;
    final UiExecutor executor;
    final Messages messages;
    final RoundFiles files;
    final TallyText text;

    OfficeRoundsViewModel(ElectionService elections, ElectionDocumentService documents, ElectionSelection selection,
            UiExecutor executor, Messages messages, FileDialogs saveFiles) {
        this.elections = elections;
        this.documents = documents;
        this.selection = selection;
        this.executor = executor;
        this.messages = messages;
        this.files = new RoundFiles(saveFiles, executor, messages, selection);
        this.text = new TallyText(messages);
        selection.followRounds(this::reload);
    }

    /** Reads the office's rounds again. */
    public abstract void reload();

    final void fail(Throwable failure) {
        selection.fail(messages.describe(failure));
    }
}
