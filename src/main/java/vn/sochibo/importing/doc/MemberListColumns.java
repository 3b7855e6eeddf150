package vn.sochibo.importing.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.sochibo.common.Messages;
import vn.sochibo.io.excel.MemberListWriter;
import vn.sochibo.member.Member;
import vn.sochibo.member.MemberDraft;

/** The columns of the exported member list and each member's values in them, as a plain table for {@link MemberListWriter}. */
public final class MemberListColumns {

    private record Column(String header, Function<Member, Object> value) {
    }

    private MemberListColumns() {
    }

    /** {@code members} (already in list order) as the list's table, headed in {@code vi}. */
    public static MemberListWriter.Table table(List<Member> members, Messages vi) {
        List<Column> columns = columns(vi);
        List<List<Object>> rows = new ArrayList<>(members.size());
        for (Member m : members) {
            List<Object> row = new ArrayList<>(columns.size());
            for (Column c : columns) {
                row.add(c.value().apply(m));
            }
            rows.add(row);
        }
        return new MemberListWriter.Table(columns.stream().map(Column::header).toList(), rows);
    }

    /** Every register field (issue 14: nothing the register holds is left out of the list), then the status. */
    private static List<Column> columns(Messages vi) {
        List<Column> c = new ArrayList<>();
        c.add(field(vi, "fullName", MemberDraft::fullName));
        c.add(field(vi, "otherNames", MemberDraft::otherNames));
        c.add(field(vi, "gender", d -> d.gender() == null ? "" : d.gender().label()));
        c.add(field(vi, "birthDate", d -> d.birthDate() != null ? d.birthDate() : d.birthYear()));
        c.add(field(vi, "birthPlace", MemberDraft::birthPlace));
        c.add(field(vi, "homeTown", MemberDraft::homeTown));
        c.add(field(vi, "residence", MemberDraft::residence));
        c.add(field(vi, "permanentAddress", MemberDraft::permanentAddress));
        c.add(field(vi, "ethnicity", MemberDraft::ethnicity));
        c.add(field(vi, "religion", MemberDraft::religion));
        c.add(field(vi, "partyCardNumber", MemberDraft::partyCardNumber));
        c.add(field(vi, "personalId", MemberDraft::personalId));
        c.add(field(vi, "recordNumber", MemberDraft::recordNumber));
        c.add(field(vi, "badgeNumber", MemberDraft::badgeNumber));
        c.add(field(vi, "youthUnionDate", MemberDraft::youthUnionDate));
        c.add(field(vi, "admissionDecisionDate", MemberDraft::admissionDecisionDate));
        c.add(field(vi, "joinedDate", MemberDraft::joinedDate));
        c.add(field(vi, "officialDate", MemberDraft::officialDate));
        c.add(field(vi, "generalEducation", MemberDraft::generalEducation));
        c.add(new Column(vi.get("export.column.professionalLevel"), m -> m.data().professionalLevel()));
        c.add(field(vi, "politicalTheory", d -> d.politicalTheory() == null ? null : vi.label(d.politicalTheory())));
        c.add(field(vi, "foreignLanguage", MemberDraft::foreignLanguage));
        c.add(field(vi, "occupationBefore", MemberDraft::occupationBefore));
        c.add(field(vi, "occupation", MemberDraft::occupation));
        c.add(field(vi, "jobPosition", MemberDraft::jobPosition));
        c.add(field(vi, "partyPosts", MemberDraft::partyPosts));
        c.add(field(vi, "serviceBackground", MemberDraft::serviceBackground));
        c.add(new Column(vi.get("export.column.subBranch"), m -> m.data().subBranch()));
        c.add(field(vi, "residenceBranch", MemberDraft::residenceBranch));
        c.add(field(vi, "phone", MemberDraft::phone));
        c.add(new Column(vi.get("export.column.status"), m -> vi.label(m.status())));
        c.add(field(vi, "notes", MemberDraft::notes));
        return c;
    }

    private static Column field(Messages vi, String name, Function<MemberDraft, Object> value) {
        return new Column(vi.get("field." + name), m -> value.apply(m.data()));
    }
}
