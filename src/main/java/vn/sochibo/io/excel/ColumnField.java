package vn.sochibo.io.excel;

import java.util.List;
import java.util.Map;

import vn.sochibo.common.Text;

/**
 * What a spreadsheet column holds, recognised from its header's meaning (with or without diacritics, in any
 * case) rather than its position. {@link #draftField()} names the matching {@code MemberDraft} field, as used
 * in {@code Problem.field()}.
 */
public enum ColumnField {
    IGNORED(null),
    SEQUENCE(null),
    FULL_NAME("fullName"),
    OTHER_NAMES("otherNames"),
    GENDER("gender"),
    MALE("gender"),
    FEMALE("gender"),
    BIRTH_DATE("birthDate"),
    BIRTH_PLACE("birthPlace"),
    HOME_TOWN("homeTown"),
    RESIDENCE("residence"),
    ETHNICITY("ethnicity"),
    RELIGION("religion"),
    PERSONAL_ID("personalId"),
    PARTY_CARD("partyCardNumber"),
    RECORD_NUMBER("recordNumber"),
    GENERAL_EDUCATION("generalEducation"),
    PROFESSIONAL_LEVEL("professionalLevel"),
    POLITICAL_THEORY("politicalTheory"),
    OCCUPATION("occupation"),
    JOB_POSITION("jobPosition"),
    PARTY_POSTS("partyPosts"),
    YOUTH_UNION_DATE("youthUnionDate"),
    ADMISSION_DECISION_DATE("admissionDecisionDate"),
    JOINED_DATE("joinedDate"),
    OFFICIAL_DATE("officialDate"),
    SUB_BRANCH("subBranch"),
    PHONE("phone"),
    NOTES("notes");

    private final String draftField;

    ColumnField(String draftField) {
        this.draftField = draftField;
    }

    /** The {@code MemberDraft} field this column fills, or {@code null} for STT and ignored columns. */
    public String draftField() {
        return draftField;
    }

    /** Folded header wordings (see {@link #normalise}) in the order they are tried; exact matches first. */
    private static final List<Map.Entry<String, ColumnField>> EXACT = List.of(
            Map.entry("stt", SEQUENCE), Map.entry("tt", SEQUENCE), Map.entry("so tt", SEQUENCE), Map.entry("so thu tu", SEQUENCE),
            Map.entry("ho va ten", FULL_NAME), Map.entry("ho ten", FULL_NAME), Map.entry("ho va ten dang vien", FULL_NAME),
            Map.entry("ho ten dang vien", FULL_NAME), Map.entry("ten", FULL_NAME), Map.entry("ho va ten khai sinh", FULL_NAME),
            Map.entry("ten goi khac", OTHER_NAMES), Map.entry("ten khac", OTHER_NAMES), Map.entry("bi danh", OTHER_NAMES),
            Map.entry("gioi tinh", GENDER), Map.entry("gioi", GENDER), Map.entry("nam nu", GENDER),
            Map.entry("nam", MALE), Map.entry("nu", FEMALE),
            Map.entry("ngay sinh", BIRTH_DATE), Map.entry("nam sinh", BIRTH_DATE), Map.entry("ngay thang nam sinh", BIRTH_DATE),
            Map.entry("sinh ngay", BIRTH_DATE), Map.entry("ngay thang sinh", BIRTH_DATE),
            Map.entry("noi sinh", BIRTH_PLACE), Map.entry("que quan", HOME_TOWN), Map.entry("nguyen quan", HOME_TOWN),
            Map.entry("noi o hien nay", RESIDENCE), Map.entry("cho o hien nay", RESIDENCE), Map.entry("dia chi", RESIDENCE),
            Map.entry("noi cu tru", RESIDENCE), Map.entry("noi thuong tru", RESIDENCE), Map.entry("thuong tru", RESIDENCE),
            Map.entry("dan toc", ETHNICITY), Map.entry("ton giao", RELIGION),
            Map.entry("so cccd", PERSONAL_ID), Map.entry("cccd", PERSONAL_ID), Map.entry("so can cuoc", PERSONAL_ID),
            Map.entry("so can cuoc cong dan", PERSONAL_ID), Map.entry("so dinh danh", PERSONAL_ID),
            Map.entry("so dinh danh ca nhan", PERSONAL_ID), Map.entry("so cmnd", PERSONAL_ID), Map.entry("cmnd", PERSONAL_ID),
            Map.entry("so cmnd cccd", PERSONAL_ID), Map.entry("cmnd cccd", PERSONAL_ID),
            Map.entry("so the dang vien", PARTY_CARD), Map.entry("so the dv", PARTY_CARD), Map.entry("so the", PARTY_CARD),
            Map.entry("so the dang", PARTY_CARD), Map.entry("the dang vien", PARTY_CARD),
            Map.entry("so ly lich", RECORD_NUMBER), Map.entry("so ho so", RECORD_NUMBER), Map.entry("so lldv", RECORD_NUMBER),
            Map.entry("giao duc pho thong", GENERAL_EDUCATION), Map.entry("trinh do van hoa", GENERAL_EDUCATION),
            Map.entry("van hoa", GENERAL_EDUCATION), Map.entry("gdpt", GENERAL_EDUCATION),
            Map.entry("trinh do chuyen mon", PROFESSIONAL_LEVEL), Map.entry("chuyen mon", PROFESSIONAL_LEVEL),
            Map.entry("trinh do chuyen mon nghiep vu", PROFESSIONAL_LEVEL), Map.entry("trinh do", PROFESSIONAL_LEVEL),
            Map.entry("ly luan chinh tri", POLITICAL_THEORY), Map.entry("trinh do ly luan chinh tri", POLITICAL_THEORY),
            Map.entry("llct", POLITICAL_THEORY), Map.entry("chinh tri", POLITICAL_THEORY),
            Map.entry("nghe nghiep", OCCUPATION), Map.entry("chuc vu", JOB_POSITION), Map.entry("chuc danh", JOB_POSITION),
            Map.entry("chuc vu chinh quyen", JOB_POSITION), Map.entry("chuc vu don vi", JOB_POSITION),
            Map.entry("chuc vu dang", PARTY_POSTS), Map.entry("chuc vu trong dang", PARTY_POSTS), Map.entry("chuc vu cap uy", PARTY_POSTS),
            Map.entry("ngay vao doan", YOUTH_UNION_DATE),
            Map.entry("ngay quyet dinh ket nap", ADMISSION_DECISION_DATE), Map.entry("ngay qd ket nap", ADMISSION_DECISION_DATE),
            Map.entry("ngay vao dang", JOINED_DATE), Map.entry("ngay ket nap", JOINED_DATE), Map.entry("ngay vao dang du bi", JOINED_DATE),
            Map.entry("ngay ket nap dang", JOINED_DATE), Map.entry("vao dang", JOINED_DATE),
            Map.entry("ngay chinh thuc", OFFICIAL_DATE), Map.entry("ngay vao dang chinh thuc", OFFICIAL_DATE),
            Map.entry("ngay cong nhan chinh thuc", OFFICIAL_DATE), Map.entry("chinh thuc", OFFICIAL_DATE),
            Map.entry("du bi", JOINED_DATE),
            Map.entry("chi bo", SUB_BRANCH), Map.entry("chi bo truc thuoc", SUB_BRANCH), Map.entry("sinh hoat tai chi bo", SUB_BRANCH),
            Map.entry("to dang", SUB_BRANCH), Map.entry("don vi", SUB_BRANCH),
            Map.entry("so dien thoai", PHONE), Map.entry("dien thoai", PHONE), Map.entry("sdt", PHONE), Map.entry("dt", PHONE),
            Map.entry("ghi chu", NOTES));

    /** A header in matching form: folded (no diacritics, lower case), punctuation as spaces, spaces collapsed. */
    public static String normalise(String header) {
        return Text.fold(header).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The field a header means, or {@code null} when it means nothing known. */
    public static ColumnField match(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, ColumnField> e : EXACT) {
            if (e.getKey().equals(h)) {
                return e.getValue();
            }
        }
        for (Map.Entry<String, ColumnField> e : EXACT) {
            if (e.getKey().length() >= 6 && h.startsWith(e.getKey() + " ")) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The field under a two-row header: "Ngày vào Đảng" over "Dự bị"/"Chính thức", "Ngày sinh" or "Giới tính"
     * over "Nam"/"Nữ". The sub-header decides when it is a known word, else the joined wording, else the parent.
     */
    public static ColumnField match(String parent, String child) {
        if (parent == null || normalise(parent).isEmpty()) {
            return match(child);
        }
        if (child == null || normalise(child).isEmpty()) {
            return match(parent);
        }
        ColumnField sub = match(child);
        if (sub == MALE || sub == FEMALE) {
            return sub;
        }
        ColumnField both = match(parent + " " + child);
        if (both != null) {
            return both;
        }
        return sub != null ? sub : match(parent);
    }
}
