package vn.sochibo.member.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.common.Messages;

/**
 * The statistics as the lines of one table, for the page and the exported workbook alike, so both say the same:
 * each group's shares are out of the branch's members ({@link MemberStatistics#onRegister()}, the number the
 * headline and the member list give); those who left are a group of their own, without shares. Pure.
 */
public final class StatisticsTable {

    /** One line: its group ("Độ tuổi"), item ("31–40 tuổi"), count, and share ("12,50%", or "" without one). */
    public record Line(String group, String item, int count, String percent) {
    }

    private StatisticsTable() {
    }

    /** Every non-empty line, group by group in page order. */
    public static List<Line> lines(MemberStatistics s, Messages messages) {
        List<Line> lines = new ArrayList<>();
        int base = s.onRegister();
        add(lines, messages, "stats.chart.status", s.onRegisterByStatus(), base);
        add(lines, messages, "stats.chart.gender", withUnknown(s.byGender(), s.genderUnknown(), messages.get("stats.unknown")), base);
        add(lines, messages, "stats.chart.age", s.byAge(), base);
        add(lines, messages, "stats.chart.education", s.byEducation(), base);
        add(lines, messages, "stats.chart.theory", s.byPoliticalTheory(), base);
        add(lines, messages, "stats.chart.partyYears", s.byPartyYears(), base);
        add(lines, messages, "stats.chart.subBranch", withUnknown(s.bySubBranch(), s.withoutSubBranch(),
                messages.get("stats.noSubBranch")), base);
        add(lines, messages, "stats.chart.left", s.leftByStatus(), 0);
        return lines;
    }

    /** {@code counts} with one more line for the members the breakdown cannot place (only when there are some). */
    static Map<Object, Integer> withUnknown(Map<?, Integer> counts, int unknown, String label) {
        Map<Object, Integer> out = new LinkedHashMap<>(counts);
        if (unknown > 0) {
            out.put(label, unknown);
        }
        return out;
    }

    private static void add(List<Line> lines, Messages messages, String groupKey, Map<?, Integer> counts, int base) {
        String group = messages.get(groupKey);
        counts.forEach((key, count) -> {
            if (count > 0) {
                String item = key instanceof Enum<?> e ? messages.label(e) : String.valueOf(key);
                lines.add(new Line(group, item, count, base == 0 ? "" : percent(count, base)));
            }
        });
    }

    /** {@code part} of {@code whole} in percent with two decimals, half up, decimal comma ("12,50%"). */
    static String percent(int part, int whole) {
        return new BigDecimal(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',') + "%";
    }
}
