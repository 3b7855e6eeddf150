package vn.sochibo.importing;

import java.util.List;

import vn.sochibo.io.excel.SheetColumn;
import vn.sochibo.io.excel.SheetProblem;

/**
 * What an import did (or, for a dry run or a refused strict import, would have done): rows read, members added
 * and updated, every rejecting problem and every warning with its row and column, the columns converted from a
 * legacy encoding, and whether anything was written.
 */
public record ImportResult(int rowsRead, int imported, int updated, List<SheetProblem> rejected, List<SheetProblem> warnings,
                           List<SheetColumn> convertedColumns, boolean committed) {

    /** Number of rows left out (errors and duplicates). */
    public long rejectedRows() {
        return rejected.stream().mapToInt(SheetProblem::row).distinct().count();
    }
}
