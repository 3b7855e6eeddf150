package vn.sochibo.admission.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.sochibo.admission.AdmissionVote;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.StepRecord;
import vn.sochibo.admission.Timeline;
import vn.sochibo.admission.VotePurpose;
import vn.sochibo.admission.doc.AdmissionDocuments;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.io.word.DocxTemplate;
import vn.sochibo.io.word.PartyDocumentContent;
import vn.sochibo.io.word.PartyDocumentWriter;
import vn.sochibo.io.word.UserTemplateFile;
import vn.sochibo.meeting.Attendance;
import vn.sochibo.meeting.AttendanceFigures;
import vn.sochibo.meeting.Meeting;
import vn.sochibo.meeting.RollEntry;
import vn.sochibo.rulebook.RuleBook;

/**
 * The chi bộ's own admission documents as .docx (src/site/rules.md, "Kết nạp đảng viên"): the summaries of opinions
 * (Mẫu 5, Mẫu 12) and the resolutions (Mẫu 6, Mẫu 13), each from the built-in Party-layout template or the
 * branch's own edited copy of it (one per document). Synchronous and JavaFX-free.
 */
public final class AdmissionDocumentService {

    /** The documents, with the form number they follow. */
    public enum Document {
        /** Mẫu 5: summary of opinions on the candidate. */
        OPINIONS_ADMISSION(5),
        /** Mẫu 6: resolution proposing admission. */
        RESOLUTION_ADMISSION(6),
        /** Mẫu 12: summary of opinions on the probationary member. */
        OPINIONS_PROBATION(12),
        /** Mẫu 13: resolution proposing full membership. */
        RESOLUTION_FULL(13);

        private final int form;

        Document(int form) {
            this.form = form;
        }

        /** The form number ("Mẫu 6"). */
        public int form() {
            return form;
        }

        VotePurpose purpose() {
            return this == OPINIONS_ADMISSION || this == RESOLUTION_ADMISSION ? VotePurpose.ADMISSION : VotePurpose.FULL_MEMBERSHIP;
        }
    }

    /** The outcome of a document written: the file, and why the branch's template was not used (or {@code null}). */
    public record Written(Path file, String templateProblem) {
    }

    private final AdmissionService admissions;
    private final PartyDocumentWriter writer = new PartyDocumentWriter();
    private final Map<Document, UserTemplateFile> templates = new EnumMap<>(Document.class);

    /** @param templateFolder where the branch's own templates are kept, or {@code null} without a data folder */
    public AdmissionDocumentService(AdmissionService admissions, Path templateFolder) {
        this.admissions = admissions;
        UserTemplateFile.Keys keys = new UserTemplateFile.Keys("admission.template.error.read", "admission.template.error.notDocx",
                "admission.template.error.invalid", "admission.template.error.noDataFolder", "admission.document.error.write");
        for (Document d : Document.values()) {
            Path file = templateFolder == null ? null : templateFolder.resolve("admission-mau-" + d.form() + ".docx");
            templates.put(d, new UserTemplateFile(file, PartyDocumentWriter.template(), keys));
        }
    }

    /** The branch's own template of a document (export, install, remove, present). */
    public UserTemplateFile template(Document document) {
        return templates.get(document);
    }

    /** Which documents the file can give now: summaries once a ceremony or summary is there, resolutions after a vote. */
    public List<Document> available(Candidate c) {
        return java.util.Arrays.stream(Document.values()).filter(d -> switch (d) {
            case OPINIONS_ADMISSION -> !c.has(Step.CEREMONY) || c.has(Step.COMMITTEE_SUMMARY);
            case RESOLUTION_ADMISSION -> !c.votes(VotePurpose.ADMISSION).isEmpty();
            case OPINIONS_PROBATION -> c.has(Step.CEREMONY);
            case RESOLUTION_FULL -> !c.votes(VotePurpose.FULL_MEMBERSHIP).isEmpty();
        }).toList();
    }

    /**
     * The document's content (nothing written).
     *
     * @param number the resolution's number in the term, or {@code null} to write it by hand
     * @throws UserFacingException when the file has nothing to write it from (no vote for a resolution)
     */
    public PartyDocumentContent content(long candidateId, Document document, Integer number) {
        Candidate c = admissions.find(candidateId);
        String issuer = c.profile().issuer();
        AdmissionDocuments.Header header = new AdmissionDocuments.Header(admissions.meetings().upperBodyOf(issuer), issuer,
                admissions.meetings().placeName());
        VotePurpose purpose = document.purpose();
        if (document == Document.OPINIONS_ADMISSION || document == Document.OPINIONS_PROBATION) {
            Step summary = purpose == VotePurpose.ADMISSION ? Step.COMMITTEE_SUMMARY : Step.PROBATION_SUMMARY;
            LocalDate date = c.step(summary).map(StepRecord::date).orElse(admissions.today());
            return AdmissionDocuments.summary(c, purpose, header, date, signer(c, purpose));
        }
        AdmissionVote vote = c.passedVote(purpose).orElseGet(() -> {
            List<AdmissionVote> votes = c.votes(purpose);
            if (votes.isEmpty()) {
                throw new UserFacingException("admission.document.error.noVote");
            }
            return votes.get(votes.size() - 1);
        });
        Meeting meeting = vote.meetingId() == null ? null : admissions.meetings().find(vote.meetingId());
        RuleBook book = admissions.settingsBook();
        String basis = book.inForce("admission.legalBasis", vote.date()).map(v -> v.value()).orElse(null);
        Timeline t = new Timeline(c, admissions.rules());
        LocalDate lateDue = purpose == VotePurpose.FULL_MEMBERSHIP && t.fullVoteLate(vote.date()) ? t.fullVoteDue().orElse(null) : null;
        return AdmissionDocuments.resolution(c, vote, meeting == null ? null : figures(meeting), header, number, basis,
                t.probationEnd().orElse(null), lateDue, meeting == null ? null : meeting.header().chair());
    }

    private String signer(Candidate c, VotePurpose purpose) {
        return c.votes(purpose).stream().filter(v -> v.meetingId() != null).reduce((a, b) -> b)
                .map(v -> admissions.meetings().find(v.meetingId()).header().chair()).orElse(null);
    }

    private static AdmissionDocuments.VoteMeeting figures(Meeting m) {
        AttendanceFigures f = m.figures();
        String absent = m.roll().stream().filter(r -> !r.present()).map(RollEntry::fullName).collect(Collectors.joining(", "));
        int absentCount = (int) m.roll().stream().filter(r -> r.attendance() != Attendance.PRESENT).count();
        return new AdmissionDocuments.VoteMeeting(f.onRoll(), f.official(), f.probationary(), f.present(), f.votingPresent(),
                absentCount, absent, m.header().chair(), m.header().secretary());
    }

    /** Writes a document to {@code out} (.docx), replacing the file. */
    public Written write(long candidateId, Document document, Integer number, Path out) {
        PartyDocumentContent content = content(candidateId, document, number);
        UserTemplateFile own = templates.get(document);
        byte[] template = own.bytes();
        try (OutputStream stream = Files.newOutputStream(out)) {
            DocxTemplate.Written written = writer.write(content, template, stream);
            return new Written(out, written.fellBack() ? own.problem(template) : null);
        } catch (IOException e) {
            throw new UserFacingException("admission.document.error.write", e, out.toString(), String.valueOf(e.getMessage()));
        }
    }
}
