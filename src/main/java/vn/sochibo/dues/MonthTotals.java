package vn.sochibo.dues;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The totals of a month's book: how many had to pay and how many paid, what was due and collected, and the shares kept
 * by the branch and remitted to the upper committee (src/site/rules.md, "Đảng phí").
 *
 * @param owing       members who had to pay (here, not exempt)
 * @param paid        of them, those who paid something
 * @param due         the sum due, đồng
 * @param collected   everything paid for the month (voluntary payments of exempt members included), đồng
 * @param keptPercent the share kept in per cent
 * @param kept        the share kept, đồng
 * @param remitted    the rest, sent up, đồng
 */
public record MonthTotals(YearMonth month, int owing, int paid, long due, long collected, BigDecimal keptPercent,
                          long kept, long remitted) {

    /** The totals of {@code lines}, with the kept share in force. */
    public static MonthTotals of(YearMonth month, List<MonthLine> lines, BigDecimal keptPercent) {
        return of(month, lines, keptPercent, MonthLine::paid);
    }

    /**
     * The totals of {@code lines} with what each line paid given by {@code paidOf}: the book as it will be once the
     * payments typed but not yet saved are stored.
     */
    public static MonthTotals of(YearMonth month, List<MonthLine> lines, BigDecimal keptPercent, ToLongFunction<MonthLine> paidOf) {
        int owing = 0;
        int paid = 0;
        long due = 0;
        long collected = 0;
        for (MonthLine line : lines) {
            long linePaid = paidOf.applyAsLong(line);
            collected += linePaid;
            if (line.standing().owing()) {
                owing++;
                if (linePaid > 0) {
                    paid++;
                }
                due += line.due() == null ? 0 : line.due().amount();
            }
        }
        long kept = DuesRates.kept(collected, keptPercent);
        return new MonthTotals(month, owing, paid, due, collected, keptPercent, kept, collected - kept);
    }
}
