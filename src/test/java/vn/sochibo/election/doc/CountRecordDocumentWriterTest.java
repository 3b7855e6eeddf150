package vn.sochibo.election.doc;

import vn.sochibo.vote.VoteBase;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.election.service.CongressFixture;
import vn.sochibo.election.engine.TallyResult;

class CountRecordDocumentWriterTest {

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

    @Test
    void everyPlaceholderOfTheTemplateSitsInOneRun() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(CountRecordDocumentWriter.TEMPLATE);
                XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
            for (XWPFTable table : doc.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(cell.getParagraphs());
                    }
                }
            }
            int tags = 0;
            for (XWPFParagraph paragraph : paragraphs) {
                Matcher tag = Pattern.compile("\\{\\{[^}]*}}|\\[[a-zA-Z]+]").matcher(paragraph.getText());
                while (tag.find()) {
                    String found = tag.group();
                    tags++;
                    assertThat(paragraph.getRuns()).as(found).anyMatch(run -> found.equals(run.text()));
                }
            }
            assertThat(tags).isGreaterThan(25);
        }
    }

    @Test
    void theCountRecordShowsNEachSubtractionTheBallotsAndEachCandidatesPercentages() throws IOException {
        long round = CongressFixture.countedCommitteeRound(services);
        long congress = services.congresses().list().get(0).id();
        TallyResult result = services.elections().result(round);
        VoteBase base = services.congresses().voteBase(congress);
        CountRecord record = services.electionDocuments().countRecord(round);
        Path file = dir.resolve("bien-ban.docx");

        new CountRecordDocumentWriter().write(record, file);

        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).doesNotContain("{{").doesNotContain("[name]").contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("BIÊN BẢN KIỂM PHIẾU").contains("Số 01-BB/ĐH").contains("ngày 22 tháng 11 năm 2026")
                    .contains("Không có dấu của Ban kiểm phiếu").contains("TRƯỞNG BAN")
                    .contains(CongressFixture.board(services).get(1));
            assertThat(text).contains("(N): " + base.n());
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRows()).hasSize(1 + 6);
            XWPFTableRow first = table.getRow(1);
            assertThat(first.getCell(1).getText()).isEqualTo(result.candidates().get(0).name());
            assertThat(first.getCell(2).getText()).isEqualTo(String.valueOf(result.candidates().get(0).votes()));
            assertThat(first.getCell(3).getText())
                    .isEqualTo(result.candidates().get(0).percentOfBase().toPlainString().replace('.', ','));
            assertThat(first.getCell(4).getText())
                    .isEqualTo(result.candidates().get(0).percentOfValid().toPlainString().replace('.', ','));
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    if (run.text() != null && !run.text().isBlank()) {
                        assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                    }
                }
            }
            if (System.getProperty("election.docx.out") != null) {
                Files.copy(file, Path.of(System.getProperty("election.docx.out")),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void aTieAtTheLastSeatIsSaidPlainlyAndTheTieBreakRoundHasItsOwnRecord() throws IOException {
        long congress = CongressFixture.congress(services);
        long office = services.officeLists().addOffice(congress, vn.sochibo.election.engine.Office.COMMITTEE, 5, 0,
                25, 0);
        CongressFixture.candidates(services, congress, 6).forEach(c -> services.officeLists()
                .nominate(office, c.id()));
        int holders = services.congresses().congressRoll(congress).ballotHolders().size();
        int high = services.congresses().voteBase(congress).votesNeeded() + 2;
        long first = services.elections().openRound(office, holders, true);
        services.elections().enterTotals(first, holders, holders - 1, 1, "Không có dấu của Ban kiểm phiếu",
                List.of(high + 4, high + 3, high + 2, high + 1, high, high));
        TallyResult tie = services.elections().count(first);
        long second = services.elections().openRound(office, holders, true);
        services.elections().enterTotals(second, holders, holders, 0, "", List.of(high, 2));
        services.elections().count(second);
        Messages vi = Messages.forLanguage("vi");
        var profile = services.branch().profile().orElseThrow();
        Path firstFile = dir.resolve("bien-ban-lan-1.docx");
        Path secondFile = dir.resolve("bien-ban-lan-2.docx");

        new CountRecordDocumentWriter().write(services.electionDocuments().countRecord(first),
                firstFile);
        new CountRecordDocumentWriter().write(services.electionDocuments().countRecord(second),
                secondFile);

        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(firstFile));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("lần thứ 1")
                    .contains(tie.tiedNames().get(0) + ", " + tie.tiedNames().get(1) + " bằng phiếu nhau")
                    .contains("bằng phiếu ở vị trí cuối");
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(secondFile));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("lần thứ 2, bầu giữa những người bằng phiếu")
                    .contains("1. " + tie.tiedNames().get(0));
            assertThat(doc.getTables().get(1).getRows()).hasSize(1 + 2);
        }
        if (System.getProperty("election.snapshots") != null) {
            Files.copy(firstFile, Path.of(System.getProperty("election.snapshots"), "bien-ban-lan-1.docx"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theSecretarysRecordNamesTheCongressNeverSaysChiBoTwiceAndPrintsTheBoardsShortfallNote() throws IOException {
        long congress = CongressFixture.congress(services);
        long office = CongressFixture.secretaryAfterCommittee(services, congress);
        long round = services.elections().openRound(office, 2, false);
        services.elections().enterBallot(round, 1, 1, "d");
        services.elections().enterBallot(round, 2, 1, "d");
        services.elections().count(round, new vn.sochibo.election.CountClosing(1,
                "Một đại biểu không bỏ phiếu vào hòm", 2, java.time.LocalTime.of(15, 20)));
        var profile = services.branch().profile().orElseThrow();
        Path file = dir.resolve("bien-ban-bi-thu.docx");

        new CountRecordDocumentWriter().write(services.electionDocuments().countRecord(round), file);

        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("ĐẠI HỘI NHIỆM KỲ 2025–2030").contains("Số 02-BB/ĐH").contains("15 giờ 20 phút")
                    .contains("Bầu Bí thư " + profile.branchName()).doesNotContain("Chi bộ Chi bộ")
                    .contains("Ban kiểm phiếu ghi rõ: Một đại biểu không bỏ phiếu vào hòm");
            if (System.getProperty("election.docx.out") != null) {
                Files.copy(file, Path.of(System.getProperty("election.docx.out")).resolveSibling("bi-thu.docx"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A committee of 5 from 7: round 1 elects 4 (see the ballots), round 2 the fifth; then the secretary. */
    private long[] twoRoundsAndTheSecretary() {
        CongressFixture.FirstRound first = CongressFixture.committeeFirstRoundFourOfFive(services);
        long congress = first.congress();
        long committee = first.committee();
        int holders = first.holders();
        long second = services.elections().openRound(committee, holders, false);
        for (int entry = 1; entry <= 2; entry++) {
            for (int ballot = 1; ballot <= holders; ballot++) {
                services.elections().enterBallot(second, entry, ballot, "2 3");
            }
        }
        services.elections().count(second);
        long secretary = services.officeLists().addOffice(congress, vn.sochibo.election.engine.Office.SECRETARY, 1,
                0, 25, 0);
        services.officeLists().nominate(secretary, services.officeLists().eligible(secretary).get(0).id());
        long secretaryRound = services.elections().openRound(secretary, holders, false);
        for (int entry = 1; entry <= 2; entry++) {
            for (int ballot = 1; ballot <= holders; ballot++) {
                services.elections().enterBallot(secretaryRound, entry, ballot, ballot <= 3 ? "k" : "d");
            }
        }
        services.elections().count(secretaryRound);
        return new long[] {first.round(), second, secretaryRound};
    }

    private String written(long round, String name) throws IOException {
        Path file = dir.resolve(name);
        services.electionDocuments().writeCountRecord(round, file);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @Test
    void aLaterRoundsRecordGivesTheCombinedResultOfTheRoundsSoFar() throws IOException {
        long[] rounds = twoRoundsAndTheSecretary();
        List<String> firstElected = services.elections().result(rounds[0]).electedNames();
        String fifth = services.elections().result(rounds[1]).electedNames().get(0);
        assertThat(firstElected).hasSize(4);

        String second = written(rounds[1], "lan-2.docx");
        assertThat(second).contains("Số 02-BB/ĐH")
                .contains("Kết quả chung qua các lần bầu: 5 đồng chí trúng cử trên 5 cần bầu:")
                .contains("1. " + firstElected.get(0) + " (lần thứ 1, ")
                .contains("5. " + fifth + " (lần thứ 2, " + services.elections().result(rounds[1]).candidates().get(0).votes() + " phiếu)");
        assertThat(written(rounds[0], "lan-1.docx")).contains("Số 01-BB/ĐH").doesNotContain("Kết quả chung");
    }

    @Test
    void theSecretarysRecordGivesTheVotesAgainst() throws IOException {
        long[] rounds = twoRoundsAndTheSecretary();
        TallyResult result = services.elections().result(rounds[2]);
        String text = written(rounds[2], "bi-thu.docx");
        assertThat(text).contains("Số 03-BB/ĐH").contains("Đồng chí " + result.candidates().get(0).name() + ": "
                + (result.valid() - 3) + " phiếu đồng ý, 3 phiếu không đồng ý.");
    }

    @Test
    void theHeaderColumnsAreSizedInTwipsAndPagesAfterTheFirstAreNumbered() throws IOException {
        long round = CongressFixture.countedCommitteeRound(services);
        Path file = dir.resolve("bien-ban.docx");
        services.electionDocuments().writeCountRecord(round, file);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            XWPFTable header = doc.getTables().get(0);
            for (int c = 0; c < 2; c++) {
                var width = header.getRow(0).getCell(c).getCTTc().getTcPr().getTcW();
                assertThat(width.getType().toString()).isEqualTo("dxa");
                assertThat(width.getW().toString()).isEqualTo(String.valueOf(CountRecordDocumentWriter.HEADER_COLUMNS[c]));
                assertThat(header.getCTTbl().getTblGrid().getGridColArray(c).getW().toString())
                        .isEqualTo(String.valueOf(CountRecordDocumentWriter.HEADER_COLUMNS[c]));
            }
            assertThat(CountRecordDocumentWriter.HEADER_COLUMNS[0] + CountRecordDocumentWriter.HEADER_COLUMNS[1])
                    .isEqualTo(11906 - 1701 - 850);
            vn.sochibo.io.word.PageNumbersTest.assertFromPageTwo(doc);
        }
    }
}
