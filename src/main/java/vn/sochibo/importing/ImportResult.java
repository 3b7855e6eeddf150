package vn.sochibo.importing;

import java.util.List;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.importing.doc.SheetLayout;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.importing.doc.SheetColumn;
import vn.sochibo.importing.doc.SheetProblem;

/**
 * What an import did (or, for a dry run or a refused strict import, would have done): rows read, members added
 * and updated, every rejecting problem and every warning with its row and column, the columns converted from a
 * legacy encoding, whether anything was written, which file and sheet it read, where each column went and what
 * happened to each row. In a dry run {@code imported} and {@code updated} are what a real import would do.
 */
public record ImportResult(int rowsRead, int imported, int updated, List<SheetProblem> rejected, List<SheetProblem> warnings,
                           List<SheetColumn> convertedColumns, boolean committed, String fileName, String sheet,
                           List<ColumnUse> columns, List<Row> rows) {

    /**
     * Where one column of the file went: the field it fed ({@code null}: not used) and, for a column left unused
     * because an earlier column already fills its field, that column's letter.
     */
    public record ColumnUse(SheetColumn column, ColumnField field, String sameFieldAs) {
    }

    /**
     * What the import did (or, in a dry run, would do) with one row: add, update, or leave it out, the member's
     * status and history it brings (new members), and its lines for the work list "Cần bổ sung".
     */
    public record Row(int row, RowState state, String fullName, MemberStatus status, List<EventDraft> history,
                      List<Problem> followUps) {
    }

    /** Where every column of {@code layout} goes under {@code mapping}. */
    public static List<ColumnUse> columnUses(SheetLayout layout, java.util.Map<Integer, ColumnField> mapping) {
        List<ColumnUse> uses = new java.util.ArrayList<>();
        for (SheetColumn c : layout.columns()) {
            ColumnField field = mapping.get(c.index());
            Integer same = field == null && c.suggested() != null ? SheetLayout.clash(mapping, c.index(), c.suggested()) : null;
            uses.add(new ColumnUse(c, field == ColumnField.IGNORED ? null : field, same == null ? null : SheetColumn.letter(same)));
        }
        return uses;
    }

    /**
     * One problem as a sentence that says where it is: file, sheet, row, column letter and header, then what is
     * wrong ("Tệp "ds.xlsx", trang tính "DS", dòng 14, cột C (Ngày sinh): Ngày sinh: ngày "31/02/1980" …").
     */
    public String describe(SheetProblem problem, Messages messages) {
        String what = messages.describe(problem.problem());
        return problem.column() == null
                ? messages.get("import.problem.atRow", fileName, sheet, problem.row(), what)
                : messages.get("import.problem.at", fileName, sheet, problem.row(), problem.column(),
                        problem.header() == null ? "" : problem.header(), what);
    }

    /** Number of rows left out (errors and duplicates). */
    public long rejectedRows() {
        return rejected.stream().mapToInt(SheetProblem::row).distinct().count();
    }
}
