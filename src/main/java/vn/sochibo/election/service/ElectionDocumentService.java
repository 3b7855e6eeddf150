package vn.sochibo.election.service;

import java.nio.file.Path;
import java.util.List;

import vn.sochibo.branch.BranchProfile;
import vn.sochibo.branch.BranchService;
import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.election.BallotEntry;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.doc.BallotPaper;
import vn.sochibo.election.doc.BallotPaperDocumentWriter;
import vn.sochibo.election.doc.CountRecord;
import vn.sochibo.election.doc.CountRecordDocumentWriter;
import vn.sochibo.election.doc.ElectionWorkbookWriter;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.storage.Database;

/**
 * The files of a round: the count record and the ballot paper (.docx, Party documents, always in the language of
 * the Party's texts) and the tally and entry log workbooks (.xlsx, headings in the language asked for). A counted
 * round's figures are the record kept when it was counted (src/site/rules.md, "Bầu cử tại đại hội chi bộ": a kept
 * count is the record), so a document exported again, even after a change to the program's rules, prints the
 * same figures. Each method reads in one transaction, then writes the file.
 */
public final class ElectionDocumentService {

    private final Database database;
    private final CongressService congresses;
    private final ElectionStateService state;
    private final BranchService branch;
    private final Messages partyDocuments;
    private final BallotEntryRepository entries;

    /**
     * Wires the service.
     *
     * @param partyDocuments the language the count record and the ballot paper are written in
     */
    public ElectionDocumentService(Database database, CongressService congresses, ElectionStateService state,
            BallotEntryRepository entries, BranchService branch, Messages partyDocuments) {
        this.database = database;
        this.congresses = congresses;
        this.state = state;
        this.entries = entries;
        this.branch = branch;
        this.partyDocuments = partyDocuments;
    }

    /**
     * The count record's text for a counted round, from the kept record.
     *
     * @param roundId the round
     * @return the record, ready for the template
     * @throws UserFacingException if the branch's profile is not filled in
     */
    public CountRecord countRecord(long roundId) {
        BranchProfile profile = profile();
        return database.read(ctx -> {
            RoundInfo info = state.round(ctx, roundId);
            ElectionOffice office = state.office(ctx, info.officeId());
            ElectionRepository.RoundCount count = state.resultOf(ctx, info);
            return CountRecord.of(partyDocuments, profile, congresses.find(ctx, office.congressId()), office, info,
                    count.result(), count.ballotHolders(), state.replay(ctx, info.officeId()).election());
        });
    }

    /**
     * The ballot paper of a round: its list in ballot order, crossing-out or agree/disagree.
     *
     * @param roundId the round
     * @return what to print
     * @throws UserFacingException if the branch's profile is not filled in
     */
    public BallotPaper ballotPaper(long roundId) {
        BranchProfile profile = profile();
        return database.read(ctx -> {
            RoundInfo info = state.round(ctx, roundId);
            ElectionOffice office = state.office(ctx, info.officeId());
            return BallotPaper.of(partyDocuments, profile, congresses.find(ctx, office.congressId()), office,
                    state.replay(ctx, info.officeId()).contestOf(info), info);
        });
    }

    /**
     * Writes the count record of a counted round (.docx).
     *
     * @param roundId the round
     * @param file    where to write (replaced)
     */
    public void writeCountRecord(long roundId, Path file) {
        new CountRecordDocumentWriter().write(countRecord(roundId), file);
    }

    /**
     * Writes the ballot paper of a round (.docx).
     *
     * @param roundId the round
     * @param file    where to write (replaced)
     */
    public void writeBallotPaper(long roundId, Path file) {
        new BallotPaperDocumentWriter().write(ballotPaper(roundId), file);
    }

    /**
     * Writes the tally of a round (.xlsx): the kept record once it is counted.
     *
     * @param roundId  the round
     * @param messages the language of the headings and labels
     * @param file     where to write (replaced)
     */
    public void writeTally(long roundId, Messages messages, Path file) {
        List<String> heading = heading(roundId, messages);
        var result = database.read(ctx -> state.resultOf(ctx, state.round(ctx, roundId)).result());
        new ElectionWorkbookWriter(messages).writeTally(heading, result, file);
    }

    /**
     * The heading of a round's workbooks: the congress (branch and term), then the office and the round
     * (src/site/rules.md, "Bầu cử tại đại hội chi bộ", the count and its record).
     */
    private List<String> heading(long roundId, Messages messages) {
        BranchProfile profile = profile();
        return database.read(ctx -> {
            RoundInfo info = state.round(ctx, roundId);
            ElectionOffice office = state.office(ctx, info.officeId());
            var congress = congresses.find(ctx, office.congressId());
            return List.of(messages.get("election.xlsx.heading.congress", profile.branchName(), congress.term()),
                    messages.get("election.xlsx.heading.round",
                            messages.get("election.record.office." + office.office().name()),
                            messages.get("election.record.round." + info.kind().name(), info.number())));
        });
    }

    /**
     * Writes the entry log of a round (.xlsx): every ballot as both entries typed it, with the ballot's list.
     *
     * @param roundId  the round
     * @param messages the language of the headings
     * @param file     where to write (replaced)
     */
    public void writeEntryLog(long roundId, Messages messages, Path file) {
        record Log(List<String> names, List<BallotEntry> entries) {
        }
        Log log = database.read(ctx -> new Log(state.round(ctx, roundId).candidates().stream().map(Candidate::name)
                .toList(), entries.all(ctx, roundId)));
        new ElectionWorkbookWriter(messages).writeEntryLog(heading(roundId, messages), log.names(), log.entries(),
                file);
    }

    private BranchProfile profile() {
        return branch.profile().orElseThrow(() -> new UserFacingException("election.ui.problem.noProfile"));
    }
}
