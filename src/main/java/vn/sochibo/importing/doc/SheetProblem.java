package vn.sochibo.importing.doc;

import vn.sochibo.common.Problem;

/** A problem in one cell or row of the file: the spreadsheet's own row number and column letter and header. */
public record SheetProblem(int row, String column, String header, Problem problem) {

    public boolean isError() {
        return problem.isError();
    }
}
