package vn.sochibo.evaluation.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.evaluation.BranchGradeDraft;
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.EvaluationTexts;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.YearTally;
import vn.sochibo.io.word.MinutesContent.Paragraph;
import vn.sochibo.io.word.PartyReportWriter;

/**
 * The chi bộ's report on the year's evaluation (.docx, Party layout, "Số 12-BC/CB"): the members' results with the
 * sentence the upper level's report takes up ("… 100% hoàn thành nhiệm vụ trở lên, 90% hoàn thành tốt nhiệm vụ trở
 * lên"), a table by grade, the chi bộ's own grade and its "Chi bộ 4 tốt" checklist, and what needs attention (cap,
 * failed votes, two years running). Texts from the Vietnamese bundle.
 */
public final class YearReportWriter {

    private final PartyReportWriter writer = new PartyReportWriter();

    /** Writes {@code doc} to {@code file}. */
    public void write(Path file, YearDocument doc, Messages vi) throws IOException {
        writer.write(content(doc, vi), file);
    }

    /** The report's words (a test reads them without Word). */
    public static PartyReportWriter.Content content(YearDocument doc, Messages vi) {
        List<Paragraph> body = new ArrayList<>();
        if (doc.legalBasis() != null) {
            body.add(Paragraph.text(doc.reviewDate() == null ? vi.get("evaluation.doc.report.basis", doc.legalBasis(), doc.year())
                    : vi.get("evaluation.doc.report.basisDated", doc.legalBasis(), doc.reviewDate(), doc.issuer(), doc.year())));
        }
        body.add(Paragraph.heading(vi.get("evaluation.doc.report.part1")));
        body.add(Paragraph.text(vi.get("evaluation.doc.report.onRoll", YearTally.count(doc.tally().onRoll()))));
        body.add(Paragraph.text(EvaluationTexts.sentence(vi, doc.tally().sentence())));

        List<Paragraph> closing = new ArrayList<>();
        closing.add(Paragraph.text(""));
        closing.add(Paragraph.heading(vi.get("evaluation.doc.report.part2")));
        branch(closing, doc, vi);
        closing.add(Paragraph.text(vi.get("evaluation.doc.report.checklist")));
        for (ChecklistItem item : doc.checklist()) {
            String result = item.achieved() == null ? vi.get("evaluation.doc.report.notAssessed")
                    : vi.get(item.achieved() ? "evaluation.doc.report.achieved" : "evaluation.doc.report.notAchieved");
            closing.add(Paragraph.text(vi.get("evaluation.doc.report.checklistItem", item.title(), result)));
        }
        closing.add(Paragraph.text(vi.get("evaluation.doc.report.checklistOutcome", ChecklistItem.outcome(doc.checklist()))));
        if (!doc.warnings().isEmpty()) {
            closing.add(Paragraph.heading(vi.get("evaluation.doc.report.part3")));
            for (Problem p : doc.warnings()) {
                closing.add(Paragraph.text("- " + EvaluationTexts.render(vi, p)));
            }
        }
        String number = doc.reportNumber() == null ? vi.get("evaluation.doc.report.numberBlank")
                : vi.get("evaluation.doc.report.number", Formats.count(doc.reportNumber()));
        return new PartyReportWriter.Content(upper(doc.upperBody()), upper(doc.issuer()), number, doc.placeDate(),
                vi.get("evaluation.doc.report.kind"), vi.get("evaluation.doc.report.subject", doc.year()), body,
                table(doc.tally(), vi), closing,
                List.of(vi.get("evaluation.doc.report.recipientUpper", committee(doc.upperBody(), vi)),
                        vi.get("evaluation.doc.report.recipientArchive")),
                vi.get("evaluation.doc.onBehalf"), vi.get("evaluation.doc.secretary"), doc.signer());
    }

    private static void branch(List<Paragraph> closing, YearDocument doc, Messages vi) {
        BranchGradeDraft b = doc.branch();
        if (b.points() != null) {
            closing.add(Paragraph.text(vi.get("evaluation.doc.report.branchPoints", EvaluationTexts.decimal(vi, b.points()))));
        }
        if (b.proposed() != null) {
            closing.add(Paragraph.text(vi.get("evaluation.doc.report.branchProposed", b.proposed())));
        } else if (doc.branchComputed() != null) {
            closing.add(Paragraph.text(vi.get("evaluation.doc.report.branchComputed", doc.branchComputed())));
        }
        if (b.decided() != null) {
            closing.add(Paragraph.text(b.decidedRef() == null || b.decidedDate() == null
                    ? vi.get("evaluation.doc.report.branchDecided", b.decided())
                    : vi.get("evaluation.doc.report.branchDecidedBy", b.decided(), b.decidedRef(), b.decidedDate())));
        }
    }

    private static PartyReportWriter.Table table(YearTally tally, Messages vi) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Grade g : Grade.values()) {
            rows.add(List.of(String.valueOf(n++), vi.label(g), YearTally.count(tally.count(g)), share(vi, tally, g)));
        }
        if (tally.ungraded() > 0) {
            rows.add(List.of(String.valueOf(n), vi.get("evaluation.doc.report.table.ungraded"),
                    YearTally.count(tally.ungraded()), ""));
        }
        rows.add(List.of("", vi.get("evaluation.doc.report.table.total"), YearTally.count(tally.evaluated()),
                tally.evaluated() == 0 ? "" : "100"));
        return new PartyReportWriter.Table(List.of(vi.get("evaluation.doc.list.number"),
                vi.get("evaluation.doc.report.table.grade"), vi.get("evaluation.doc.report.table.count"),
                vi.get("evaluation.doc.report.table.share")), rows, new int[] {10, 50, 20, 20});
    }

    private static String share(Messages vi, YearTally tally, Grade g) {
        return tally.share(g) == null ? "" : EvaluationTexts.decimal(vi, tally.share(g));
    }

    /** The committee a report goes to: the đảng bộ named by its committee ("Đảng bộ Sở …" → "Đảng ủy Sở …"). */
    static String committee(String upperBody, Messages vi) {
        String organisation = vi.get("evaluation.doc.report.organisation") + " ";
        return upperBody != null && upperBody.startsWith(organisation)
                ? vi.get("evaluation.doc.report.committee") + " " + upperBody.substring(organisation.length()) : upperBody;
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Messages.VIETNAMESE);
    }
}
