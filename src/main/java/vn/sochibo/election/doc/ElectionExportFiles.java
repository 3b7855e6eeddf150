package vn.sochibo.election.doc;

import java.nio.file.Path;
import java.util.List;

import vn.sochibo.common.Messages;
import vn.sochibo.election.service.BallotEntryRepository;
import vn.sochibo.election.engine.TallyResult;

/** The election's files on disk: the count record .docx and the two workbooks. */
public final class ElectionExportFiles implements ElectionExports {

    private final Messages messages;

    /**
     * Files with spreadsheet headings in the given language (the count record is always Vietnamese).
     *
     * @param messages the bundle
     */
    public ElectionExportFiles(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void countRecord(CountRecord record, Path file) {
        new CountRecordDocumentWriter().write(record, file);
    }

    @Override
    public void tally(String title, TallyResult result, Path file) {
        new ElectionWorkbookWriter(messages).writeTally(title, result, file);
    }

    @Override
    public void entryLog(List<String> names, List<BallotEntryRepository.StoredEntry> entries, Path file) {
        new ElectionWorkbookWriter(messages).writeEntryLog(names, entries, file);
    }

    @Override
    public void ballotPaper(BallotPaper paper, Path file) {
        new BallotPaperDocumentWriter().write(paper, file);
    }
}
