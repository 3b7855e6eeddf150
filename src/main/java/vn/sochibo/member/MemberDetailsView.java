package vn.sochibo.member;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;

/**
 * The member's fields in the details pane: one line per field that has a value, its name on the left (wrapping
 * when long), its value on the right (numbers and dates never broken, longer text wrapping). FX thread.
 */
final class MemberDetailsView {

    private MemberDetailsView() {
    }

    static void fill(GridPane grid, MemberDraft m, Messages messages) {
        grid.getChildren().clear();
        String birth = m.birthDate() != null ? Formats.date(m.birthDate()) : m.birthYear() == null ? null : String.valueOf(m.birthYear());
        String[][] lines = {
            {"birthDate", birth},
            {"homeTown", m.homeTown()},
            {"ethnicity", join(m.ethnicity(), m.religion())},
            {"personalId", m.personalId()},
            {"partyCardNumber", m.partyCardNumber()},
            {"recordNumber", m.recordNumber()},
            {"admissionDecisionDate", Formats.date(m.admissionDecisionDate())},
            {"joinedDate", Formats.date(m.joinedDate())},
            {"officialDate", Formats.date(m.officialDate())},
            {"subBranch", m.subBranch()},
            {"jobPosition", m.jobPosition()},
            {"partyPosts", m.partyPosts()},
            {"professionalLevel", m.professionalLevel()},
            {"politicalTheory", m.politicalTheory() == null ? null : messages.label(m.politicalTheory())},
            {"phone", m.phone()},
        };
        int row = 0;
        for (String[] line : lines) {
            if (line[1] != null && !line[1].isEmpty()) {
                row(grid, row++, messages.get("field." + line[0]), line[1]);
            }
        }
    }

    /** Other features' notes about the member (the dues book's rule of three), as warning lines. */
    static void notes(GridPane grid, java.util.List<MemberListViewModel.Note> notes) {
        grid.getChildren().clear();
        int row = 0;
        for (MemberListViewModel.Note note : notes) {
            row(grid, row++, note.label(), note.text()).getStyleClass().add("warning-text");
        }
    }

    /** One line: the name on the left (wrapping when long), the value on the right; returns the value's label. */
    private static Label row(GridPane grid, int row, String label, String text) {
        Label name = new Label(label);
        name.getStyleClass().addAll("muted", "details-field");
        name.setWrapText(true);
        Label value = new Label(text);
        value.getStyleClass().add("details-value");
        value.setWrapText(true);
        if (text.length() <= 16) {
            value.setMinWidth(Region.USE_PREF_SIZE); // numbers and dates never break
        }
        grid.addRow(row, name, value);
        return value;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " · " + b;
    }
}
