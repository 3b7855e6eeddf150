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
            try (Services services = parent.root.openServices()) {
                members = new ArrayList<>(services.members().list());
            }
            members.sort((a, b) -> PersonName.sortKey(a.fullName()).compareTo(PersonName.sortKey(b.fullName())));
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (MemberSummary m : members) {
                    rows.add(toJson(m));
                }
                ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
                spec.commandLine().getOut().println(mapper.writeValueAsString(rows));
            } else {
                Messages messages = Messages.forLanguage("vi");
                int i = 1;
                for (MemberSummary m : members) {
                    spec.commandLine().getOut().printf("%3d. %-32s %-4s %-10s %s%n", i++, m.fullName(), m.gender().label(),
                            m.birthDate() != null ? Formats.date(m.birthDate()) : String.valueOf(m.birthYear()),
                            messages.label(m.status()));
                }
            }
            return 0;
        }

        static Map<String, Object> toJson(MemberSummary m) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", m.id());
            row.put("fullName", m.fullName());
            row.put("gender", m.gender().label());
            row.put("birthDate", m.birthDate() == null ? null : m.birthDate().toString());
            row.put("birthYear", m.birthYear());
            row.put("homeTown", m.homeTown());
            row.put("admissionDecisionDate", m.admissionDecisionDate() == null ? null : m.admissionDecisionDate().toString());
            row.put("joinedDate", m.joinedDate() == null ? null : m.joinedDate().toString());
            row.put("officialDate", m.officialDate() == null ? null : m.officialDate().toString());
            row.put("partyCardNumber", m.partyCardNumber());
            row.put("personalId", m.personalId());
            row.put("status", m.status().name());
            row.put("subBranch", m.subBranch());
            return row;
        }
    }
}
