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
@Command(name = "meetings", description = "Sinh hoạt chi bộ.",
        subcommands = {MeetingsCommand.ListCommand.class, MeetingsCommand.MinutesCommand.class, MeetingsCommand.BookCommand.class})
final class MeetingsCommand {

    @ParentCommand
    SoChiBoCli root;

    /** {@code sochibo meetings list [--json]}: every meeting, newest first. */
    @Command(name = "list", description = "Liệt kê các cuộc họp (--json: một mảng JSON gồm id, date, type, title).")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        MeetingsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "In ra JSON.")
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
    @Command(name = "minutes", description = "Xuất biên bản một cuộc họp ra tệp .docx.")
    static final class MinutesCommand implements Callable<Integer> {

        @ParentCommand
        MeetingsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "Mã cuộc họp (xem: meetings list).")
        long id;

        @Parameters(index = "1", paramLabel = "OUT.docx", description = "Tệp biên bản sẽ ghi.")
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
    @Command(name = "book", description = "Xuất sổ biên bản của một năm (mọi cuộc họp theo thứ tự ngày) ra tệp .docx.")
    static final class BookCommand implements Callable<Integer> {

        @ParentCommand
        MeetingsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "YEAR", description = "Năm.")
        int year;

        @Parameters(index = "1", paramLabel = "OUT.docx", description = "Tệp sổ biên bản sẽ ghi.")
        Path out;

        @Option(names = "--issuer", paramLabel = "CHI_BO", description = "Tên chi bộ (mặc định: chi bộ đầu tiên).")
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
