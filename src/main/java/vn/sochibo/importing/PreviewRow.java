package vn.sochibo.importing;

import java.util.List;

import vn.sochibo.io.excel.SheetProblem;
import vn.sochibo.member.MemberDraft;

/**
 * One row of the file as the import will treat it: its row number, state, the member record it will store
 * (for an update: the stored record with the file's values laid over it), the stored member's id for an
 * update, every problem, and the row's cells as text.
 */
public record PreviewRow(int rowNumber, RowState state, MemberDraft draft, Long memberId, List<SheetProblem> problems,
                         List<String> cells) {

    public boolean importable() {
        return state == RowState.NEW || state == RowState.UPDATE;
    }
}
