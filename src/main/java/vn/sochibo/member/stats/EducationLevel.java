package vn.sochibo.member.stats;

import vn.sochibo.common.Text;

/** Highest professional qualification, read from the free-text field the forms keep. */
public enum EducationLevel {
    TIEN_SI, THAC_SI, DAI_HOC, CAO_DANG, TRUNG_CAP, KHAC;

    /** Classifies "Thạc sĩ Quản lý công", "Kỹ sư Điện tử", "Cử nhân Luật" ... (unknown text → KHAC). */
    public static EducationLevel of(String professionalLevel) {
        String t = Text.fold(professionalLevel);
        if (t.isEmpty()) {
            return KHAC;
        }
        if (t.contains("tien si") || t.startsWith("ts ") || t.contains("pgs") || t.startsWith("gs")) {
            return TIEN_SI;
        }
        if (t.contains("thac si") || t.startsWith("ths")) {
            return THAC_SI;
        }
        if (t.contains("cu nhan") || t.contains("ky su") || t.contains("dai hoc") || t.contains("bac si")
                || t.contains("duoc si") || t.contains("kien truc su") || t.startsWith("cn ") || t.startsWith("ks ")) {
            return DAI_HOC;
        }
        if (t.contains("cao dang")) {
            return CAO_DANG;
        }
        if (t.contains("trung cap")) {
            return TRUNG_CAP;
        }
        return KHAC;
    }

    /** University degree or higher. */
    public boolean universityOrAbove() {
        return this == TIEN_SI || this == THAC_SI || this == DAI_HOC;
    }
}
