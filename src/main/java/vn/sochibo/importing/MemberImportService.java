package vn.sochibo.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import vn.sochibo.common.UserFacingException;
import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.io.excel.ErrorReportWriter;
import vn.sochibo.importing.doc.MemberSheetReader;
import vn.sochibo.importing.doc.ReadRow;
import vn.sochibo.importing.doc.SheetColumn;
import vn.sochibo.importing.doc.SheetLayout;
import vn.sochibo.importing.doc.SheetProblem;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.MemberService.BulkWriter;
import vn.sochibo.member.MemberService.MemberUpdate;
import vn.sochibo.member.MemberService.NewMember;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;
import vn.sochibo.common.ProgressListener;

/**
 * Member lists in from Excel. Reading never writes; {@link #commit} and {@link #importFile} write through
 * {@link MemberService} in ONE transaction (batches of {@value #BATCH}), so a failure or a cancel leaves the
 * register as it was; a committed import is forced to disk ({@code CHECKPOINT SYNC}) before it is reported.
 * Synchronous and JavaFX-free: call it from a background thread.
 */
public final class MemberImportService {

    static final int BATCH = 1000;

    /** How {@link #importFile} ends. */
    public enum Mode {
        /** Read and classify, write nothing. */
        DRY_RUN,
        /** Import the good rows; rejected rows are reported. */
        COMMIT,
        /** Import only if no row is rejected; otherwise write nothing. */
        STRICT
    }

    private final Database database;
    private final ImportMappingRepository mappings;
    private final MemberService members;
    private final Clock clock;
    private final Runnable safetyBackup;

    public MemberImportService(Database database, ImportMappingRepository mappings, MemberService members, Clock clock) {
        this(database, mappings, members, clock, () -> { });
    }

    /**
     * @param safetyBackup takes a verified backup before an import writes anything (issue 6); a failure to back
     *                     up stops the import with its message, so nothing is imported without a way back
     */
    public MemberImportService(Database database, ImportMappingRepository mappings, MemberService members, Clock clock,
                               Runnable safetyBackup) {
        this.database = database;
        this.mappings = mappings;
        this.members = members;
        this.clock = clock;
        this.safetyBackup = safetyBackup;
    }

    private MemberSheetReader reader() {
        return new MemberSheetReader(LocalDate.now(clock));
    }

    /** The visible sheets of a workbook; a file that is not one raises a {@link UserFacingException}. */
    public List<String> sheets(Path file) {
        return reader().sheetNames(file);
    }

    /** Finds the member table in {@code sheet} ({@code null}: the first sheet that has one). */
    public SheetLayout layout(Path file, String sheet) {
        return reader().layout(file, sheet);
    }

    /** The mapping remembered for files of this layout's shape, else the one its headers suggest. */
    public Map<Integer, ColumnField> mappingFor(SheetLayout layout) {
        String remembered = database.read(ctx -> mappings.find(ctx, shapeKey(layout)).orElse(null));
        if (remembered == null) {
            return layout.suggestedMapping();
        }
        Map<Integer, ColumnField> mapping = new LinkedHashMap<>();
        for (String part : remembered.split(";")) {
            String[] kv = part.split("=");
            if (kv.length == 2 && layout.column(Integer.parseInt(kv[0])) != null) {
                mapping.put(Integer.parseInt(kv[0]), ColumnField.valueOf(kv[1]));
            }
        }
        return mapping;
    }

    /** Remembers the clerk's mapping for files of this layout's shape (one transaction). */
    public void rememberMapping(SheetLayout layout, Map<Integer, ColumnField> mapping) {
        String text = mapping.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().name()).collect(Collectors.joining(";"));
        String shape = layout.shape();
        database.write(ctx -> {
            mappings.save(ctx, shapeKey(layout), shape.length() > 4000 ? shape.substring(0, 4000) : shape, text, LocalDateTime.now(clock));
            return null;
        });
    }

    private static String shapeKey(SheetLayout layout) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(layout.shape().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private RowClassifier classifier(SheetLayout layout, Map<Integer, ColumnField> mapping) {
        if (!mapping.containsValue(ColumnField.FULL_NAME)) {
            throw new UserFacingException("import.error.noNameColumn");
        }
        List<String> clashes = layout.clashes(mapping);
        if (!clashes.isEmpty()) {
            throw new UserFacingException("import.error.columnsClash", String.join(", ", clashes));
        }
        Map<String, SheetColumn> columns = new java.util.HashMap<>();
        mapping.forEach((index, field) -> {
            for (String fed : field.feeds()) {
                if (layout.column(index) != null) {
                    columns.putIfAbsent(fed, layout.column(index));
                }
            }
        });
        return new RowClassifier(members.list(), columns, id -> members.details(id).member().data(), LocalDate.now(clock));
    }

    /** The chi bộ names the register knows (the wizard offers them for the new members). */
    public List<String> subBranches() {
        return members.subBranches();
    }

    /** The work list "Cần bổ sung" (what imports inferred or found missing), member by member. */
    public List<vn.sochibo.member.FollowUp> workList() {
        return members.workList();
    }

    /** Reads every row under {@code mapping} and says what an import would do with it; writes nothing. */
    public ImportPreview preview(Path file, SheetLayout layout, Map<Integer, ColumnField> mapping, ProgressListener progress) {
        RowClassifier classifier = classifier(layout, mapping);
        List<PreviewRow> rows = new ArrayList<>();
        reader().read(file, layout, mapping, row -> {
            rows.add(classifier.classify(row));
            progress.worked(rows.size(), 0);
        }, progress::cancelled);
        if (progress.cancelled()) {
            throw new CancellationException();
        }
        requireRows(file, layout, rows.size());
        return new ImportPreview(file, layout, Map.copyOf(mapping), rows);
    }

    /** A table with headers and no rows under them is refused with a message, not imported as "0 members". */
    private static void requireRows(Path file, SheetLayout layout, int rows) {
        if (rows == 0) {
            throw new UserFacingException("import.error.noRows", file.getFileName().toString(), layout.sheet());
        }
    }

    /** Imports the good rows of a preview (new and updated members) in one transaction; cancel rolls back. */
    public ImportResult commit(ImportPreview preview, ProgressListener progress) {
        return commit(preview, null, progress);
    }

    /**
     * As {@link #commit(ImportPreview, ProgressListener)}; new members for whom the file names no chi bộ go to
     * {@code subBranchForNew} (null: none). Stopped ({@code progress} cancelled) at any point before the end, the
     * transaction rolls back and the register is as it was.
     */
    public ImportResult commit(ImportPreview preview, String subBranchForNew, ProgressListener progress) {
        safetyBackup.run();
        if (progress.cancelled()) {
            throw new CancellationException();
        }
        Tally tally = new Tally(preview.file(), preview.layout().sheet(), ImportResult.columnUses(preview.layout(), preview.mapping()));
        database.labelled(importing(preview.file()), () -> members.inOneTransaction(writer -> {
            Batches batches = new Batches(writer, tally);
            int done = 0;
            for (PreviewRow row : preview.rows()) {
                if (progress.cancelled()) {
                    throw new CancellationException();
                }
                PreviewRow placed = row.inSubBranch(subBranchForNew);
                tally.count(placed);
                batches.add(placed);
                progress.worked(++done, preview.rows().size());
            }
            batches.flush();
            if (progress.cancelled()) {
                throw new CancellationException(); // the last moment to stop: nothing is written
            }
            return null;
        }));
        database.checkpoint(); // on disk before the wizard says "imported"
        return tally.result(preview.layout(), true);
    }

    /**
     * Reads, classifies and (unless {@code mode} is {@link Mode#DRY_RUN}) imports a whole file as it streams,
     * with the remembered or suggested mapping, in ONE transaction: the command line and large files. In
     * {@link Mode#STRICT} a single rejected row rolls everything back.
     */
    public ImportResult importFile(Path file, String sheet, Mode mode, ProgressListener progress) {
        SheetLayout layout = layout(file, sheet);
        Map<Integer, ColumnField> mapping = mappingFor(layout);
        RowClassifier classifier = classifier(layout, mapping);
        Tally tally = new Tally(file, layout.sheet(), ImportResult.columnUses(layout, mapping));
        if (mode == Mode.DRY_RUN) {
            // exactly what a real import would do, row by row, without writing: the same classification
            read(file, layout, mapping, progress, row -> {
                PreviewRow p = classifier.classify(row);
                tally.count(p);
                if (p.state() == RowState.NEW) {
                    tally.imported++;
                } else if (p.state() == RowState.UPDATE) {
                    tally.updated++;
                }
            });
            requireRows(file, layout, tally.rowsRead);
            return tally.result(layout, false);
        }
        safetyBackup.run();
        try {
            database.labelled(importing(file), () -> members.inOneTransaction(writer -> {
                Batches batches = new Batches(writer, tally);
                read(file, layout, mapping, progress, row -> {
                    PreviewRow p = classifier.classify(row);
                    tally.count(p);
                    batches.add(p);
                });
                batches.flush();
                requireRows(file, layout, tally.rowsRead);
                if (mode == Mode.STRICT && !tally.rejected.isEmpty()) {
                    throw new StrictRollback();
                }
                return null;
            }));
        } catch (StrictRollback rolledBack) {
            tally.imported = 0;
            tally.updated = 0;
            return tally.result(layout, false);
        }
        database.checkpoint(); // on disk before the command line or the wizard says "imported"
        return tally.result(layout, true);
    }

    /**
     * Saves the rows of {@code preview} that will not be imported (errors and duplicates) with their cells and
     * a "Lỗi" column describing each problem, as .xlsx for the sender. Returns how many rows it wrote.
     */
    public int saveErrorReport(ImportPreview preview, Path target, vn.sochibo.common.Messages messages) {
        List<String> headers = new ArrayList<>();
        int width = preview.layout().columns().stream().mapToInt(c -> c.index() + 1).max().orElse(0);
        for (int i = 0; i < width; i++) {
            var column = preview.layout().column(i);
            headers.add(column == null ? "" : column.header());
        }
        List<ErrorReportWriter.Line> lines = new ArrayList<>();
        for (PreviewRow row : preview.rows()) {
            if (!row.importable()) {
                String problems = row.problems().stream().filter(SheetProblem::isError)
                        .map(p -> (p.column() == null ? "" : p.column() + ": ") + messages.describe(p.problem()))
                        .collect(Collectors.joining("; "));
                lines.add(new ErrorReportWriter.Line(row.rowNumber(), row.cells(), problems));
            }
        }
        try {
            new ErrorReportWriter().write(target, messages.get("import.report.sheet"), messages.get("import.report.row"), headers,
                    messages.get("import.report.error"), lines);
        } catch (java.io.IOException e) {
            throw new UserFacingException("export.error.write", e, target.getFileName().toString());
        }
        return lines.size();
    }

    /** The audit log's name for an import: "Nhập từ Excel: <file name>". */
    private static Operation importing(Path file) {
        return Operation.of("audit.op.import", file == null || file.getFileName() == null ? "" : file.getFileName().toString());
    }

    private void read(Path file, SheetLayout layout, Map<Integer, ColumnField> mapping, ProgressListener progress, Consumer<ReadRow> each) {
        int[] n = {0};
        reader().read(file, layout, mapping, row -> {
            each.accept(row);
            progress.worked(++n[0], 0);
        }, progress::cancelled);
        if (progress.cancelled()) {
            throw new CancellationException();
        }
    }

    private static final class StrictRollback extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StrictRollback() {
            super(null, null, false, false);
        }
    }

    /** Counts and problems of one import. */
    private static final class Tally {
        final String fileName;
        final String sheet;
        final List<ImportResult.ColumnUse> columns;
        int rowsRead;
        int imported;
        int updated;
        final List<SheetProblem> rejected = new ArrayList<>();
        final List<SheetProblem> warnings = new ArrayList<>();
        final List<ImportResult.Row> rows = new ArrayList<>();

        Tally(Path file, String sheet, List<ImportResult.ColumnUse> columns) {
            this.fileName = file.getFileName().toString();
            this.sheet = sheet;
            this.columns = columns;
        }

        void count(PreviewRow row) {
            rowsRead++;
            for (SheetProblem p : row.problems()) {
                (p.isError() ? rejected : warnings).add(p);
            }
            rows.add(new ImportResult.Row(row.rowNumber(), row.state(), row.draft().fullName(), row.status(), row.history(),
                    row.followUps()));
        }

        /** Where the work-list lines of a row came from. */
        String source(PreviewRow row) {
            return vn.sochibo.member.FollowUp.source(fileName, sheet, row.rowNumber());
        }

        ImportResult result(SheetLayout layout, boolean committed) {
            return new ImportResult(rowsRead, imported, updated, List.copyOf(rejected), List.copyOf(warnings),
                    layout.convertedColumns(), committed, fileName, layout.sheet(), columns, List.copyOf(rows));
        }
    }

    /** Collects good rows and writes them a batch at a time. */
    private static final class Batches {
        private final BulkWriter writer;
        private final Tally tally;
        private final List<NewMember> creates = new ArrayList<>(BATCH);
        private final List<PreviewRow> createdRows = new ArrayList<>(BATCH);
        private final List<MemberUpdate> updates = new ArrayList<>();
        private final List<PreviewRow> updatedRows = new ArrayList<>();

        Batches(BulkWriter writer, Tally tally) {
            this.writer = writer;
            this.tally = tally;
        }

        void add(PreviewRow row) {
            if (row.state() == RowState.NEW) {
                creates.add(new NewMember(row.draft(), row.history()));
                createdRows.add(row);
            } else if (row.state() == RowState.UPDATE) {
                updates.add(new MemberUpdate(row.memberId(), row.draft()));
                updatedRows.add(row);
            }
            if (creates.size() >= BATCH || updates.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (!creates.isEmpty()) {
                List<Long> ids = writer.create(creates);
                tally.imported += ids.size();
                for (int i = 0; i < ids.size(); i++) {
                    writer.followUp(ids.get(i), createdRows.get(i).followUps(), tally.source(createdRows.get(i)));
                }
                creates.clear();
                createdRows.clear();
            }
            if (!updates.isEmpty()) {
                writer.update(updates);
                tally.updated += updates.size();
                for (PreviewRow row : updatedRows) {
                    writer.followUp(row.memberId(), row.followUps(), tally.source(row));
                }
                updates.clear();
                updatedRows.clear();
            }
        }
    }
}
