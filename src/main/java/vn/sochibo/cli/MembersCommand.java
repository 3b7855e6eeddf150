package vn.sochibo.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.PersonName;
import vn.sochibo.core.Services;
import vn.sochibo.member.FollowUp;
import vn.sochibo.member.Member;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberSummary;

/** {@code sochibo members ...}: the register from the command line. */
@Command(name = "members", subcommands = {MembersCommand.ListCommand.class, MembersImportCommand.class, MembersExportCommand.class})
final class MembersCommand {

    @ParentCommand
    SoChiBoCli root;

    /** {@code sochibo members list [--json]}: every member, in Vietnamese name order. */
    @Command(name = "list")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        MembersCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", descriptionKey = "cli.members-list.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            List<MemberSummary> members;
            List<Member> records;
            List<FollowUp> followUps;
            try (Services services = parent.root.openServices()) {
                members = new ArrayList<>(services.members().list());
                records = json ? new ArrayList<>(services.members().records()) : new ArrayList<>();
                followUps = json ? services.imports().workList() : List.of();
            }
            members.sort((a, b) -> PersonName.sortKey(a.fullName()).compareTo(PersonName.sortKey(b.fullName())));
            records.sort((a, b) -> PersonName.sortKey(a.data().fullName()).compareTo(PersonName.sortKey(b.data().fullName())));
            if (json) {
                Messages vi = Messages.forLanguage("vi");
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Member m : records) {
                    Map<String, Object> row = toJson(m);
                    row.put("toComplete", followUps.stream().filter(f -> f.memberId() == m.id())
                            .map(f -> vi.describe(f.problem())).toList());
                    rows.add(row);
                }
                ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
                spec.commandLine().getOut().println(mapper.writeValueAsString(rows));
            } else {
                Messages messages = Messages.forLanguage("vi");
                int i = 1;
                for (MemberSummary m : members) {
                    spec.commandLine().getOut().printf("%3d. %-32s %-4s %-10s %s%n", i++, m.fullName(), m.gender() == null ? "" : m.gender().label(),
                            m.birthDate() != null ? Formats.date(m.birthDate()) : String.valueOf(m.birthYear()),
                            messages.label(m.status()));
                }
            }
            return 0;
        }

        /** Every register field of the member (text as stored, dates ISO, codes for enums), its status. */
        static Map<String, Object> toJson(Member member) {
            MemberDraft d = member.data();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", member.id());
            row.put("fullName", d.fullName());
            row.put("otherNames", d.otherNames());
            row.put("gender", d.gender() == null ? null : d.gender().label());
            row.put("birthDate", iso(d.birthDate()));
            row.put("birthYear", d.birthYear());
            row.put("birthPlace", d.birthPlace());
            row.put("homeTown", d.homeTown());
            row.put("residence", d.residence());
            row.put("permanentAddress", d.permanentAddress());
            row.put("ethnicity", d.ethnicity());
            row.put("religion", d.religion());
            row.put("personalId", d.personalId());
            row.put("partyCardNumber", d.partyCardNumber());
            row.put("recordNumber", d.recordNumber());
            row.put("badgeNumber", d.badgeNumber());
            row.put("generalEducation", d.generalEducation());
            row.put("professionalLevel", d.professionalLevel());
            row.put("politicalTheory", d.politicalTheory() == null ? null : d.politicalTheory().name());
            row.put("foreignLanguage", d.foreignLanguage());
            row.put("occupationBefore", d.occupationBefore());
            row.put("occupation", d.occupation());
            row.put("jobPosition", d.jobPosition());
            row.put("partyPosts", d.partyPosts());
            row.put("serviceBackground", d.serviceBackground());
            row.put("youthUnionDate", iso(d.youthUnionDate()));
            row.put("admissionDecisionDate", iso(d.admissionDecisionDate()));
            row.put("joinedDate", iso(d.joinedDate()));
            row.put("officialDate", iso(d.officialDate()));
            row.put("status", member.status().name());
            row.put("subBranch", d.subBranch());
            row.put("residenceBranch", d.residenceBranch());
            row.put("phone", d.phone());
            row.put("notes", d.notes());
            return row;
        }

        private static String iso(java.time.LocalDate date) {
            return date == null ? null : date.toString();
        }
    }
}
