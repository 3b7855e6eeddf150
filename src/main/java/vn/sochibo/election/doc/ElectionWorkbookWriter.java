package vn.sochibo.election.doc;

import vn.sochibo.vote.VoteBase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.election.BallotEntry;
import vn.sochibo.election.engine.CandidateResult;
import vn.sochibo.election.TallyText;
import vn.sochibo.election.engine.TallyResult;

/**
 * Writes an election round's spreadsheets: the tally (figures and each candidate's votes with % of N and % of
 * valid ballots) and the entry log (every ballot as entry 1 and entry 2 typed it).
 */
public final class ElectionWorkbookWriter {

    private static final String APP = "SoChiBo";

    private final Messages messages;

    /**
     * A writer with column headings in the given language.
     *
     * @param messages the bundle
     */
    public ElectionWorkbookWriter(Messages messages) {
        this.messages = messages;
    }

    /**
     * Writes the tally of one round.
     *
     * @param title  heading, e.g. "Bầu Chi ủy – lần thứ 1"
     * @param result the engine's result
     * @param file   the .xlsx to write
     * @throws UserFacingException if the file cannot be written
     */
    public void writeTally(String title, TallyResult result, Path file) {
        writeTally(List.of(title), result, file);
    }

    /**
     * Writes the tally of one round under a heading that names the congress, the office and the round
     * (src/site/rules.md, "Bầu cử tại đại hội chi bộ", the count and its record).
     *
     * @param heading the heading lines, e.g. "Đại hội Chi bộ … nhiệm kỳ 2025–2030", "Bầu Chi ủy (lần thứ 1)"
     * @param result  the engine's result
     * @param file    the .xlsx to write
     * @throws UserFacingException if the file cannot be written
     */
    public void writeTally(List<String> heading, TallyResult result, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, APP, "1.0");
            Worksheet sheet = workbook.newWorksheet(messages.get("election.xlsx.tally.sheet"));
            int row = heading(sheet, heading) + 1;
            VoteBase base = result.contest().base();
            row = figure(sheet, row, "election.xlsx.official", base.officialMembers());
            for (VoteBase.Subtraction subtraction : base.subtractions()) {
                row = figure(sheet, row, subtraction.labelKey(), subtraction.count());
            }
            row = figure(sheet, row, "election.xlsx.base", result.base());
            row = figure(sheet, row, "election.xlsx.votesNeeded", result.votesNeeded());
            row = figure(sheet, row, "election.xlsx.issued", result.ballotsIssued());
            row = figure(sheet, row, "election.xlsx.collected", result.ballotsCollected());
            row = figure(sheet, row, "election.xlsx.valid", result.valid());
            row = figure(sheet, row, "election.xlsx.invalid", result.invalid());
            TallyText text = new TallyText(messages);
            for (TallyResult.ReasonCount reason : result.invalidReasons()) {
                sheet.value(row, 1, "  – " + text.reason(reason.reason()));
                sheet.value(row++, 2, reason.count());
            }
            row++;
            String[] heads = {"election.xlsx.rank", "election.xlsx.name", "election.xlsx.votes",
                "election.xlsx.pctBase", "election.xlsx.pctValid", "election.xlsx.outcome"};
            for (int c = 0; c < heads.length; c++) {
                sheet.value(row, c, messages.get(heads[c]));
                sheet.style(row, c).bold().fillColor("DDEBF7").set();
            }
            row++;
            int rank = 1;
            for (CandidateResult line : result.candidates()) {
                sheet.value(row, 0, rank++);
                sheet.style(row, 0).horizontalAlignment("center").set();
                sheet.value(row, 1, line.name());
                sheet.value(row, 2, line.votes());
                sheet.value(row, 3, line.percentOfBase());
                sheet.style(row, 3).format("0.00").set();
                sheet.value(row, 4, line.percentOfValid());
                sheet.style(row, 4).format("0.00").set();
                sheet.value(row++, 5, text.outcome(line));
            }
            for (vn.sochibo.common.Problem problem : result.problems()) {
                sheet.value(++row, 1, text.problem(problem));
            }
            double[] widths = {6, 44, 10, 12, 20, 26};
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, widths[c]);
            }
            printOnOnePageWide(sheet);
            workbook.finish();
        } catch (IOException e) {
            throw new UserFacingException("election.export.error.write", e, file.toString(), e.getMessage());
        }
    }

    /** Writes the heading lines in bold from the first row; returns the next row. */
    private static int heading(Worksheet sheet, List<String> lines) {
        int row = 0;
        for (String line : lines) {
            sheet.value(row, 0, line);
            sheet.style(row++, 0).bold().fontSize(row == 1 ? 13 : 11).set();
        }
        return row;
    }

    private int figure(Worksheet sheet, int row, String key, int value) {
        sheet.value(row, 1, messages.get(key));
        sheet.value(row, 2, value);
        return row + 1;
    }

    private static void printOnOnePageWide(Worksheet sheet) {
        sheet.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
    }

    /**
     * Writes the entry log: one line per ballot number, what each entry typed, and whether they agree.
     *
     * @param names   the ballot's list, in ballot order (the typed numbers refer to it)
     * @param entries every stored entry of the round
     * @param file    the .xlsx to write
     * @throws UserFacingException if the file cannot be written
     */
    public void writeEntryLog(List<String> names, List<BallotEntry> entries, Path file) {
        writeEntryLog(List.of(), names, entries, file);
    }

    /**
     * Writes the entry log under a heading (the congress, the office and the round). The ballot number and each
     * entry are centred in their own columns, so a ballot number is never read as part of the entry.
     *
     * @param heading the heading lines (none: the table starts on the first row)
     * @param names   the ballot's list, in ballot order (the typed numbers refer to it)
     * @param entries every stored entry of the round
     * @param file    the .xlsx to write
     * @throws UserFacingException if the file cannot be written
     */
    public void writeEntryLog(List<String> heading, List<String> names, List<BallotEntry> entries, Path file) {
        Map<Integer, BallotEntry[]> bySequence = new TreeMap<>();
        for (BallotEntry entry : entries) {
            bySequence.computeIfAbsent(entry.sequence(), s -> new BallotEntry[2])[entry.entryNo() - 1] = entry;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, APP, "1.0");
            Worksheet sheet = workbook.newWorksheet(messages.get("election.xlsx.log.sheet"));
            String[] heads = {"election.xlsx.log.sequence", "election.xlsx.log.entry1", "election.xlsx.log.time1",
                "election.xlsx.log.entry2", "election.xlsx.log.time2", "election.xlsx.log.agree"};
            int top = heading.isEmpty() ? 0 : heading(sheet, heading) + 1;
            for (int c = 0; c < heads.length; c++) {
                sheet.value(top, c, messages.get(heads[c]));
                sheet.style(top, c).bold().fillColor("DDEBF7").horizontalAlignment("center").set();
            }
            int row = top + 1;
            for (Map.Entry<Integer, BallotEntry[]> line : bySequence.entrySet()) {
                BallotEntry first = line.getValue()[0];
                BallotEntry second = line.getValue()[1];
                sheet.value(row, 0, line.getKey());
                sheet.style(row, 0).horizontalAlignment("center").borderStyle("thin").set();
                if (first != null) {
                    sheet.value(row, 1, first.payload());
                    sheet.style(row, 1).horizontalAlignment("center").borderStyle("thin").set();
                    sheet.value(row, 2, first.enteredAt());
                    sheet.style(row, 2).format("dd/MM/yyyy HH:mm:ss").set();
                }
                if (second != null) {
                    sheet.value(row, 3, second.payload());
                    sheet.style(row, 3).horizontalAlignment("center").borderStyle("thin").set();
                    sheet.value(row, 4, second.enteredAt());
                    sheet.style(row, 4).format("dd/MM/yyyy HH:mm:ss").set();
                }
                boolean agree = first != null && second != null && first.payload().equals(second.payload());
                sheet.value(row, 5, messages.get(agree ? "election.xlsx.log.yes" : "election.xlsx.log.no"));
                row++;
            }
            row++;
            sheet.value(row++, 0, messages.get("election.xlsx.log.legend"));
            for (int i = 0; i < names.size(); i++) {
                sheet.value(row, 0, i + 1);
                sheet.value(row++, 1, names.get(i));
            }
            sheet.width(0, 12);
            sheet.width(1, 28);
            sheet.width(2, 20);
            sheet.width(3, 28);
            sheet.width(4, 20);
            sheet.width(5, 12);
            printOnOnePageWide(sheet);
            workbook.finish();
        } catch (IOException e) {
            throw new UserFacingException("election.export.error.write", e, file.toString(), e.getMessage());
        }
    }
}
