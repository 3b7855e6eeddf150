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
            if (line[1] == null || line[1].isEmpty()) {
                continue;
            }
            Label name = new Label(messages.get("field." + line[0]));
            name.getStyleClass().addAll("muted", "details-field");
            name.setWrapText(true);
            Label value = new Label(line[1]);
            value.getStyleClass().add("details-value");
            value.setWrapText(true);
            if (line[1].length() <= 16) {
                value.setMinWidth(Region.USE_PREF_SIZE); // numbers and dates never break
            }
            grid.addRow(row++, name, value);
        }
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " · " + b;
    }
}
