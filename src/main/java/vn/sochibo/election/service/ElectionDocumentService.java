package vn.sochibo.election.service;

import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.doc.BallotPaper;
import vn.sochibo.election.doc.CountRecord;
import vn.sochibo.election.engine.TallyResult;

import vn.sochibo.branch.BranchProfile;
import vn.sochibo.common.Messages;
import vn.sochibo.storage.Database;

/**
 * The documents of a round, built from what was entered and the engine's result: the count record's text and
 * the ballot paper. Read-only; each method is one read transaction. Part of {@link ElectionService}.
 */
public final class ElectionDocumentService {

    private final Database database;
    private final CongressService congresses;
    private final OfficeListService lists;
    private final ElectionService owner;

    ElectionDocumentService(Database database, CongressService congresses, OfficeListService lists,
            ElectionService owner) {
        this.database = database;
        this.congresses = congresses;
        this.lists = lists;
        this.owner = owner;
    }

    /**
     * The count record's text for a counted round.
     *
     * @param roundId  the round
     * @param profile  the branch as documents name it
     * @param messages Vietnamese messages (the record is a Party document)
     * @return the record, ready for the template
     */
    public CountRecord countRecord(long roundId, BranchProfile profile, Messages messages) {
        return database.read(ctx -> {
            RoundInfo info = owner.round(ctx, roundId);
            ElectionOffice office = lists.office(ctx, info.officeId());
            ElectionService.Replay replay = owner.replay(ctx, info.officeId());
            TallyResult result = owner.compute(ctx, info, replay.contestOf(info));
            return CountRecord.of(messages, profile, congresses.find(ctx, office.congressId()), office, info, result,
                    congresses.rollOf(ctx, office.congressId()), replay.election());
        });
    }

    /**
     * The ballot paper of a round: its list in ballot order, crossing-out or agree/disagree.
     *
     * @param roundId  the round
     * @param profile  the branch
     * @param messages Vietnamese messages
     * @return what to print
     */
    public BallotPaper ballotPaper(long roundId, BranchProfile profile, Messages messages) {
        return database.read(ctx -> {
            RoundInfo info = owner.round(ctx, roundId);
            ElectionOffice office = lists.office(ctx, info.officeId());
            return BallotPaper.of(messages, profile, congresses.find(ctx, office.congressId()), office,
                    owner.replay(ctx, info.officeId()).contestOf(info));
        });
    }
}
