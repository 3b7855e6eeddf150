package vn.sochibo.meeting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The built-in agenda per meeting type, in the three parts of HD 42-HD/BTCTW (src/site/rules.md, "The meeting and its
 * minutes"). The text is Vietnamese document content (it goes into the minutes), so it lives in
 * {@code agenda-templates.txt}, not in the UI bundle.
 */
public final class AgendaTemplates {

    private AgendaTemplates() {
    }

    /** The built-in agenda for a meeting type: opening, the type's own content items, closing. */
    public static List<AgendaItem> builtIn(MeetingType type) {
        List<AgendaItem> items = new ArrayList<>();
        try (InputStream in = AgendaTemplates.class.getResourceAsStream("agenda-templates.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", 3);
                if (parts[0].equals("*") || parts[0].equals(type.name())) {
                    items.add(new AgendaItem(AgendaPart.valueOf(parts[1]), parts[2], null, null, null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        items.sort(Comparator.comparing(AgendaItem::part)); // stable: keeps file order within a part
        return items;
    }
}
