package vn.sochibo.evaluation.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.evaluation.doc.GradeListWriter;
import vn.sochibo.evaluation.doc.YearDocument;
import vn.sochibo.evaluation.doc.YearReportWriter;
import vn.sochibo.meeting.MeetingService;
import vn.sochibo.meeting.MinutesComposer;
import vn.sochibo.meeting.RollEntry;
import vn.sochibo.member.Member;
import vn.sochibo.member.MemberService;
import vn.sochibo.rulebook.service.DatedSettingService;

/**
 * The evaluation year's documents: the list of proposed grades (.xlsx) and the report (.docx), in Vietnamese, dated
 * the review meeting's day (today before there is one), signed by the chi bộ's secretary as the register names them.
 * Synchronous; call off the FX thread.
 */
public final class EvaluationDocumentService {

    private final EvaluationService evaluations;
    private final MeetingService meetings;
    private final MemberService members;
    private final DatedSettingService settings;
    private final GradeListWriter listWriter = new GradeListWriter();
    private final YearReportWriter reportWriter = new YearReportWriter();

    public EvaluationDocumentService(EvaluationService evaluations, MeetingService meetings, MemberService members,
                                     DatedSettingService settings) {
        this.evaluations = evaluations;
        this.meetings = meetings;
        this.members = members;
        this.settings = settings;
    }

    /** Writes one of the year's documents. */
    @FunctionalInterface
    private interface Writer {
        void write(Path file, YearDocument doc, Messages vi) throws IOException;
    }

    /**
     * Writes the list of proposed grades of a year.
     *
     * @throws UserFacingException when the file cannot be written (open in Excel, a read-only folder)
     */
    public void exportList(long yearId, Path file) {
        export(yearId, file, listWriter::write);
    }

    /**
     * Writes the year's report.
     *
     * @throws UserFacingException when the file cannot be written
     */
    public void exportReport(long yearId, Path file) {
        export(yearId, file, reportWriter::write);
    }

    private void export(long yearId, Path file, Writer writer) {
        YearDocument doc = document(yearId);
        try {
            writer.write(file, doc, Messages.forLanguage("vi"));
        } catch (IOException e) {
            throw new UserFacingException("export.error.write", e, file.getFileName().toString());
        }
    }

    /** What both documents print for a year. */
    public YearDocument document(long yearId) {
        YearDetail d = evaluations.detail(yearId);
        String issuer = d.year().issuer();
        LocalDate date = d.year().header().reviewDate() != null ? d.year().header().reviewDate() : evaluations.today();
        List<YearDocument.Row> rows = new ArrayList<>();
        for (EntryState e : d.entries()) {
            rows.add(new YearDocument.Row(e.entry(), e.computed().grade(), e.votePassed()));
        }
        String basis = settings.book().inForce("evaluation.legalBasis", EvaluationSettings.dateOf(d.year().year()))
                .map(v -> v.value()).orElse(null);
        List<Problem> warnings = d.warnings().stream().filter(p -> !p.messageKey().equals("evaluation.explain.noRules")).toList();
        return new YearDocument(meetings.upperBodyOf(issuer), issuer, MinutesComposer.placeDate(meetings.placeName(), date),
                date, d.year().year(), d.year().header().reportNumber(), basis, d.year().header().reviewDate(), d.voteBase(),
                rows, d.tally(), d.year().branch(), d.branchComputed().grade(), d.checklist(), warnings,
                secretary(issuer, date));
    }

    /** The chi bộ's secretary on {@code date}: the member of its roll whose Party posts include "Bí thư Chi bộ". */
    private String secretary(String issuer, LocalDate date) {
        List<Long> roll = meetings.rollAt(issuer, date).stream().map(RollEntry::memberId).toList();
        for (Member m : members.records()) {
            if (roll.contains(m.id()) && m.data().partyPosts() != null) {
                for (String post : m.data().partyPosts().split("[,;]")) {
                    if (Text.fold(post).equals("bi thu chi bo")) {
                        return m.data().fullName();
                    }
                }
            }
        }
        return "";
    }
}
