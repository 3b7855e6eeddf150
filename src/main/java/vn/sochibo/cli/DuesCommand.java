package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.dues.Dong;
import vn.sochibo.dues.MemberFlags;
import vn.sochibo.dues.MonthBook;
import vn.sochibo.dues.MonthLine;
import vn.sochibo.dues.MonthTotals;
import vn.sochibo.dues.Months;
import vn.sochibo.rulebook.service.DatedSettingService;

/** {@code sochibo dues ...}: the dues book from the command line (src/site/rules.md, "Đảng phí"). */
@Command(name = "dues", subcommands = {DuesCommand.MonthCommand.class, DuesCommand.ExportCommand.class,
        DuesCommand.BookCommand.class, DuesCommand.ComputeCommand.class})
final class DuesCommand {

    @ParentCommand
    SoChiBoCli root;

    static YearMonth month(String text) {
        try {
            return Months.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserFacingException("dues.cli.month.arg", text);
        }
    }

    /** {@code sochibo dues month YYYY-MM [--json] [--issuer NAME]}: due, paid, behind, totals. */
    @Command(name = "month")
    static final class MonthCommand implements Callable<Integer> {

        @ParentCommand
        DuesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "YYYY-MM", descriptionKey = "cli.dues-month")
        String month;

        @Option(names = "--json", descriptionKey = "cli.dues-json")
        boolean json;

        @Option(names = "--issuer", paramLabel = "CHI_BO", descriptionKey = "cli.dues-issuer")
        String issuer;

        @Override
        public Integer call() throws JsonProcessingException {
            MonthBook book;
            try (Services services = parent.root.openServices()) {
                book = services.duesBook().month(DuesCommand.month(month), issuer);
            }
            Messages vi = Messages.forLanguage("vi");
            if (json) {
                spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(asJson(book)));
                return 0;
            }
            for (MonthLine line : book.lines()) {
                MemberFlags f = book.flags().get(line.memberId());
                spec.commandLine().getOut().printf("%-32s %12s %12s  %s%s%n", line.fullName(),
                        line.due() == null ? "?" : Dong.format(line.due().amount()), Dong.format(line.paid()), vi.label(line.standing()),
                        f != null && f.removal() ? "  ⚠ " + vi.get("dues.cli.removal", Months.list(f.unpaidThisYear())) : "");
            }
            MonthTotals t = book.totals();
            spec.commandLine().getOut().println(vi.get("dues.cli.totals", Months.text(book.month()), t.paid(), t.owing(),
                    Dong.format(t.due()), Dong.format(t.collected()), Dong.format(t.kept()), Dong.format(t.remitted())));
            return 0;
        }
    }

    /** The month as the JSON of {@code dues month --json}. */
    static Map<String, Object> asJson(MonthBook book) {
        List<Map<String, Object>> members = new ArrayList<>();
        List<String> behind = new ArrayList<>();
        List<String> removal = new ArrayList<>();
        for (MonthLine line : book.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", line.fullName());
            m.put("subBranch", line.subBranch());
            m.put("kind", line.basis() == null ? null : line.basis().kind().name());
            m.put("standing", line.standing().name());
            m.put("due", line.due() == null || !line.standing().owing() ? null : line.due().amount());
            m.put("paid", line.paid());
            m.put("paidOn", line.entry() == null || line.entry().paidOn() == null ? null : line.entry().paidOn().toString());
            m.put("method", line.entry() == null || line.entry().method() == null ? null : line.entry().method().name());
            m.put("reason", line.entry() == null ? null : line.entry().reason());
            MemberFlags f = book.flags().get(line.memberId());
            m.put("unpaidMonthsThisYear", f == null ? List.of() : f.unpaidThisYear().stream().map(YearMonth::toString).toList());
            m.put("behindMonths", f == null ? List.of() : f.arrears().months().stream().map(YearMonth::toString).toList());
            members.add(m);
            if (f != null && f.removal()) {
                removal.add(line.fullName());
            } else if (f != null && f.behind()) {
                behind.add(line.fullName());
            }
        }
        MonthTotals t = book.totals();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("owing", t.owing());
        totals.put("paid", t.paid());
        totals.put("due", t.due());
        totals.put("collected", t.collected());
        totals.put("keptPercent", t.keptPercent());
        totals.put("kept", t.kept());
        totals.put("remitted", t.remitted());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("month", book.month().toString());
        out.put("members", members);
        out.put("totals", totals);
        out.put("behind", behind);
        out.put("removal", removal);
        return out;
    }

    /** {@code sochibo dues export YYYY-MM FILE.xlsx [--issuer NAME]}: the month's list to send up. */
    @Command(name = "export")
    static final class ExportCommand implements Callable<Integer> {

        @ParentCommand
        DuesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "YYYY-MM", descriptionKey = "cli.dues-month")
        String month;

        @Parameters(index = "1", paramLabel = "FILE.xlsx", descriptionKey = "cli.dues-file")
        Path file;

        @Option(names = "--issuer", paramLabel = "CHI_BO", descriptionKey = "cli.dues-issuer")
        String issuer;

        @Override
        public Integer call() {
            MonthBook book;
            try (Services services = parent.root.openServices()) {
                book = services.duesDocuments().exportMonth(DuesCommand.month(month), issuer, file);
            }
            MonthTotals t = book.totals();
            spec.commandLine().getOut().println(Messages.forLanguage("vi").get("dues.cli.exported", Months.text(book.month()),
                    t.paid(), t.owing(), Dong.format(t.collected()), file.toString()));
            return 0;
        }
    }

    /** {@code sochibo dues book YEAR FILE.xlsx [--issuer NAME]}: the year's dues book. */
    @Command(name = "book")
    static final class BookCommand implements Callable<Integer> {

        @ParentCommand
        DuesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "YEAR", descriptionKey = "cli.dues-year")
        int year;

        @Parameters(index = "1", paramLabel = "FILE.xlsx", descriptionKey = "cli.dues-file")
        Path file;

        @Option(names = "--issuer", paramLabel = "CHI_BO", descriptionKey = "cli.dues-issuer")
        String issuer;

        @Override
        public Integer call() {
            int rows;
            try (Services services = parent.root.openServices()) {
                rows = services.duesDocuments().exportYear(year, issuer, file).size();
            }
            spec.commandLine().getOut().println(Messages.forLanguage("vi").get("dues.cli.bookExported", String.valueOf(year), rows,
                    file.toString()));
            return 0;
        }
    }

    /** {@code sochibo dues compute FILE.json [--json]}: dues of a list, no register needed. */
    @Command(name = "compute")
    static final class ComputeCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.json", descriptionKey = "cli.dues-compute-file")
        Path file;

        @Option(names = "--json", descriptionKey = "cli.dues-json")
        boolean json;

        @Override
        @SuppressWarnings("unchecked")
        public Integer call() throws JsonProcessingException {
            Map<String, Object> result = DuesComputeJson.compute(file, DatedSettingService.loadDefaults());
            if (json) {
                spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(result));
                return 0;
            }
            for (Map<String, Object> m : (List<Map<String, Object>>) result.get("members")) {
                spec.commandLine().getOut().printf("%-32s %12s%s%n", m.get("name"), Dong.format((Long) m.get("due")),
                        Boolean.TRUE.equals(m.get("exempt")) ? "  " + Messages.forLanguage("vi").get("dues.doc.exempt") : "");
            }
            spec.commandLine().getOut().println(Messages.forLanguage("vi").get("dues.cli.computeTotal",
                    Months.text(YearMonth.parse((String) result.get("month"))), Dong.format((Long) result.get("total"))));
            return 0;
        }
    }
}
