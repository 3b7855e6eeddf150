package vn.sochibo.evaluation.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.evaluation.EntryDraft;
import vn.sochibo.evaluation.EvaluationTexts;
import vn.sochibo.evaluation.Participation;
import vn.sochibo.io.excel.PrintableListWriter;
import vn.sochibo.io.excel.PrintableListWriter.Align;
import vn.sochibo.io.excel.PrintableListWriter.Column;

/**
 * The chi bộ's list of proposed grades (.xlsx, print-ready, A4 landscape): every member on the roll with the form,
 * the points, the grade the rules give, the chi bộ's proposal and vote, the grade decided above, and a note (why not
 * evaluated, why the proposal differs); then the year's sentence and the signatures. Texts from the Vietnamese
 * bundle.
 */
public final class GradeListWriter {

    private final PrintableListWriter writer = new PrintableListWriter();

    /** Writes {@code doc} to {@code file}. */
    public void write(Path file, YearDocument doc, Messages vi) throws IOException {
        List<Column> columns = List.of(
                new Column(vi.get("evaluation.doc.list.number"), 4, Align.CENTER),
                new Column(vi.get("evaluation.doc.list.name"), 24, Align.LEFT),
                new Column(vi.get("evaluation.doc.list.form"), 6, Align.CENTER),
                new Column(vi.get("evaluation.doc.list.common"), 9, Align.CENTER),
                new Column(vi.get("evaluation.doc.list.tasks"), 9, Align.CENTER),
                new Column(vi.get("evaluation.doc.list.total"), 8, Align.CENTER),
                new Column(vi.get("evaluation.doc.list.computed"), 27, Align.CENTER),
                new Column(vi.get("evaluation.doc.list.proposed"), 27, Align.CENTER),
                new Column(vi.get("evaluation.doc.list.vote"), 10, Align.CENTER),
                new Column(vi.get("evaluation.doc.list.decided"), 27, Align.CENTER),
                new Column(vi.get("evaluation.doc.list.note"), 34, Align.LEFT));
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (YearDocument.Row row : doc.rows()) {
            rows.add(cells(n++, row, doc.voteBase(), vi));
        }
        List<String> notes = new ArrayList<>();
        notes.add(EvaluationTexts.sentence(vi, doc.tally().sentence()));
        PrintableListWriter.Sheet sheet = new PrintableListWriter.Sheet(vi.get("evaluation.doc.list.sheet", doc.year()),
                doc.upperBody(), doc.issuer(), vi.get("evaluation.doc.party"), doc.placeDate(),
                vi.get("evaluation.doc.list.title", doc.year()), subtitle(doc, vi), columns, rows, notes,
                new PrintableListWriter.Signature(List.of(vi.get("evaluation.doc.preparedBy")), ""),
                new PrintableListWriter.Signature(List.of(vi.get("evaluation.doc.onBehalf"), vi.get("evaluation.doc.secretary")),
                        doc.signer()),
                vi.get("evaluation.doc.page", "&P", "&N"));
        writer.write(file, sheet);
    }

    private static String subtitle(YearDocument doc, Messages vi) {
        if (doc.reviewDate() == null) {
            return null;
        }
        return doc.voteBase() == null ? vi.get("evaluation.doc.list.reviewed", doc.reviewDate())
                : vi.get("evaluation.doc.list.reviewedN", doc.reviewDate(), doc.voteBase());
    }

    private static List<Object> cells(int number, YearDocument.Row row, Integer voteBase, Messages vi) {
        EntryDraft d = row.entry().draft();
        Participation p = row.entry().participation();
        List<Object> cells = new ArrayList<>();
        cells.add(number);
        cells.add(row.entry().fullName());
        if (!p.evaluated()) {
            cells.addAll(java.util.Collections.nCopies(4, null));
            cells.add(vi.get("evaluation.doc.list.notEvaluated"));
            cells.addAll(java.util.Collections.nCopies(3, null));
            cells.add(p == Participation.EXCLUDED ? d.excludedReason() : vi.label(p));
            return cells;
        }
        cells.add(d.formKind() == null ? null : d.formKind().code());
        cells.add(d.score().common());
        cells.add(d.score().tasks());
        cells.add(d.score().total());
        cells.add(row.computed() == null ? null : vi.label(row.computed()));
        cells.add(d.proposed() == null ? null : vi.label(d.proposed()));
        cells.add(d.vote() == null ? null : voteBase == null ? Formats.count(d.vote().votesFor())
                : d.vote().votesFor() + "/" + voteBase);
        cells.add(d.decided() == null ? null : vi.label(d.decided()));
        cells.add(note(row, vi));
        return cells;
    }

    private static String note(YearDocument.Row row, Messages vi) {
        EntryDraft d = row.entry().draft();
        List<String> parts = new ArrayList<>();
        if (row.entry().participation() == Participation.AWAY) {
            parts.add(vi.label(Participation.AWAY));
        }
        if (d.overrideReason() != null) {
            parts.add(vi.get("evaluation.doc.list.override", d.overrideReason()));
        }
        if (Boolean.FALSE.equals(row.votePassed())) {
            parts.add(vi.get("evaluation.doc.list.voteFailed"));
        }
        if (d.decidedRef() != null) {
            parts.add(d.decidedDate() == null ? vi.get("evaluation.doc.list.decision", d.decidedRef())
                    : vi.get("evaluation.doc.list.decisionDated", d.decidedRef(), d.decidedDate()));
        }
        return String.join("; ", parts);
    }
}
