package vn.sochibo.importing.doc;

import vn.sochibo.common.Text;
import vn.sochibo.io.excel.CellValues.BadValue;
import vn.sochibo.member.Gender;
import vn.sochibo.member.PoliticalTheory;

/** Reads the member list's own wordings (gender, political theory level). Each method returns a value or throws {@link BadValue}. */
final class MemberCells {

    private MemberCells() {
    }

    /** "Nam"/"Nữ" in any spelling; {@code null} for blank. */
    static Gender gender(String text) throws BadValue {
        String f = ColumnField.normalise(text);
        return switch (f) {
            case "" -> null;
            case "nam", "m", "male" -> Gender.NAM;
            case "nu", "f", "female" -> Gender.NU;
            default -> throw new BadValue("import.problem.gender", Text.clean(text));
        };
    }

    /** Political theory level from its usual wordings; {@code null} for blank. */
    static PoliticalTheory theory(String text) throws BadValue {
        String f = ColumnField.normalise(text);
        if (f.isEmpty()) {
            return null;
        }
        if (f.contains("cu nhan")) {
            return PoliticalTheory.CU_NHAN;
        }
        if (f.contains("cao cap")) {
            return PoliticalTheory.CAO_CAP;
        }
        if (f.contains("trung cap")) {
            return PoliticalTheory.TRUNG_CAP;
        }
        if (f.contains("so cap")) {
            return PoliticalTheory.SO_CAP;
        }
        if (f.startsWith("chua") || f.equals("khong")) {
            return PoliticalTheory.CHUA_QUA_DAO_TAO;
        }
        throw new BadValue("import.problem.theory", Text.clean(text));
    }
}
