package vn.sochibo.dues.doc;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.dues.BasisLine;
import vn.sochibo.dues.Dong;
import vn.sochibo.dues.DuesBasis;
import vn.sochibo.dues.DuesKind;
import vn.sochibo.dues.Months;
import vn.sochibo.dues.WageRegion;
import vn.sochibo.io.excel.TableReader;

/**
 * Reads a list of dues bases from .xlsx/.xls (src/site/rules.md, "Đảng phí"): columns found by their header, with or
 * without diacritics ("Họ và tên", "Áp dụng từ ngày", "Đối tượng", "Mức lương đóng BHXH / lương hưu / trợ cấp",
 * "Vùng", "Đã đến tuổi nghỉ hưu", "Ghi chú"); each row becomes a basis or a list of problems naming the column. It
 * never touches the database; matching names to members is the service's.
 */
public final class BasisWorkbookReader {

    /** The most rows a list may have (a branch has hundreds; a đảng bộ a few thousand). */
    public static final int MAX_ROWS = 20_000;

    enum Column { NAME, FROM, KIND, BASE, REGION, RETIRED, NOTE }

    /** Reads {@code file}; throws a {@link UserFacingException} naming the file when it has no list of bases. */
    public List<BasisLine> read(Path file) {
        List<TableReader.TableRow> rows = TableReader.read(file, MAX_ROWS);
        Map<Column, Integer> columns = null;
        int header = -1;
        for (int i = 0; i < Math.min(rows.size(), 30) && columns == null; i++) {
            Map<Column, Integer> found = header(rows.get(i).cells());
            if (found.containsKey(Column.NAME) && found.containsKey(Column.KIND)) {
                columns = found;
                header = i;
            }
        }
        if (columns == null) {
            throw new UserFacingException("dues.import.error.noHeader", file.getFileName().toString());
        }
        List<BasisLine> lines = new ArrayList<>();
        for (int i = header + 1; i < rows.size(); i++) {
            TableReader.TableRow row = rows.get(i);
            if (row.cells().stream().allMatch(c -> c == null || c.toString().isBlank())) {
                continue;
            }
            String name = Text.personName(text(cell(row, columns.get(Column.NAME))));
            if (name == null || Text.fold(name).startsWith("tong") || Text.fold(name).startsWith("cong")) {
                continue; // a total line or a signature, not a member
            }
            lines.add(line(row, name, columns));
        }
        return lines;
    }

    private static BasisLine line(TableReader.TableRow row, String name, Map<Column, Integer> columns) {
        List<Problem> problems = new ArrayList<>();
        LocalDate from = date(cell(row, columns.get(Column.FROM)), problems);
        DuesKind kind = kind(text(cell(row, columns.get(Column.KIND))), problems);
        Long base = amount(cell(row, columns.get(Column.BASE)), problems);
        String regionText = text(cell(row, columns.get(Column.REGION)));
        WageRegion region = regionText == null ? null : WageRegion.parse(regionText).orElse(null);
        if (regionText != null && region == null) {
            problems.add(Problem.error("duesRegion", "dues.import.problem.region", regionText));
        }
        Boolean retired = yesNo(cell(row, columns.get(Column.RETIRED)), problems);
        DuesBasis basis = new DuesBasis(0, 0, from, kind, base, region, retired, text(cell(row, columns.get(Column.NOTE))));
        if (problems.isEmpty()) {
            problems.addAll(basis.problems());
        }
        return new BasisLine(row.number(), name, basis, 0, problems);
    }

    private static Map<Column, Integer> header(List<Object> cells) {
        Map<Column, Integer> found = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String h = cells.get(c) == null ? "" : Text.fold(cells.get(c).toString());
            Column column = h.contains("ho va ten") || h.contains("ho ten") || h.equals("ten") ? Column.NAME
                    : h.contains("tu ngay") || h.contains("ap dung") || h.contains("hieu luc") ? Column.FROM
                    : h.contains("doi tuong") ? Column.KIND
                    : h.contains("nghi huu") ? Column.RETIRED
                    : h.contains("vung") ? Column.REGION
                    : h.contains("ghi chu") ? Column.NOTE
                    : h.contains("luong") || h.contains("can cu") || h.contains("tro cap") || h.contains("so tien") ? Column.BASE
                    : null;
            if (column != null) {
                found.putIfAbsent(column, c);
            }
        }
        return found;
    }

    private static Object cell(TableReader.TableRow row, Integer column) {
        return column == null || column >= row.cells().size() ? null : row.cells().get(column);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : value.toString();
        return Text.cleanOrNull(s);
    }

    /** A date cell, "15/07/2025", or a month "07/2025" (its first day). */
    private static LocalDate date(Object value, List<Problem> problems) {
        if (value instanceof LocalDate d) {
            return d;
        }
        String t = text(value);
        if (t == null) {
            return null;
        }
        try {
            return Formats.parseDate(t);
        } catch (DateTimeParseException e) {
            try {
                return Months.parse(t).atDay(1);
            } catch (DateTimeParseException e2) {
                problems.add(Problem.error("duesFrom", "dues.import.problem.date", t));
                return null;
            }
        }
    }

    /** The kind as the enum's name or as a clerk writes it ("Hưởng lương", "Hưu trí", "Sinh viên", "Không lương"). */
    static DuesKind kind(String text, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        String f = Text.fold(text);
        for (DuesKind k : DuesKind.values()) {
            if (f.equals(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')) || text.strip().equals(k.name())) {
                return k;
            }
        }
        if (f.contains("khong luong") || f.contains("khong co luong")) {
            return DuesKind.NO_PENSION;
        }
        if (f.contains("sinh vien") || f.contains("hoc sinh")) {
            return DuesKind.STUDENT;
        }
        if (f.contains("om dau") || f.contains("thai san") || f.contains("tro cap")) {
            return DuesKind.BENEFIT;
        }
        if (f.contains("huu")) {
            return DuesKind.PENSIONER;
        }
        if (f.contains("luong") || f.contains("bhxh") || f.contains("bao hiem")) {
            return DuesKind.SALARIED;
        }
        problems.add(Problem.error("duesKind", "dues.import.problem.kind", text));
        return null;
    }

    private static Long amount(Object value, List<Problem> problems) {
        if (value instanceof BigDecimal n) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                problems.add(Problem.error("duesBase", "dues.import.problem.amount", n.toPlainString()));
                return null;
            }
        }
        String t = text(value);
        if (t == null) {
            return null;
        }
        try {
            return Dong.parse(t).getAsLong();
        } catch (NumberFormatException e) {
            problems.add(Problem.error("duesBase", "dues.import.problem.amount", t));
            return null;
        }
    }

    private static Boolean yesNo(Object value, List<Problem> problems) {
        if (value instanceof Boolean b) {
            return b;
        }
        String t = text(value);
        if (t == null) {
            return null;
        }
        String f = Text.fold(t);
        if (f.equals("x") || f.startsWith("co") || f.startsWith("da") || f.equals("true") || f.equals("1")) {
            return true;
        }
        if (f.startsWith("khong") || f.startsWith("chua") || f.equals("false") || f.equals("0")) {
            return false;
        }
        problems.add(Problem.error("duesRetired", "dues.import.problem.retired", t));
        return null;
    }
}
