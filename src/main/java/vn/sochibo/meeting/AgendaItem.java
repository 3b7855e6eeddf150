package vn.sochibo.meeting;

import vn.sochibo.common.Text;

/**
 * One agenda item with what was said: the report's main points, the speakers (one per line, "Name: gist") and
 * the chair's conclusion. Text is NFC; empty text becomes {@code null}.
 */
public record AgendaItem(AgendaPart part, String title, String reportPoints, String speakers, String conclusion) {

    public AgendaItem {
        title = Text.clean(title);
        reportPoints = Text.cleanOrNull(reportPoints);
        speakers = Text.cleanOrNull(speakers);
        conclusion = Text.cleanOrNull(conclusion);
    }

    /** The same item with the notes replaced. */
    public AgendaItem withNotes(String newReportPoints, String newSpeakers, String newConclusion) {
        return new AgendaItem(part, title, newReportPoints, newSpeakers, newConclusion);
    }
}
