package vn.sochibo.importing.doc;

import java.util.List;
import java.util.Map;

import vn.sochibo.common.Text;

/**
 * What a spreadsheet column holds, recognised from its header's meaning (with or without diacritics, in any
 * case) rather than its position. {@link #draftField()} names the matching {@code MemberDraft} field, as used
 * in {@code Problem.field()}.
 */
public enum ColumnField {
    IGNORED(),
    SEQUENCE(),
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
    NOTES("notes"),
    /** Chi bộ nơi cư trú: the branch where the member lives, never the member's own sub-branch. */
    RESIDENCE_BRANCH("residenceBranch"),
    BADGE_NUMBER("badgeNumber"),
    PERMANENT_ADDRESS("permanentAddress"),
    FOREIGN_LANGUAGE("foreignLanguage"),
    OCCUPATION_BEFORE("occupationBefore"),
    SERVICE_BACKGROUND("serviceBackground"),
    /** Trạng thái (Đang sinh hoạt, Đã chuyển sinh hoạt, Từ trần …): becomes the member's history. */
    STATUS("status"),
    // Combined columns of the official register Mẫu 7-HSĐV: one column, several fields, one per line.
    /** "Nam, nữ, dân tộc, tôn giáo". */
    GENDER_ETHNICITY_RELIGION("gender", "ethnicity", "religion"),
    /** "Văn hóa, lý luận, CMNV, ngoại ngữ". */
    EDUCATION_COMBINED("generalEducation", "politicalTheory", "professionalLevel", "foreignLanguage"),
    /** "Nghề nghiệp trước khi vào Đảng, nghề nghiệp hiện nay". */
    OCCUPATION_BEFORE_NOW("occupationBefore", "occupation"),
    /** "Ngày vào Đảng, ngày chính thức". */
    JOINED_OFFICIAL_DATES("joinedDate", "officialDate"),
    /** "Số thẻ đảng viên, số lý lịch đảng viên, số Huy hiệu Đảng". */
    CARD_RECORD_BADGE("partyCardNumber", "recordNumber", "badgeNumber"),
    /** "Ngày chuyển đi, đến đảng bộ cơ sở": a transfer out, with where to. */
    TRANSFER_OUT("transferOut"),
    /** "Ngày chuyển đến, ở đảng bộ cơ sở nào đến": a transfer in, with where from. */
    TRANSFER_IN("transferIn"),
    /** "Ngày từ trần, lý do". */
    DEATH("death"),
    /** "Ngày ra khỏi Đảng, lý do". */
    LEFT_PARTY("leftParty");

    private final List<String> feeds;

    ColumnField(String... feeds) {
        this.feeds = List.of(feeds);
    }

    /** The {@code MemberDraft} field this column fills (the first one for a combined column), or {@code null}. */
    public String draftField() {
        return feeds.isEmpty() ? null : feeds.get(0);
    }

    /**
     * Every field this column feeds: draft fields ("fullName" …) and history facts ("status", "transferOut",
     * "death" …). Two columns whose fields overlap would feed one field twice (see {@link #clashesWith}).
     */
    public List<String> feeds() {
        return feeds;
    }

    /** True for the Mẫu 7-HSĐV columns that hold several fields, one per line. */
    public boolean combined() {
        return feeds.size() > 1;
    }

    /**
     * True when this column and {@code other} would both fill a field. The "Nam" and "Nữ" mark columns go
     * together (each says one gender), so they do not clash with each other.
     */
    public boolean clashesWith(ColumnField other) {
        if ((this == MALE || this == FEMALE) && (other == MALE || other == FEMALE)) {
            return false;
        }
        return feeds.stream().anyMatch(other.feeds::contains);
    }

    /**
     * Combined and new headers, tried before the wordings below: each entry is a set of folded words that must
     * all be in the header ("nam nu dan toc ton giao" has "dan toc" and "ton giao").
     */
    private static final List<Map.Entry<List<String>, ColumnField>> CONTAINS = List.of(
            Map.entry(List.of("chi bo", "noi cu tru"), RESIDENCE_BRANCH),
            Map.entry(List.of("dan toc", "ton giao"), GENDER_ETHNICITY_RELIGION),
            Map.entry(List.of("van hoa", "ly luan"), EDUCATION_COMBINED),
            Map.entry(List.of("van hoa", "ngoai ngu"), EDUCATION_COMBINED),
            Map.entry(List.of("nghe nghiep truoc", "hien nay"), OCCUPATION_BEFORE_NOW),
            Map.entry(List.of("nghe nghiep truoc"), OCCUPATION_BEFORE),
            Map.entry(List.of("vao dang", "ngay chinh thuc"), JOINED_OFFICIAL_DATES),
            Map.entry(List.of("so the", "ly lich"), CARD_RECORD_BADGE),
            Map.entry(List.of("so the", "huy hieu"), CARD_RECORD_BADGE),
            Map.entry(List.of("bo doi", "cong an"), SERVICE_BACKGROUND),
            Map.entry(List.of("chuyen di"), TRANSFER_OUT),
            Map.entry(List.of("chuyen den"), TRANSFER_IN),
            Map.entry(List.of("tu tran"), DEATH),
            Map.entry(List.of("ra khoi dang"), LEFT_PARTY),
            Map.entry(List.of("huy hieu"), BADGE_NUMBER),
            Map.entry(List.of("ho khau"), PERMANENT_ADDRESS),
            Map.entry(List.of("thuong tru"), PERMANENT_ADDRESS));

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
            Map.entry("noi cu tru", RESIDENCE), Map.entry("noi o", RESIDENCE), Map.entry("noi dang ky khai sinh", BIRTH_PLACE),
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
            Map.entry("chi bo", SUB_BRANCH), Map.entry("chi bo dang sinh hoat", SUB_BRANCH),
            Map.entry("trang thai", STATUS), Map.entry("tinh trang", STATUS), Map.entry("trang thai sinh hoat", STATUS),
            Map.entry("tinh trang sinh hoat", STATUS), Map.entry("ngoai ngu", FOREIGN_LANGUAGE),
            Map.entry("trinh do ngoai ngu", FOREIGN_LANGUAGE), Map.entry("cong viec chuc vu", JOB_POSITION), Map.entry("chi bo truc thuoc", SUB_BRANCH), Map.entry("sinh hoat tai chi bo", SUB_BRANCH),
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
        String padded = " " + h + " ";
        for (Map.Entry<List<String>, ColumnField> e : CONTAINS) {
            if (e.getKey().stream().allMatch(word -> padded.contains(" " + word + " "))) {
                return e.getValue();
            }
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
