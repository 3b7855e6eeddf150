package vn.sochibo.dues.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.dues.Dong;
import vn.sochibo.dues.DongWords;
import vn.sochibo.dues.Due;
import vn.sochibo.dues.DuesTexts;
import vn.sochibo.dues.MonthBook;
import vn.sochibo.dues.MonthLine;
import vn.sochibo.dues.MonthTotals;
import vn.sochibo.dues.Months;
import vn.sochibo.dues.Standing;

/**
 * The month's list sent up with the money (src/site/rules.md, "Đảng phí"): every member who had to pay or is exempt,
 * with kind, basis, rate, amount due and paid, when and how; the totals; the amount collected in figures and words,
 * the share kept by the branch and the share remitted. A4 landscape, one page wide, ready to sign. Texts from the
 * Vietnamese bundle.
 */
public final class MonthListWriter {

    private static final int COLUMNS = 10;
    private static final int[] WIDTHS = {5, 24, 24, 13, 12, 12, 12, 11, 17, 30};

    /** Writes {@code book} to {@code file} (replacing it). */
    public void write(Path file, DuesHeading heading, MonthBook book, Messages vi) throws IOException {
        try (DuesSheet s = new DuesSheet(vi.get("dues.doc.month.sheet", Months.text(book.month()).replace('/', '-')), 11)) {
            int r = s.heading(heading, vi.get("dues.doc.month.title", Months.text(book.month())),
                    vi.get("dues.doc.rule", heading.rule()), COLUMNS, vi);
            int headerRow = r;
            for (int c = 0; c < COLUMNS; c++) {
                s.text(r, c, vi.get("dues.doc.month.column." + c), s.header);
                s.sheet.setColumnWidth(c, WIDTHS[c] * 256 + 128);
            }
            s.sheet.getRow(r).setHeightInPoints(34);
            r++;
            int number = 1;
            long due = 0;
            long paid = 0;
            for (MonthLine line : book.lines()) {
                if (line.standing() == Standing.NOT_HERE && line.entry() == null) {
                    continue;
                }
                s.number(r, 0, number++, s.center);
                s.text(r, 1, line.fullName(), s.text);
                Due d = line.due();
                s.text(r, 2, line.basis() == null ? "" : vi.get("dues.doc.kind." + line.basis().kind().name()), s.plainBordered);
                if (d != null && d.basisAmount() > 0) {
                    s.number(r, 3, d.basisAmount(), s.money);
                } else {
                    s.text(r, 3, "", s.money);
                }
                s.text(r, 4, DuesTexts.rate(d, vi), s.center);
                if (d != null && line.standing().owing()) {
                    s.number(r, 5, d.amount(), s.money);
                    due += d.amount();
                } else {
                    s.text(r, 5, line.standing() == Standing.EXEMPT ? vi.get("dues.doc.exempt") : "", s.center);
                }
                if (line.paid() > 0) {
                    s.number(r, 6, line.paid(), s.money);
                    paid += line.paid();
                } else {
                    s.text(r, 6, "", s.money);
                }
                s.text(r, 7, line.entry() == null || line.entry().paidOn() == null ? "" : Formats.date(line.entry().paidOn()), s.center);
                s.text(r, 8, line.entry() == null || line.entry().method() == null ? "" : vi.label(line.entry().method()), s.center);
                s.text(r, 9, DuesTexts.note(line, vi), s.text);
                r++;
            }
            s.text(r, 0, vi.get("dues.doc.total"), s.textBold);
            s.merge(r, 0, 4, s.textBold);
            s.number(r, 5, due, s.moneyBold);
            s.number(r, 6, paid, s.moneyBold);
            s.merge(r, 7, 9, s.textBold);
            r += 2;
            MonthTotals t = book.totals();
            for (String line : totals(t, vi)) {
                s.text(r, 0, line, s.plain);
                r++;
            }
            s.signatures(r + 1, COLUMNS, vi);
            s.sheet.createFreezePane(0, headerRow + 1);
            s.print(headerRow, headerRow, vi);
            s.save(file);
        }
    }

    /** The lines under the table: counts, the amount collected in figures and words, the kept and remitted shares. */
    static List<String> totals(MonthTotals t, Messages vi) {
        List<String> lines = new ArrayList<>();
        lines.add(vi.get("dues.doc.counts", t.owing(), t.paid()));
        lines.add(vi.get("dues.doc.collected", Dong.format(t.collected()), DongWords.of(t.collected())));
        lines.add(vi.get("dues.doc.kept", Dong.percent(t.keptPercent()), Dong.format(t.kept())));
        lines.add(vi.get("dues.doc.remitted", Dong.percent(java.math.BigDecimal.valueOf(100).subtract(t.keptPercent())),
                Dong.format(t.remitted()), DongWords.of(t.remitted())));
        return lines;
    }
}
