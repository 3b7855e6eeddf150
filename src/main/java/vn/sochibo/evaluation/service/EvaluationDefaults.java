package vn.sochibo.evaluation.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.CriterionScore;
import vn.sochibo.evaluation.ScorePart;

/**
 * What a new evaluation year starts with: the "Chi bộ 4 tốt" items and the criteria groups offered for points by
 * group. Vietnamese document text, so it lives in {@code evaluation-defaults.txt}, not in the UI bundle.
 */
public final class EvaluationDefaults {

    private EvaluationDefaults() {
    }

    /** The checklist items, none assessed. */
    public static List<ChecklistItem> checklist() {
        return lines("CHECKLIST").stream().map(t -> new ChecklistItem(t, null, null)).toList();
    }

    /** The criteria groups, without points. */
    public static List<CriterionScore> criteria() {
        List<CriterionScore> groups = new ArrayList<>();
        for (ScorePart part : ScorePart.values()) {
            lines(part.name()).forEach(t -> groups.add(new CriterionScore(part, t, null)));
        }
        return groups;
    }

    private static List<String> lines(String kind) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = EvaluationDefaults.class.getResourceAsStream("evaluation-defaults.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#") && line.startsWith(kind + "|")) {
                    lines.add(line.substring(kind.length() + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
