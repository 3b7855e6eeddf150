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

import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.importing.ImportResult;
import vn.sochibo.importing.MemberImportService;
import vn.sochibo.importing.doc.SheetColumn;
import vn.sochibo.importing.doc.SheetProblem;
import vn.sochibo.common.ProgressListener;

/**
 * {@code sochibo members import FILE [--sheet NAME] [--dry-run] [--strict] [--json]}: one JSON object with
 * dryRun, committed, rowsRead, imported and updated (in a dry run: what a real import would add and update), refused,
 * columns (every column of the file with the field it feeds or "không dùng"), rejected and warnings ({row, column,
 * reason}), convertedColumns and rows (per row: action, status, history, toComplete). Exit 0 when
 * it committed or dry-ran, 1 when --strict refused the file, 2 with a message when the file cannot be read.
 */
@Command(name = "import")
final class MembersImportCommand implements Callable<Integer> {

    @ParentCommand
    MembersCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.members-import.file")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "cli.members-import.sheet")
    String sheet;

    @Option(names = "--dry-run", descriptionKey = "cli.members-import.dry-run")
    boolean dryRun;

    @Option(names = "--strict", descriptionKey = "cli.members-import.strict")
    boolean strict;

    @Option(names = "--json", descriptionKey = "cli.members-import.json")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        MemberImportService.Mode mode = dryRun ? MemberImportService.Mode.DRY_RUN
                : strict ? MemberImportService.Mode.STRICT : MemberImportService.Mode.COMMIT;
        ImportResult result;
        try (Services services = parent.root.openServices()) {
            result = services.imports().importFile(file, sheet, mode, ProgressListener.NONE);
        }
        Messages vi = Messages.forLanguage("vi");
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("dryRun", mode == MemberImportService.Mode.DRY_RUN);
            out.put("committed", result.committed());
            out.put("rowsRead", result.rowsRead());
            out.put("imported", result.imported());
            out.put("updated", result.updated());
            out.put("refused", result.rejectedRows());
            out.put("columns", columns(result, vi));
            out.put("rejected", problems(result.rejected(), vi));
            out.put("warnings", problems(result.warnings(), vi));
            List<Map<String, Object>> converted = new ArrayList<>();
            for (SheetColumn c : result.convertedColumns()) {
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("column", c.letter());
                col.put("header", c.header());
                col.put("encoding", c.encoding().name());
                converted.add(col);
            }
            out.put("convertedColumns", converted);
            out.put("rows", rows(result, vi));
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(out));
        } else {
            spec.commandLine().getOut().println(vi.get("cli.import.summary", result.rowsRead(), result.imported(),
                    result.updated(), result.rejectedRows(), result.warnings().size()));
            for (SheetProblem p : result.rejected()) {
                spec.commandLine().getOut().println("  " + result.describe(p, vi));
            }
        }
        if (mode == MemberImportService.Mode.STRICT && !result.committed()) {
            spec.commandLine().getErr().println(vi.get("cli.error.prefix") + " " + vi.get("import.error.strict", result.rejectedRows()));
            return 1;
        }
        return 0;
    }

    /** Every column of the file: the field it feeds, or "không dùng" (and why, when another column has it). */
    private static List<Map<String, Object>> columns(ImportResult result, Messages vi) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ImportResult.ColumnUse use : result.columns()) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("column", use.column().letter());
            col.put("header", use.column().header());
            col.put("field", use.field() == null ? null : use.field().name());
            col.put("feeds", use.field() == null ? vi.get("import.column.unused") : vi.label(use.field()));
            if (use.sameFieldAs() != null) {
                col.put("note", vi.get("import.column.sameFieldAs", use.sameFieldAs()));
            }
            list.add(col);
        }
        return list;
    }

    /** Per row: what the import does (or would do) with it, the status and history it brings, what to complete. */
    private static List<Map<String, Object>> rows(ImportResult result, Messages vi) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ImportResult.Row r : result.rows()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("row", r.row());
            item.put("action", switch (r.state()) {
                case NEW -> "add";
                case UPDATE -> "update";
                case DUPLICATE, ERROR -> "refuse";
            });
            item.put("fullName", r.fullName());
            item.put("status", r.status() == null ? null : r.status().name());
            List<Map<String, Object>> history = new ArrayList<>();
            for (var e : r.history()) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("type", e.type().name());
                event.put("date", e.date() == null ? null : e.date().toString());
                event.put("note", e.note());
                history.add(event);
            }
            item.put("history", history);
            item.put("toComplete", r.followUps().stream().map(vi::describe).toList());
            list.add(item);
        }
        return list;
    }

    private static List<Map<String, Object>> problems(List<SheetProblem> problems, Messages vi) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SheetProblem p : problems) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("row", p.row());
            item.put("column", p.column());
            item.put("reason", vi.describe(p.problem()));
            list.add(item);
        }
        return list;
    }
}
