package vn.sochibo.election.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.CandidateResult;
import vn.sochibo.election.service.CongressFixture;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.engine.TallyResult;

class ElectionWorkbookWriterTest {

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

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(text)
                    || row.getCell(1) != null && row.getCell(1).toString().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text);
    }

    @Test
    void theTallyWorkbookHoldsTheFiguresAndEachCandidatesVotesAndPercentages() throws IOException {
        long round = CongressFixture.countedCommitteeRound(services);
        TallyResult result = services.elections().result(round);
        Path file = dir.resolve("kiem-phieu.xlsx");

        new ElectionWorkbookWriter(Messages.forLanguage("vi")).writeTally("Bầu Chi ủy – lần thứ 1", result, file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(rowStartingWith(sheet, "Số làm căn cứ tính kết quả (N)").getCell(2).getNumericCellValue())
                    .isEqualTo(result.base());
            assertThat(rowStartingWith(sheet, "Số phiếu hợp lệ").getCell(2).getNumericCellValue())
                    .isEqualTo(result.valid());
            assertThat(rowStartingWith(sheet, "Số phiếu không hợp lệ").getCell(2).getNumericCellValue())
                    .isEqualTo(1);
            Row header = rowStartingWith(sheet, "STT");
            for (int i = 0; i < result.candidates().size(); i++) {
                Row row = sheet.getRow(header.getRowNum() + 1 + i);
                CandidateResult expected = result.candidates().get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.name());
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(expected.votes());
                assertThat(row.getCell(3).getNumericCellValue())
                        .isEqualTo(expected.percentOfBase().doubleValue());
                assertThat(row.getCell(4).getNumericCellValue())
                        .isEqualTo(expected.percentOfValid().doubleValue());
            }
        }
        copyFor("election.xlsx.out", file);
    }

    @Test
    void theEntryLogListsEveryBallotWithBothEntries() throws IOException {
        long round = CongressFixture.countedCommitteeRound(services);
        RoundInfo info = services.elections().rounds(services.officeLists()
                .offices(services.congresses().list().get(0).id()).get(0).id()).get(0);
        List<String> names = info.candidates().stream().map(Candidate::name).toList();
        Path file = dir.resolve("nhat-ky.xlsx");

        new ElectionWorkbookWriter(Messages.forLanguage("vi")).writeEntryLog(names, services.elections().entries(round),
                file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Người nhập 1");
            assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("6");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("6");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("khớp");
            assertThat(sheet.getLastRowNum()).isGreaterThan(names.size());
            Row sixth = sheet.getRow(sheet.getLastRowNum());
            assertThat(sixth.getCell(0).getNumericCellValue()).isEqualTo(6);
            assertThat(sixth.getCell(1).getStringCellValue()).isEqualTo(names.get(5));
        }
        copyFor("election.log.out", file);
    }

    private static void copyFor(String property, Path file) throws IOException {
        if (System.getProperty(property) != null) {
            Files.copy(file, Path.of(System.getProperty(property)), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theWorkbooksOfARoundNameTheCongressTheOfficeAndTheRoundAndKeepTheBallotNumberApart() throws IOException {
        long round = CongressFixture.countedCommitteeRound(services);
        String branch = services.branch().profile().orElseThrow().branchName();
        Path tally = dir.resolve("kiem-phieu.xlsx");
        Path log = dir.resolve("nhat-ky.xlsx");

        services.electionDocuments().writeTally(round, Messages.forLanguage("vi"), tally);
        services.electionDocuments().writeEntryLog(round, Messages.forLanguage("vi"), log);

        for (Path file : List.of(tally, log)) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("Đại hội " + branch + " nhiệm kỳ 2025–2030");
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bầu Chi ủy (lần thứ 1)");
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                        .isTrue();
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(log))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row head = rowStartingWith(sheet, "Phiếu số");
            Row third = sheet.getRow(head.getRowNum() + 3);
            assertThat(third.getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(third.getCell(1).getStringCellValue()).isEqualTo("6");
            // centred in their own columns: "3" and "6" are not read as "3 6"
            assertThat(third.getCell(0).getCellStyle().getAlignment())
                    .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            assertThat(third.getCell(1).getCellStyle().getAlignment())
                    .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        }
    }
}
