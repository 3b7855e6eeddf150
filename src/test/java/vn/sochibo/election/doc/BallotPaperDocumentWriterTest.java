package vn.sochibo.election.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.service.CongressFixture;
import vn.sochibo.election.RoundInfo;

class BallotPaperDocumentWriterTest {

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

    private XWPFDocument written(long roundId, String name) throws IOException {
        BallotPaper paper = services.electionDocuments().ballotPaper(roundId);
        Path file = dir.resolve(name);
        new BallotPaperDocumentWriter().write(paper, file);
        if (System.getProperty("election.snapshots") != null) {
            Files.copy(file, Path.of(System.getProperty("election.snapshots"), name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new XWPFDocument(Files.newInputStream(file));
    }

    @Test
    void aListWithSurplusGetsACrossingOutBallotWithTheNamesInBallotOrder() throws IOException {
        long round = CongressFixture.countedCommitteeRound(services);
        long office = services.officeLists().offices(services.congresses().list().get(0).id()).get(0).id();
        RoundInfo info = services.elections().rounds(office).get(0);

        try (XWPFDocument doc = written(round, "phieu-gach-ten.docx")) {
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRow(0).getTableCells()).hasSize(2);
            assertThat(table.getRows()).hasSize(1 + 6);
            for (int i = 0; i < 6; i++) {
                assertThat(table.getRow(i + 1).getCell(1).getText()).isEqualTo(info.candidates().get(i).name());
            }
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()))
                    .anyMatch(t -> t.contains("PHIẾU BẦU CỬ")).anyMatch(t -> t.contains("tối đa 5 người"));
        }
    }

    @Test
    void aSingleNameListGetsTheFourColumnAgreeDisagreeBallot() throws IOException {
        long congress = CongressFixture.congress(services);
        long office = CongressFixture.secretaryAfterCommittee(services, congress);
        long round = services.elections().openRound(office, 3, false);
        Candidate only = services.elections().rounds(office).get(0).candidates().get(0);

        try (XWPFDocument doc = written(round, "phieu-bi-thu.docx")) {
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("STT", "Họ và tên", "Đồng ý", "Không đồng ý");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo(only.name());
        }
    }

    @Test
    void severalBallotsShareAnA4SheetWithCutLinesAndEachSaysItsRound() throws IOException {
        CongressFixture.FirstRound first = CongressFixture.committeeFirstRoundFourOfFive(services);
        try (XWPFDocument doc = written(first.round(), "phieu-lan-1.docx")) {
            assertSheet(doc, "Bầu lần thứ 1");
        }
        long second = services.elections().openRound(first.committee(), first.holders(), false);
        try (XWPFDocument doc = written(second, "phieu-lan-2.docx")) {
            assertSheet(doc, "Bầu lần thứ 2, bầu bổ sung số còn thiếu");
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().equals("Bầu lần thứ 1"));
        }
    }

    /** Two ballots or more on the sheet, each with the round line, a cut line between two ballots. */
    private static void assertSheet(XWPFDocument doc, String round) {
        long ballots = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).count();
        assertThat(ballots).isGreaterThanOrEqualTo(2);
        assertThat(doc.getParagraphs().stream().filter(p -> p.getText().equals(round)).count()).isEqualTo(ballots);
        assertThat(doc.getParagraphs().stream().filter(p -> p.getText().contains("cắt theo đường này")).count())
                .isEqualTo(ballots - 1);
        var margins = doc.getDocument().getBody().getSectPr().getPgMar();
        assertThat(margins.getTop().toString()).isEqualTo("567");
    }

    @Test
    void aLongListStillFitsItsBallotOnOneSheet() {
        assertThat(BallotPaperDocumentWriter.perSheet(1)).isBetween(3, 4);
        assertThat(BallotPaperDocumentWriter.perSheet(3)).isEqualTo(3);
        assertThat(BallotPaperDocumentWriter.perSheet(7)).isEqualTo(2);
        assertThat(BallotPaperDocumentWriter.perSheet(25)).isEqualTo(1);
    }
}
