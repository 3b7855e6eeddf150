package vn.sochibo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.meeting.MeetingSummary;
import vn.sochibo.meeting.MinutesService;

/** {@code sochibo meetings ...}: branch meetings and their minutes from the command line. */
@Command(name = "meetings",
        subcommands = {MeetingsCommand.ListCommand.class, MeetingsCommand.MinutesCommand.class, MeetingsCommand.BookCommand.class})
final class MeetingsCommand {

    @ParentCommand
    SoChiBoCli root;

    /** {@code sochibo meetings list [--json]}: every meeting, newest first. */
    @Command(name = "list")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        MeetingsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", descriptionKey = "cli.meetings-list.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            List<MeetingSummary> meetings;
            try (Services services = parent.root.openServices()) {
                meetings = services.meetings().list();
            }
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (MeetingSummary m : meetings) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", m.id());
                    row.put("date", m.date().toString());
                    row.put("type", m.type().name());
                    row.put("title", m.subject());
                    row.put("issuer", m.issuer());
                    row.put("number", m.number());
                    rows.add(row);
                }
                spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(rows));
            } else {
                Messages messages = Messages.forLanguage("vi");
                for (MeetingSummary m : meetings) {
                    spec.commandLine().getOut().printf("%4d  %s  %-28s  %s%n", m.id(), Formats.date(m.date()),
                            messages.label(m.type()), m.subject());
                }
            }
            return 0;
        }
    }

    /** {@code sochibo meetings minutes ID OUT.docx}: one meeting's minutes as a Word file. */
    @Command(name = "minutes")
    static final class MinutesCommand implements Callable<Integer> {

        @ParentCommand
        MeetingsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.meetings-minutes.id")
        long id;

        @Parameters(index = "1", paramLabel = "OUT.docx", descriptionKey = "cli.meetings-minutes.out-docx")
        Path out;

        @Override
        public Integer call() {
            try (Services services = parent.root.openServices()) {
                report(spec, services.minutes().writeMinutes(id, out));
            }
            return 0;
        }
    }

    /** {@code sochibo meetings book YEAR OUT.docx --issuer NAME}: the year's book of minutes. */
    @Command(name = "book")
    static final class BookCommand implements Callable<Integer> {

        @ParentCommand
        MeetingsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "YEAR", descriptionKey = "cli.meetings-book.year")
        int year;

        @Parameters(index = "1", paramLabel = "OUT.docx", descriptionKey = "cli.meetings-book.out-docx")
        Path out;

        @Option(names = "--issuer", paramLabel = "CHI_BO", descriptionKey = "cli.meetings-book.issuer")
        String issuer;

        @Override
        public Integer call() {
            try (Services services = parent.root.openServices()) {
                String chosen = issuer != null ? issuer : services.meetings().issuers().stream().findFirst().orElse("");
                report(spec, services.minutes().writeBook(chosen, year, out));
            }
            return 0;
        }
    }

    private static void report(CommandSpec spec, MinutesService.Exported exported) {
        Messages messages = Messages.forLanguage("vi");
        if (exported.templateFellBack()) {
            spec.commandLine().getErr().println(messages.get("meeting.template.fellBack", exported.templateProblem()));
        }
        spec.commandLine().getOut().println(messages.get("cli.meetings.written", exported.file().toAbsolutePath()));
    }
}
