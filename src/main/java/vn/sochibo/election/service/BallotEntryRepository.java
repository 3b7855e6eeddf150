package vn.sochibo.election.service;

import vn.sochibo.election.engine.BallotInput;

import static vn.sochibo.storage.jooq.Tables.ELECTION_BALLOT_ENTRY;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;

import vn.sochibo.election.BallotEntry;

/** SQL for ballots as entered (double entry). Stateless; the caller owns the transaction. */
public final class BallotEntryRepository {

    /** Stores one ballot for one entry, replacing what that entry had under the same sequence number. */
    public void save(DSLContext ctx, long roundId, int entryNo, int sequence, BallotInput input,
            LocalDateTime now) {
        delete(ctx, roundId, entryNo, sequence);
        ctx.insertInto(ELECTION_BALLOT_ENTRY)
                .set(ELECTION_BALLOT_ENTRY.ROUND_ID, roundId).set(ELECTION_BALLOT_ENTRY.ENTRY_NO, entryNo)
                .set(ELECTION_BALLOT_ENTRY.SEQUENCE_NO, sequence).set(ELECTION_BALLOT_ENTRY.BALLOT_KIND, input.kind())
                .set(ELECTION_BALLOT_ENTRY.PAYLOAD, input.typed()).set(ELECTION_BALLOT_ENTRY.ENTERED_AT, now)
                .execute();
    }

    /** Removes one entry's ballot; returns whether there was one. */
    public boolean delete(DSLContext ctx, long roundId, int entryNo, int sequence) {
        return ctx.deleteFrom(ELECTION_BALLOT_ENTRY).where(ELECTION_BALLOT_ENTRY.ROUND_ID.eq(roundId)
                .and(ELECTION_BALLOT_ENTRY.ENTRY_NO.eq(entryNo))
                .and(ELECTION_BALLOT_ENTRY.SEQUENCE_NO.eq(sequence))).execute() == 1;
    }

    /** Every entry of a round, by sequence number then entry. */
    public List<BallotEntry> all(DSLContext ctx, long roundId) {
        return ctx.selectFrom(ELECTION_BALLOT_ENTRY).where(ELECTION_BALLOT_ENTRY.ROUND_ID.eq(roundId))
                .orderBy(ELECTION_BALLOT_ENTRY.SEQUENCE_NO, ELECTION_BALLOT_ENTRY.ENTRY_NO)
                .fetch(r -> new BallotEntry(r.getEntryNo(), r.getSequenceNo(), r.getBallotKind(), r.getPayload(),
                        r.getEnteredAt()));
    }

    /** The highest sequence number one entry has used, 0 if none. */
    public int lastSequence(DSLContext ctx, long roundId, int entryNo) {
        Integer max = ctx.select(org.jooq.impl.DSL.max(ELECTION_BALLOT_ENTRY.SEQUENCE_NO)).from(ELECTION_BALLOT_ENTRY)
                .where(ELECTION_BALLOT_ENTRY.ROUND_ID.eq(roundId).and(ELECTION_BALLOT_ENTRY.ENTRY_NO.eq(entryNo)))
                .fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }
}
