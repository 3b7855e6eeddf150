package vn.sochibo.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.io.excel.AuditWorkbookWriter;
import vn.sochibo.storage.Database;

/**
 * Reads the audit log: pages newest first with filters, counts, and the .xlsx export. Read-only by design: the
 * log is written by the database itself (triggers, see {@code storage.AuditLog}) and nothing here changes it.
 * Synchronous and JavaFX-free: call it from a background thread.
 */
public final class AuditService {

    /** A page of entries, the sub-branch names to show them with, and whether older entries remain. */
    public record Page(List<AuditEntry> entries, Map<Long, String> subBranches, boolean more) {
    }

    private final Database database;
    private final AuditRepository repository;

    public AuditService(Database database, AuditRepository repository) {
        this.database = database;
        this.repository = repository;
    }

    /**
     * Up to {@code size} entries matching {@code filter}, newest first, older than the entry {@code beforeId}
     * (null: from the newest).
     */
    public Page page(AuditFilter filter, Long beforeId, int size) {
        return database.read(ctx -> {
            List<AuditEntry> entries = repository.page(ctx, filter, beforeId, size + 1);
            boolean more = entries.size() > size;
            return new Page(more ? List.copyOf(entries.subList(0, size)) : entries, repository.subBranchNames(ctx), more);
        });
    }

    /** One entry with all its data (a grouped entry's rows), or null when there is none with this id. */
    public AuditEntry entry(long id) {
        return database.read(ctx -> repository.entry(ctx, id).orElse(null));
    }

    /** How many entries match {@code filter}. */
    public int count(AuditFilter filter) {
        return database.read(ctx -> repository.count(ctx, filter));
    }

    /**
     * Writes every entry matching {@code filter}, newest first, to an .xlsx file in Vietnamese (the record kept
     * with the branch's papers), one sheet row per changed row (a bulk job's entry is written row by row); returns
     * how many rows were written. The file is complete or not written.
     */
    public int export(Path file, AuditFilter filter) {
        Messages vi = Messages.forLanguage("vi");
        AuditWorkbookWriter.Texts texts = new AuditWorkbookWriter.Texts(vi.get("audit.export.sheet"), vi.get("audit.export.title"),
                List.of(vi.get("audit.column.index"), vi.get("audit.column.time"), vi.get("audit.column.operation"),
                        vi.get("audit.column.action"), vi.get("audit.column.object"), vi.get("audit.column.changes")));
        try {
            return database.read(ctx -> {
                AuditDescriber describer = new AuditDescriber(vi, repository.subBranchNames(ctx));
                try {
                    return new AuditWorkbookWriter().write(file, texts, sink -> repository.forEach(ctx, filter, entry -> {
                        for (AuditEntry e : describer.expand(entry)) {
                            sink.accept(new AuditWorkbookWriter.Line(e.changedAt(), describer.operation(e),
                                    describer.action(e), describer.object(e), describer.changes(e, 0)));
                        }
                    }));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new UserFacingException("export.error.write", e, file.getFileName().toString());
        }
    }
}
