package vn.sochibo.importing.doc;

import java.time.LocalDate;

/**
 * What a row says about the member's history rather than the record: the "Trạng thái" text and the dated
 * columns of Mẫu 7-HSĐV (transfer out, transfer in, death, leaving the Party), each as a date (when one is
 * written) and the rest of the cell (where to, where from, the reason). The import turns these into events
 * (src/site/rules.md, "Nhập danh sách đảng viên").
 */
public record RowFacts(String status, Dated transferOut, Dated transferIn, Dated death, Dated leftParty) {

    public static final RowFacts NONE = new RowFacts(null, null, null, null, null);

    /** A dated fact: its date ({@code null} when the cell gives none) and the words beside it. */
    public record Dated(LocalDate date, String text) {
    }

    public boolean isEmpty() {
        return status == null && transferOut == null && transferIn == null && death == null && leftParty == null;
    }
}
