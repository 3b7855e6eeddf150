package vn.sochibo.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateFile;
import vn.sochibo.admission.Checklist;
import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.PersonName;
import vn.sochibo.core.Services;

/** {@code sochibo admissions ...}: the candidates register from the command line. */
@Command(name = "admissions", subcommands = {AdmissionsCommand.ListCommand.class})
final class AdmissionsCommand {

    @ParentCommand
    SoChiBoCli root;

    /** {@code sochibo admissions list [--json]}: every candidate with the stage, the next step and its due date. */
    @Command(name = "list")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        AdmissionsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", descriptionKey = "cli.admissions-list.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            List<CandidateFile> files;
            try (Services services = parent.root.openServices()) {
                files = new ArrayList<>(services.admissions().files());
            }
            files.sort(Comparator.comparing((CandidateFile f) -> PersonName.sortKey(f.candidate().profile().fullName()))
                    .thenComparingLong(f -> f.candidate().id()));
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (CandidateFile f : files) {
                    rows.add(row(f));
                }
                spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(rows));
                return 0;
            }
            Messages messages = Messages.forLanguage("vi");
            for (CandidateFile f : files) {
                Candidate c = f.candidate();
                String next = f.checklist().next().map(l -> messages.label(l.item()) + " (" + messages.label(l.state())
                        + (l.due() == null ? "" : ", " + Formats.date(l.due())) + ")").orElse("");
                spec.commandLine().getOut().printf("%4d  %-26s  %-28s  %s%n", c.id(), c.profile().fullName(), messages.label(c.stage()), next);
            }
            return 0;
        }

        private static Map<String, Object> row(CandidateFile f) {
            Candidate c = f.candidate();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("name", c.profile().fullName());
            row.put("issuer", c.profile().issuer());
            row.put("birthDate", c.profile().birthDate() == null ? null : c.profile().birthDate().toString());
            row.put("stage", c.stage().name());
            row.put("memberId", c.memberId());
            row.put("probationEnd", f.probationEnd() == null ? null : f.probationEnd().toString());
            row.put("fullVoteDue", f.fullVoteDue() == null ? null : f.fullVoteDue().toString());
            row.put("late", f.checklist().late());
            row.put("next", c.stage().closed() ? null : f.checklist().next().map(ListCommand::line).orElse(null));
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Checklist.Line l : f.checklist().lines()) {
                lines.add(line(l));
            }
            row.put("checklist", lines);
            return row;
        }

        private static Map<String, Object> line(Checklist.Line l) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", l.item().name());
            m.put("state", l.state().name());
            m.put("date", l.date() == null ? null : l.date().toString());
            m.put("due", l.due() == null ? null : l.due().toString());
            return m;
        }
    }
}
