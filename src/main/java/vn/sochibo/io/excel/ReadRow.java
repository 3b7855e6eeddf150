package vn.sochibo.io.excel;

import java.util.List;

import vn.sochibo.member.MemberDraft;

/**
 * One data row of the member table: its row number in the file, the member it describes, the problems found
 * in it (file-level and {@code MemberDraft.problems}) and its cells as text (for the error report).
 */
public record ReadRow(int rowNumber, MemberDraft draft, List<SheetProblem> problems, List<String> cells) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(SheetProblem::isError);
    }
}
