package vn.sochibo.member;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A member record field by field (names as in {@link MemberDraft} and the bundle's {@code field.*} labels), in
 * the form's order: to say what an update changes, one field at a time. Pure.
 */
public final class DraftFields {

    /** One field that differs: its name, the stored value and the new one (null when empty). */
    public record Change(String field, Object before, Object after) {
    }

    private DraftFields() {
    }

    /** Every field of {@code d} with its value (null when empty), in the form's order. */
    public static Map<String, Object> of(MemberDraft d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("fullName", d.fullName());
        v.put("otherNames", d.otherNames());
        v.put("gender", d.gender());
        v.put("birthDate", d.birthDate() != null ? d.birthDate() : d.birthYear());
        v.put("birthPlace", d.birthPlace());
        v.put("homeTown", d.homeTown());
        v.put("residence", d.residence());
        v.put("permanentAddress", d.permanentAddress());
        v.put("ethnicity", d.ethnicity());
        v.put("religion", d.religion());
        v.put("personalId", d.personalId());
        v.put("partyCardNumber", d.partyCardNumber());
        v.put("recordNumber", d.recordNumber());
        v.put("badgeNumber", d.badgeNumber());
        v.put("admissionDecisionDate", d.admissionDecisionDate());
        v.put("joinedDate", d.joinedDate());
        v.put("officialDate", d.officialDate());
        v.put("youthUnionDate", d.youthUnionDate());
        v.put("subBranch", d.subBranch());
        v.put("residenceBranch", d.residenceBranch());
        v.put("generalEducation", d.generalEducation());
        v.put("professionalLevel", d.professionalLevel());
        v.put("politicalTheory", d.politicalTheory());
        v.put("foreignLanguage", d.foreignLanguage());
        v.put("occupationBefore", d.occupationBefore());
        v.put("occupation", d.occupation());
        v.put("jobPosition", d.jobPosition());
        v.put("partyPosts", d.partyPosts());
        v.put("serviceBackground", d.serviceBackground());
        v.put("phone", d.phone());
        v.put("notes", d.notes());
        return v;
    }

    /** The fields whose value {@code after} changes from {@code before}, in the form's order. */
    public static List<Change> changes(MemberDraft before, MemberDraft after) {
        Map<String, Object> a = of(before);
        Map<String, Object> b = of(after);
        List<Change> changes = new ArrayList<>();
        a.forEach((field, old) -> {
            Object now = b.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field, old, now));
            }
        });
        return changes;
    }
}
