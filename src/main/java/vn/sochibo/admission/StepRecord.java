package vn.sochibo.admission;

import java.time.LocalDate;

import vn.sochibo.common.Text;

/**
 * One recorded step: its date, the document's number where there is one ("Số 125-QĐ/ĐU"), a text (a summary of
 * opinions, a reason) and the chi bộ meeting it was decided at, if any ({@code null} otherwise).
 */
public record StepRecord(Step step, LocalDate date, String documentRef, String content, Long meetingId) {

    public StepRecord {
        documentRef = Text.cleanOrNull(documentRef);
        content = content == null ? null : cleanLines(content);
    }

    /** Cleans each line (NFC, spaces) and keeps the line breaks; blank becomes {@code null}. */
    static String cleanLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R")) {
            String clean = Text.clean(line);
            if (!clean.isEmpty()) {
                out.append(out.length() > 0 ? "\n" : "").append(clean);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
