package vn.sochibo.dues;

import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;

/** How a line of the book is said in the documents and on screen: the rate, and where the member stands. */
public final class DuesTexts {

    private DuesTexts() {
    }

    /** "1%", "0,3%", "1% − 50%" with a reduction; the fixed amount's "cố định". */
    public static String rate(Due d, Messages vi) {
        if (d == null) {
            return "";
        }
        String rate = d.ratePercent() == null ? vi.get("dues.doc.fixed") : Dong.percent(d.ratePercent()) + "%";
        return d.reductionPercent() > 0 ? vi.get("dues.doc.reduced", rate, d.reductionPercent()) : rate;
    }

    /** Where the member stands when it is not simply "paid", with the reason or the notes (late, ahead, more). */
    public static String note(MonthLine line, Messages vi) {
        List<String> parts = new ArrayList<>();
        if (line.standing() != Standing.PAID) {
            parts.add(line.standing() == Standing.EXEMPT && line.due() != null ? vi.label(line.due().exemption()) : vi.label(line.standing()));
        }
        if (line.entry() != null && line.entry().reason() != null) {
            parts.add(line.entry().reason());
        }
        for (Problem p : line.notes()) {
            if (!p.messageKey().equals("dues.note.noBasis")) {
                parts.add(vi.get(p.messageKey(), p.args().toArray()));
            }
        }
        return String.join("; ", parts);
    }
}
