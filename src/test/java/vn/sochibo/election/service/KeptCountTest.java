package vn.sochibo.election.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.MessageKey;
import vn.sochibo.core.Services;
import vn.sochibo.election.BallotEntry;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.doc.CountRecord;
import vn.sochibo.election.engine.BallotInput;
import vn.sochibo.election.engine.Contest;
import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.engine.Tally;
import vn.sochibo.election.engine.TallyResult;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.vote.VoteBase;

/**
 * A closed count is the record: what the count gave is kept and read back as it was, so neither a change to what
 * the count was computed from nor a change to a rule of the program can alter a past result.
 */
class KeptCountTest {

    private Services services;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        services = Services.inMemory(TestClocks.FIXED);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private long officeOf(long roundId) {
        long congress = services.congresses().list().get(0).id();
        return services.officeLists().offices(congress).get(0).id();
    }

    /** Counts the round again now, with the engine, from the ballots and the base as they are at this moment. */
    private TallyResult recount(long roundId, VoteBase base) {
        RoundInfo round = services.elections().rounds(officeOf(roundId)).get(0);
        Contest contest = Contest.of(Office.COMMITTEE, 5, 0, round.candidates(), base);
        Tally tally = new Tally(contest);
        for (BallotEntry entry : services.elections().entries(roundId)) {
            if (entry.entryNo() == 1) {
                tally.enter(BallotInput.fromStored(entry.kind(), entry.payload(), contest.candidates().size())
                        .toBallot(contest.candidates()));
            }
        }
        return tally.result(round.ballotsIssued());
    }

    @Test
    void theResultReadBackIsTheCountAsKeptFigureForFigure() {
        long congress = CongressFixture.congress(services);
        long office = services.officeLists().addOffice(congress, Office.COMMITTEE, 5, 0, 25, 0);
        CongressFixture.candidates(services, congress, 6).forEach(c -> services.officeLists().nominate(office, c.id()));
        int holders = services.congresses().congressRoll(congress).ballotHolders().size();
        long round = services.elections().openRound(office, holders, false);
        for (int entry = 1; entry <= 2; entry++) {
            for (int ballot = 1; ballot < holders; ballot++) {
                services.elections().enterBallot(round, entry, ballot, ballot % 3 == 0 ? "6" : "5");
            }
            services.elections().enterBallot(round, entry, holders, "!Không có dấu của Ban kiểm phiếu");
        }

        TallyResult counted = services.elections().count(round);

        assertThat(services.elections().result(round)).isEqualTo(counted);
        assertThat(counted.invalidReasons()).hasSize(1);
        assertThat(services.elections().election(office).next()).isEqualTo(Election.NextStep.COMPLETE);
    }

    @Test
    void changingWhatACountWasComputedFromOrARuleLeavesTheKeptResultAndItsRecordAsTheyWere() {
        long round = CongressFixture.countedCommitteeRound(services);
        long congress = services.congresses().list().get(0).id();
        long office = officeOf(round);
        TallyResult kept = services.elections().result(round);
        CountRecord record = services.electionDocuments().countRecord(round);
        List<String> elected = services.elections().election(office).elected().stream().map(c -> c.name()).toList();
        VoteBase baseAtTheCount = kept.contest().base();
        assertThat(recount(round, baseAtTheCount)).as("a recount with nothing changed gives the kept result")
                .isEqualTo(kept);

        // what a recount would read changes behind the program's back: one member present becomes excused (N
        // shrinks) and one ballot of entry 1 now crosses another name
        services.database().write(ctx -> ctx.execute("UPDATE congress_attendee SET attendance = 'ABSENT_EXCUSED'"
                + " WHERE id = (SELECT MIN(id) FROM congress_attendee WHERE attendance = 'PRESENT'"
                + " AND standing = 'OFFICIAL' AND situation = 'ACTIVE')"));
        services.database().write(ctx -> ctx.execute("UPDATE election_ballot_entry SET payload = '1'"
                + " WHERE entry_no = 1 AND sequence_no = 1"));
        // and a rule changes: members introduced for temporary activity elsewhere would stay in N
        assertThat(baseAtTheCount.temporarilyElsewhere()).isPositive();
        VoteBase tamperedRule = new VoteBase(baseAtTheCount.officialMembers(), 0, baseAtTheCount.exemptAbsent(),
                baseAtTheCount.suspended(), baseAtTheCount.absentExcused(), baseAtTheCount.prosecutedOrDetained());

        TallyResult recountedFromTamperedData = recount(round, services.congresses().voteBase(congress));
        TallyResult recountedUnderTamperedRule = recount(round, tamperedRule);
        assertThat(recountedFromTamperedData).isNotEqualTo(kept);
        assertThat(recountedFromTamperedData.base()).isEqualTo(kept.base() - 1);
        assertThat(recountedFromTamperedData.candidates()).extracting(r -> r.votes())
                .isNotEqualTo(kept.candidates().stream().map(r -> r.votes()).toList());
        assertThat(recountedUnderTamperedRule.base()).isGreaterThan(kept.base());
        assertThat(recountedUnderTamperedRule.candidates()).extracting(r -> r.percentOfBase())
                .isNotEqualTo(kept.candidates().stream().map(r -> r.percentOfBase()).toList());

        assertThat(services.elections().result(round)).isEqualTo(kept);
        assertThat(services.electionDocuments().countRecord(round)).isEqualTo(record);
        assertThat(services.elections().election(office).elected()).extracting(c -> c.name())
                .containsExactlyElementsOf(elected);
        assertThat(services.elections().outcome(round).result()).isEqualTo(kept);
    }

    @Test
    void aRoundCountedBeforeTheRecordWasKeptInFullIsCountedAgainFromItsBallots() {
        long round = CongressFixture.countedCommitteeRound(services);
        TallyResult kept = services.elections().result(round);
        services.database().write(ctx -> ctx.execute("DELETE FROM election_round_count WHERE round_id = " + round));

        TallyResult legacy = services.elections().result(round);

        assertThat(legacy.candidates()).isEqualTo(kept.candidates());
        assertThat(legacy.base()).isEqualTo(kept.base());
        assertThat(services.electionDocuments().countRecord(round).rows()).hasSize(kept.candidates().size());
    }

    @Test
    void theKeptRecordGoesIntoABackupAndComesBackWithARestore() throws Exception {
        DataLocation source = DataLocation.at(dir.resolve("source"));
        TallyResult kept;
        long round;
        Backups.Info backup;
        try (Services open = Services.open(source, TestClocks.FIXED)) {
            round = CongressFixture.countedCommitteeRound(open);
            kept = open.elections().result(round);
            backup = new Backups(source, TestClocks.FIXED).create(open.database(), dir.resolve("usb"), "manual");
        }
        assertThat(backup.count("election_round_count")).isEqualTo(1);
        assertThat(backup.count("election_round_reason")).isEqualTo(1);

        DataLocation target = DataLocation.at(dir.resolve("target"));
        try (Services empty = Services.open(target, TestClocks.FIXED)) {
            assertThat(empty.congresses().list()).isEmpty();
        }
        new Backups(target, TestClocks.FIXED).restore(backup.file());
        try (Services restored = Services.open(target, TestClocks.FIXED)) {
            assertThat(restored.elections().result(round)).isEqualTo(kept);
        }
    }

    @Test
    void keptMessageArgumentsComeBackWithTheirTypes() {
        List<Object> args = List.of(33, 128L, "Nguyễn Văn An: 1:2 s3:", new MessageKey("vote.base.suspended"), "");

        assertThat(MessageArgs.decode(MessageArgs.encode(args))).isEqualTo(args);
        assertThat(MessageArgs.decode("")).isEmpty();
        assertThat(MessageArgs.decode(MessageArgs.encode(List.of(new BigDecimal("87.88"))))).containsExactly("87.88");
        assertThatThrownBy(() -> MessageArgs.decode("i5:12")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MessageArgs.decode("x1:a")).isInstanceOf(IllegalStateException.class);
    }
}
