package vn.sochibo.meeting;

import java.util.Arrays;
import java.util.stream.Collectors;

import vn.sochibo.common.Text;

/**
 * One agenda item with what was said: the report's main points, the speakers (one per line, "Name: gist") and
 * the chair's conclusion. Text is NFC; empty text becomes {@code null}.
 */
public record AgendaItem(AgendaPart part, String title, String reportPoints, String speakers, String conclusion) {

    public AgendaItem {
        title = Text.clean(title);
        reportPoints = lines(reportPoints);
        speakers = lines(speakers);
        conclusion = lines(conclusion);
    }

    /** Cleans each line on its own (NFC, spaces collapsed), drops blank lines, keeps the line breaks. */
    static String lines(String text) {
        if (text == null) {
            return null;
        }
        String joined = Arrays.stream(text.split("\\R")).map(Text::clean).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    /** The same item with the notes replaced. */
    public AgendaItem withNotes(String newReportPoints, String newSpeakers, String newConclusion) {
        return new AgendaItem(part, title, newReportPoints, newSpeakers, newConclusion);
    }
}
