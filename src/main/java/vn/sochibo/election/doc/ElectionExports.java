package vn.sochibo.election.doc;

import vn.sochibo.election.engine.TallyResult;
import vn.sochibo.election.service.BallotEntryRepository;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes an election's files. A port implemented in {@code vn.sochibo.io}, so the election package does not
 * depend on the document libraries.
 */
public interface ElectionExports {

    /**
     * Writes the count record (.docx).
     *
     * @param record the record's text and figures
     * @param file   where to write
     */
    void countRecord(CountRecord record, Path file);

    /**
     * Writes the tally (.xlsx).
     *
     * @param title  heading of the sheet
     * @param result the result
     * @param file   where to write
     */
    void tally(String title, TallyResult result, Path file);

    /**
     * Writes the entry log (.xlsx).
     *
     * @param names   the ballot's list in ballot order
     * @param entries every entry of the round
     * @param file    where to write
     */
    void entryLog(List<String> names, List<BallotEntryRepository.StoredEntry> entries, Path file);

    /**
     * Writes a ballot paper (.docx).
     *
     * @param paper what to print
     * @param file  where to write
     */
    void ballotPaper(BallotPaper paper, Path file);
}
