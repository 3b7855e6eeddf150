package vn.sochibo.dues.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Messages;
import vn.sochibo.dues.Dong;
import vn.sochibo.dues.MonthLine;
import vn.sochibo.dues.Months;
import vn.sochibo.dues.Standing;
import vn.sochibo.dues.YearRow;

/**
 * The year's dues book (sổ thu, nộp đảng phí; src/site/rules.md, "Đảng phí"): for each member two lines, due and
 * paid, across the twelve months with the year's totals and what is still owed; "Miễn" for an exempt month, "—" for a
 * month not in this branch. A4 landscape, one page wide, the header repeated on every page.
 */
public final class YearBookWriter {

    private static final int MONTH0 = 3;
    private static final int COLUMNS = MONTH0 + 12 + 2;

    /**
     * Writes the {@code year}'s book of {@code rows} (in the order given) to {@code file} (replacing it).
     *
     * @param through the last month that is over: later months show what is due, but nothing is "not paid" yet
     */
    public void write(Path file, DuesHeading heading, int year, List<YearRow> rows, YearMonth through, Messages vi) throws IOException {
        try (DuesSheet s = new DuesSheet(vi.get("dues.doc.year.sheet", year), 9)) {
            int r = s.heading(heading, vi.get("dues.doc.year.title", year), vi.get("dues.doc.rule", heading.rule()), COLUMNS, vi);
            int headerRow = r;
            s.text(r, 0, vi.get("dues.doc.month.column.0"), s.header);
            s.text(r, 1, vi.get("dues.doc.month.column.1"), s.header);
            s.text(r, 2, vi.get("dues.doc.year.item"), s.header);
            for (int m = 1; m <= 12; m++) {
                s.text(r, MONTH0 + m - 1, vi.get("dues.doc.year.month", m), s.header);
            }
            s.text(r, MONTH0 + 12, vi.get("dues.doc.year.sum"), s.header);
            s.text(r, MONTH0 + 13, vi.get("dues.doc.year.notes"), s.header);
            s.sheet.getRow(r).setHeightInPoints(26);
            int[] widths = {4, 22, 8};
            for (int c = 0; c < COLUMNS; c++) {
                s.sheet.setColumnWidth(c, (c < 3 ? widths[c] : c == MONTH0 + 13 ? 26 : c == MONTH0 + 12 ? 10 : 8) * 256 + 200);
            }
            r++;
            long[] dueByMonth = new long[12];
            long[] paidByMonth = new long[12];
            boolean[] inBook = new boolean[12]; // a month with any member's line (not before the rule, not before anyone joined)
            int number = 1;
            for (YearRow row : rows) {
                s.number(r, 0, number++, s.center);
                s.mergeDown(r, r + 1, 0, s.center);
                s.text(r, 1, row.fullName(), s.text);
                s.mergeDown(r, r + 1, 1, s.text);
                s.text(r, 2, vi.get("dues.doc.year.due"), s.text);
                s.text(r + 1, 2, vi.get("dues.doc.year.paid"), s.text);
                for (int m = 0; m < 12; m++) {
                    MonthLine line = row.months().get(m);
                    dueCell(s, r, MONTH0 + m, line, vi);
                    paidCell(s, r + 1, MONTH0 + m, line);
                    if (line != null) {
                        inBook[m] |= line.standing() != Standing.NOT_HERE;
                        dueByMonth[m] += line.standing().owing() && line.due() != null ? line.due().amount() : 0;
                        paidByMonth[m] += line.paid();
                    }
                }
                s.number(r, MONTH0 + 12, row.due(), s.moneyBold);
                s.number(r + 1, MONTH0 + 12, row.paid(), s.moneyBold);
                s.text(r, MONTH0 + 13, notes(row, through, vi), s.text);
                s.mergeDown(r, r + 1, MONTH0 + 13, s.text);
                r += 2;
            }
            s.text(r, 0, vi.get("dues.doc.total"), s.textBold);
            s.block(r, r + 1, 0, 1, s.textBold);
            s.text(r, 2, vi.get("dues.doc.year.due"), s.textBold);
            s.text(r + 1, 2, vi.get("dues.doc.year.paid"), s.textBold);
            long due = 0;
            long paid = 0;
            for (int m = 0; m < 12; m++) {
                if (!inBook[m]) { // like the members' lines: no book that month
                    s.text(r, MONTH0 + m, "—", s.center);
                    s.text(r + 1, MONTH0 + m, "—", s.center);
                    continue;
                }
                s.number(r, MONTH0 + m, dueByMonth[m], s.moneyBold);
                s.number(r + 1, MONTH0 + m, paidByMonth[m], s.moneyBold);
                due += dueByMonth[m];
                paid += paidByMonth[m];
            }
            s.number(r, MONTH0 + 12, due, s.moneyBold);
            s.number(r + 1, MONTH0 + 12, paid, s.moneyBold);
            s.mergeDown(r, r + 1, MONTH0 + 13, s.textBold);
            s.signatures(r + 4, COLUMNS, vi);
            s.sheet.createFreezePane(3, headerRow + 1);
            s.print(headerRow, headerRow, vi);
            s.save(file);
        }
    }

    private static void dueCell(DuesSheet s, int r, int c, MonthLine line, Messages vi) {
        if (line == null || line.standing() == Standing.NOT_HERE) {
            s.text(r, c, "—", s.center);
        } else if (line.standing() == Standing.EXEMPT) {
            s.text(r, c, vi.get("dues.doc.exempt"), s.center);
        } else if (line.due() == null) {
            s.text(r, c, "?", s.center);
        } else {
            s.number(r, c, line.due().amount(), s.money);
        }
    }

    private static void paidCell(DuesSheet s, int r, int c, MonthLine line) {
        if (line != null && line.paid() > 0) {
            s.number(r, c, line.paid(), s.money);
        } else if (line != null && line.standing() == Standing.EXCUSED) {
            s.text(r, c, "LD", s.center);
        } else {
            s.text(r, c, "", s.money);
        }
    }

    /** Months not paid, months with a reason, what is still owed, up to {@code through}. */
    private static String notes(YearRow row, YearMonth through, Messages vi) {
        List<YearMonth> unpaid = new ArrayList<>();
        List<YearMonth> excused = new ArrayList<>();
        long owed = 0;
        for (MonthLine line : row.months()) {
            if (line == null || line.month().isAfter(through)) {
                continue;
            }
            if (line.standing() == Standing.UNPAID || line.standing() == Standing.NO_BASIS) {
                unpaid.add(line.month());
            } else if (line.standing() == Standing.EXCUSED) {
                excused.add(line.month());
            }
            owed += line.shortfall();
        }
        List<String> parts = new ArrayList<>();
        if (!unpaid.isEmpty()) {
            parts.add(vi.get("dues.doc.year.unpaid", Months.list(unpaid)));
        }
        if (!excused.isEmpty()) {
            parts.add(vi.get("dues.doc.year.excused", Months.list(excused)));
        }
        if (owed > 0) {
            parts.add(vi.get("dues.doc.year.owed", Dong.format(owed)));
        }
        return String.join("; ", parts);
    }
}
