package vn.sochibo.importing.doc;

import java.util.List;

import vn.sochibo.member.MemberDraft;

/**
 * One data row of the member table: its row number in the file, the member it describes, the problems found
 * in it (file-level and {@code MemberDraft.importProblems}), its cells as text (for the error report) and
 * what it says about the member's history ({@link RowFacts}).
 */
public record ReadRow(int rowNumber, MemberDraft draft, List<SheetProblem> problems, List<String> cells, RowFacts facts) {

    public ReadRow(int rowNumber, MemberDraft draft, List<SheetProblem> problems, List<String> cells) {
        this(rowNumber, draft, problems, cells, RowFacts.NONE);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(SheetProblem::isError);
    }
}
