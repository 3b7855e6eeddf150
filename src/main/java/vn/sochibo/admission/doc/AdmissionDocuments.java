package vn.sochibo.admission.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.sochibo.admission.AdmissionVote;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.StepRecord;
import vn.sochibo.admission.VotePurpose;
import vn.sochibo.io.word.DocumentText;
import vn.sochibo.io.word.MinutesContent.Paragraph;
import vn.sochibo.io.word.PartyDocumentContent;
import vn.sochibo.io.word.PartyFormat;

/**
 * Words the documents a chi bộ writes itself on the way to membership (src/site/rules.md, "Kết nạp đảng viên"):
 * the chi ủy's summary of opinions (Mẫu 5 for a candidate, Mẫu 12 for a probationary member) and the chi bộ's
 * resolution proposing admission (Mẫu 6) or full membership (Mẫu 13). The wording is in
 * {@code admission-text.properties}, the layout in the user-editable template. Fed with plain records; pure.
 */
public final class AdmissionDocuments {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DocumentText TEXT = new DocumentText(AdmissionDocuments.class, "admission-text.properties");

    private AdmissionDocuments() {
    }

    /**
     * Who issues the document and where: the upper body and the chi bộ as the header prints them (capitals are
     * made here) and the place name of the date line.
     */
    public record Header(String upperBody, String issuer, String place) {
    }

    /**
     * The meeting a vote was held at, from its roll call: everyone called, official and probationary members, N,
     * present (all and official), absent with the names, chair and secretary. Any count is -1 when the meeting is
     * no longer in the register (the vote keeps only its date and N).
     */
    public record VoteMeeting(int onRoll, int official, int probationary, int present, int votingPresent, int absent,
                              String absentNames, String chair, String secretary) {
    }

    /** The document or agenda wording for {@code key} with its arguments. */
    public static String text(String key, Object... args) {
        return TEXT.get(key, args);
    }

    /** "Số 03-NQ/CB", or the number left blank to write by hand. */
    static String numberLine(Integer number) {
        return number == null ? text("numberBlank") : text("number", PartyFormat.twoDigits(number));
    }

    private static String orDots(String text) {
        return text == null || text.isBlank() ? text("dots") : text;
    }

    private static void lines(List<Paragraph> body, String text) {
        for (String line : orDots(text).split("\n")) {
            body.add(Paragraph.text(line));
        }
    }

    private static String person(CandidateProfile p) {
        String born = p.birthDate() == null ? text("dots") : PartyFormat.longDate(p.birthDate());
        return text("person", p.fullName(), text("gender." + p.gender()), born);
    }

    private static String personMore(CandidateProfile p) {
        return text("person.more", orDots(p.homeTown()), orDots(p.residence()), orDots(p.occupation()));
    }

    private static String content(Candidate c, Step step) {
        return c.step(step).map(StepRecord::content).orElse(null);
    }

    /**
     * The chi ủy's summary of the unions' and the residence chi ủy's opinions (Mẫu 5 before admission, Mẫu 12
     * before full membership), dated {@code date}, signed "T/M CHI ỦY / BÍ THƯ".
     *
     * @param signer the bí thư's name, or {@code null} to sign by hand
     */
    public static PartyDocumentContent summary(Candidate c, VotePurpose purpose, Header h, LocalDate date, String signer) {
        CandidateProfile p = c.profile();
        List<Paragraph> body = new ArrayList<>();
        String joined = c.step(Step.CEREMONY).map(s -> PartyFormat.longDate(s.date())).orElse(text("dots"));
        body.add(Paragraph.text(text("summary.intro." + purpose.name(), p.issuer(), p.fullName(), joined)));
        body.add(Paragraph.text(person(p)));
        body.add(Paragraph.text(personMore(p)));
        body.add(Paragraph.text(text("summary.result")));
        body.add(Paragraph.heading(text("summary.unions")));
        lines(body, content(c, Step.UNION_OPINIONS));
        String residence = c.step(Step.RESIDENCE_COMMENT).map(StepRecord::documentRef).map(r -> " (" + r + ")").orElse("");
        body.add(Paragraph.heading(text("summary.residence", residence)));
        lines(body, content(c, Step.RESIDENCE_COMMENT));
        body.add(Paragraph.heading(text("summary.committee")));
        lines(body, content(c, purpose == VotePurpose.ADMISSION ? Step.COMMITTEE_SUMMARY : Step.PROBATION_SUMMARY));
        return new PartyDocumentContent(h.upperBody().toUpperCase(VI), h.issuer().toUpperCase(VI), "",
                PartyFormat.placeDate(h.place(), date), text("summary.title"), text("summary.subject." + purpose.name()), body,
                List.of(text("recipientUpper", h.upperBody()), text("recipientFile")), text("onBehalfCommittee"), text("secretary"),
                signer == null ? "" : signer);
    }

    /**
     * The chi bộ's resolution on a vote (Mẫu 6 for admission, Mẫu 13 for full membership): the legal basis, the
     * meeting and its attendance, the discussion, the count against N and what the chi bộ proposes, signed
     * "T/M CHI BỘ / BÍ THƯ".
     *
     * @param meeting      the meeting's figures, or {@code null} when it is no longer in the register
     * @param number       the resolution's number in the term, or {@code null} to write it by hand
     * @param legalBasis   the texts cited after the Statute, or {@code null}
     * @param probationEnd the official date (full membership), else {@code null}
     * @param lateDue      the last day to vote when the vote was late (full membership), else {@code null}
     * @param signer       the bí thư's name, or {@code null} to sign by hand
     */
    public static PartyDocumentContent resolution(Candidate c, AdmissionVote vote, VoteMeeting meeting, Header h,
                                                  Integer number, String legalBasis, LocalDate probationEnd,
                                                  LocalDate lateDue, String signer) {
        VotePurpose purpose = vote.purpose();
        CandidateProfile p = c.profile();
        List<Paragraph> body = new ArrayList<>();
        body.add(Paragraph.text(text("resolution.basis.statute")));
        if (legalBasis != null) {
            body.add(Paragraph.text(text("resolution.basis.texts", legalBasis)));
        }
        String day = capitalise(PartyFormat.longDate(vote.date()));
        if (purpose == VotePurpose.ADMISSION) {
            body.add(Paragraph.text(text("resolution.meeting.ADMISSION", day, p.issuer(), p.fullName())));
        } else {
            String joined = c.step(Step.CEREMONY).map(s -> PartyFormat.longDate(s.date())).orElse(text("dots"));
            String decision = c.step(Step.DECISION).map(StepRecord::documentRef)
                    .map(r -> "," + text("resolution.decisionRef", r)).orElse("");
            body.add(Paragraph.text(text("resolution.meeting.FULL_MEMBERSHIP", day, p.issuer(), p.fullName(), joined, decision)));
        }
        body.add(Paragraph.text(person(p)));
        if (meeting != null) {
            body.add(Paragraph.text(text("resolution.membership", meeting.onRoll(), meeting.official(), meeting.probationary(),
                    vote.voteBase())));
            String absent = meeting.absentNames() == null || meeting.absentNames().isBlank() ? "" : " (" + meeting.absentNames() + ")";
            body.add(Paragraph.text(text("resolution.present", meeting.present(), meeting.votingPresent(), meeting.absent(), absent)));
            body.add(Paragraph.text(text("resolution.chair", meeting.chair(), meeting.secretary())));
        } else {
            body.add(Paragraph.text(text("resolution.presentUnknown", vote.voteBase())));
        }
        if (purpose == VotePurpose.ADMISSION) {
            body.add(Paragraph.text(text("resolution.discussion.ADMISSION", p.fullName())));
        } else {
            String helper = c.helperName() == null ? "" : text("resolution.helper", c.helperName());
            body.add(Paragraph.text(text("resolution.discussion.FULL_MEMBERSHIP", p.fullName(), helper)));
        }
        String comment = content(c, purpose == VotePurpose.ADMISSION ? Step.COMMITTEE_COMMENT : Step.HELPER_ASSESSMENT);
        if (comment != null) {
            body.add(Paragraph.text(text("resolution.comment", comment.replace('\n', ' '))));
        } else {
            body.add(Paragraph.text(text("resolution.strengths", text("dotsShort"))));
            body.add(Paragraph.text(text("resolution.weaknesses", text("dotsShort"))));
        }
        body.add(Paragraph.text(text("resolution.vote." + purpose.name(), p.fullName(), vote.votesFor(), vote.voteBase(),
                PartyFormat.percent(vote.votesFor(), vote.voteBase()), vote.votesAgainst(), vote.votesOther())));
        if (!vote.passed()) {
            body.add(Paragraph.heading(text("resolution.failed", vote.votesNeeded(), vote.voteBase())));
        } else if (purpose == VotePurpose.ADMISSION) {
            body.add(Paragraph.heading(text("resolution.passed.ADMISSION", p.fullName())));
        } else {
            body.add(Paragraph.heading(text("resolution.passed.FULL_MEMBERSHIP", p.fullName(), PartyFormat.longDate(probationEnd))));
        }
        if (lateDue != null) {
            body.add(Paragraph.text(text("resolution.late", PartyFormat.longDate(lateDue),
                    orDots(content(c, Step.LATE_EXPLANATION)).replace('\n', ' '))));
        }
        return new PartyDocumentContent(h.upperBody().toUpperCase(VI), h.issuer().toUpperCase(VI), numberLine(number),
                PartyFormat.placeDate(h.place(), vote.date()), text("resolution.title"),
                text("resolution.subject." + purpose.name()), body,
                List.of(text("recipientUpper", h.upperBody()), text("recipientFile")), text("onBehalfBranch"), text("secretary"),
                signer == null ? "" : signer);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VI) + text.substring(1);
    }
}
