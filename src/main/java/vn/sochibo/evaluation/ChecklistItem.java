package vn.sochibo.evaluation;

import java.util.List;

import vn.sochibo.common.Text;

/**
 * One item of the year's "Chi bộ 4 tốt" checklist (an emulation title set by local rules: the items are the
 * clerk's, each marked Đạt or Không đạt, with no points). See src/site/rules.md, "Đánh giá, xếp loại".
 *
 * @param title    the item
 * @param achieved true: Đạt, false: Không đạt, null: not assessed yet
 * @param note     a note, optional
 */
public record ChecklistItem(String title, Boolean achieved, String note) {

    public ChecklistItem {
        title = Text.cleanOrNull(title);
        note = Text.cleanOrNull(note);
    }

    /** The checklist's outcome. */
    public enum Outcome { ACHIEVED, NOT_ACHIEVED, INCOMPLETE }

    /** Achieved when every item is Đạt; not achieved as soon as one is Không đạt; otherwise incomplete. */
    public static Outcome outcome(List<ChecklistItem> items) {
        if (items.stream().anyMatch(i -> Boolean.FALSE.equals(i.achieved()))) {
            return Outcome.NOT_ACHIEVED;
        }
        if (items.isEmpty() || items.stream().anyMatch(i -> i.achieved() == null)) {
            return Outcome.INCOMPLETE;
        }
        return Outcome.ACHIEVED;
    }
}
