package vn.sochibo.importing;

import java.util.List;

import vn.sochibo.common.Messages;
import vn.sochibo.io.excel.SheetColumn;
import vn.sochibo.io.excel.SheetProblem;

/**
 * What an import did (or, for a dry run or a refused strict import, would have done): rows read, members added
 * and updated, every rejecting problem and every warning with its row and column, the columns converted from a
 * legacy encoding, whether anything was written, and which file and sheet it read.
 */
public record ImportResult(int rowsRead, int imported, int updated, List<SheetProblem> rejected, List<SheetProblem> warnings,
                           List<SheetColumn> convertedColumns, boolean committed, String fileName, String sheet) {

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
