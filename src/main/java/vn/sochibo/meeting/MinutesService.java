package vn.sochibo.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.sochibo.common.UserFacingException;
import vn.sochibo.io.word.BookCover;
import vn.sochibo.io.word.MinutesContent;
import vn.sochibo.io.word.MinutesDocumentWriter;
import vn.sochibo.io.word.UserTemplateFile;

/**
 * Minutes as Word files: one meeting's minutes, the year's book of minutes, and the user's own template
 * (exported from the built-in one, edited in Word, put back). A user template that cannot be used is replaced by
 * the built-in one and the result says so. Synchronous and JavaFX-free: call it from a background thread.
 */
public final class MinutesService {

    private final MeetingService meetings;
    private final MinutesDocumentWriter writer;
    private final UserTemplateFile userTemplate;

    /** @param userTemplate where the user's template is kept, or {@code null} when there is no data folder */
    public MinutesService(MeetingService meetings, MinutesDocumentWriter writer, Path userTemplate) {
        this.meetings = meetings;
        this.writer = writer;
        this.userTemplate = new UserTemplateFile(userTemplate, MinutesDocumentWriter.template(), new UserTemplateFile.Keys(
                "meeting.template.error.read", "meeting.template.error.notDocx", "meeting.template.error.invalid",
                "meeting.template.error.noDataFolder", "meeting.minutes.error.write"));
    }

    /** The outcome of an export: the file, and the reason the user template was not used (or {@code null}). */
    public record Exported(Path file, String templateProblem) {

        public boolean templateFellBack() {
            return templateProblem != null;
        }
    }

    /** The minutes of one meeting as the template fills them (no file written). */
    public MinutesContent content(long meetingId) {
        return content(meetings.find(meetingId));
    }

    /** The minutes of a (possibly unsaved) meeting. */
    public MinutesContent content(Meeting meeting) {
        return MinutesComposer.compose(meeting, meetings.upperBodyOf(meeting.issuer()), meetings.placeName());
    }

    /** Writes one meeting's minutes to {@code out} (.docx), replacing the file. */
    public Exported writeMinutes(long meetingId, Path out) {
        return write(List.of(content(meetingId)), out);
    }

    /**
     * Writes the book of minutes of {@code issuer} for {@code year}: every meeting in date order, each on a new
     * page. A user-facing error when there is no meeting that year.
     */
    public Exported writeBook(String issuer, int year, Path out) {
        List<MeetingSummary> ofYear = new ArrayList<>(meetings.list().stream()
                .filter(m -> m.date().getYear() == year && m.issuer().equals(issuer)).toList());
        if (ofYear.isEmpty()) {
            throw new UserFacingException("meeting.minutes.error.noMeetings", year);
        }
        ofYear.sort(Comparator.comparing(MeetingSummary::date).thenComparingInt(MeetingSummary::number));
        List<MinutesContent> contents = new ArrayList<>();
        for (MeetingSummary m : ofYear) {
            contents.add(content(m.id()));
        }
        return write(contents, MinutesComposer.cover(meetings.upperBodyOf(issuer), issuer, year,
                ofYear.get(0).date(), ofYear.get(ofYear.size() - 1).date(), ofYear.size()), out);
    }

    private Exported write(List<MinutesContent> contents, Path out) {
        return write(contents, null, out);
    }

    private Exported write(List<MinutesContent> contents, BookCover cover, Path out) {
        byte[] template = userTemplate.bytes();
        try (OutputStream stream = Files.newOutputStream(out)) {
            vn.sochibo.io.word.DocxTemplate.Written written = writer.writeBook(contents, cover, template, stream);
            // say what the clerk can act on: the placeholders to restore, or which file could not be opened
            return new Exported(out, written.fellBack() ? userTemplate.problem(template) : null);
        } catch (IOException e) {
            throw new UserFacingException("meeting.minutes.error.write", e, out.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Whether the user has put back a template of their own. */
    public boolean hasUserTemplate() {
        return userTemplate.present();
    }

    /** Saves the built-in template to {@code out} so the user can open it in Word. */
    public void exportBuiltInTemplate(Path out) {
        userTemplate.exportBuiltIn(out);
    }

    /**
     * Makes an edited template the one used from now on. Refuses (changing nothing) a file that is not a .docx or
     * lacks a placeholder, or has one split across runs.
     */
    public void installUserTemplate(Path source) {
        userTemplate.install(source);
    }

    /** Goes back to the built-in template. */
    public void removeUserTemplate() {
        userTemplate.remove();
    }
}
