package vn.sochibo.importing;

import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.importing.doc.SheetProblem;
import vn.sochibo.member.DraftFields;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberStatus;

/**
 * One row of the file as the import will treat it: its row number, state, the member record it will store
 * (for an update: the stored record with the file's values laid over it), the stored member's id for an
 * update, every problem, the row's cells as text, and for a new member the history it will get, the status
 * that follows and the lines it puts on the work list "Cần bổ sung" (what was inferred or is missing); for an
 * update, each field it changes with the stored value and the new one.
 */
public record PreviewRow(int rowNumber, RowState state, MemberDraft draft, Long memberId, List<SheetProblem> problems,
                         List<String> cells, List<EventDraft> history, MemberStatus status, List<Problem> followUps,
                         List<DraftFields.Change> changes) {

    public PreviewRow(int rowNumber, RowState state, MemberDraft draft, Long memberId, List<SheetProblem> problems,
                      List<String> cells) {
        this(rowNumber, state, draft, memberId, problems, cells, List.of(), null, List.of(), List.of());
    }

    /** The row as it will be imported when new members without a chi bộ in the file go to {@code subBranch}. */
    public PreviewRow inSubBranch(String subBranch) {
        if (state != RowState.NEW || subBranch == null || draft.subBranch() != null) {
            return this;
        }
        return new PreviewRow(rowNumber, state, draft.withSubBranch(subBranch), memberId, problems, cells, history, status,
                followUps, changes);
    }

    public boolean importable() {
        return state == RowState.NEW || state == RowState.UPDATE;
    }
}
