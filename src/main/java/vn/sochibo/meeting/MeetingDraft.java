package vn.sochibo.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * A meeting's header as the clerk types it: type, subject line, date and times, place, who chairs, who writes
 * the minutes, guests, and the minutes' number in the term ({@code null} = the next free one). Text is NFC.
 */
public record MeetingDraft(MeetingType type, String subject, LocalDate date, LocalTime start, LocalTime end,
                           String place, String chair, String secretary, String guests, Integer number) {

    public MeetingDraft {
        subject = Text.clean(subject);
        place = Text.clean(place);
        chair = Text.personName(chair);
        secretary = Text.personName(secretary);
        guests = Text.cleanOrNull(guests);
    }

    /**
     * The shortest a meeting should last (Chỉ thị 50-CT/TW; src/site/rules.md, "The meeting and its minutes"): 90
     * minutes, 120 for a thematic meeting. Committee meetings have no such rule (0).
     */
    public static int minimumMinutes(MeetingType type) {
        return switch (type) {
            case THEMATIC -> 120;
            case COMMITTEE -> 0;
            default -> 90;
        };
    }

    /** What is missing or wrong, field by field (warnings do not block saving). */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(Problem.error("type", "meeting.problem.type.required"));
        }
        if (subject == null || subject.isEmpty()) {
            problems.add(Problem.error("subject", "meeting.problem.subject.required"));
        }
        if (date == null) {
            problems.add(Problem.error("date", "meeting.problem.date.required"));
        }
        if (start == null) {
            problems.add(Problem.error("start", "meeting.problem.start.required"));
        } else if (end != null && !end.isAfter(start)) {
            problems.add(Problem.error("end", "meeting.problem.end.beforeStart"));
        }
        if (place == null || place.isEmpty()) {
            problems.add(Problem.error("place", "meeting.problem.place.required"));
        }
        if (chair == null || chair.isEmpty()) {
            problems.add(Problem.error("chair", "meeting.problem.chair.required"));
        }
        if (secretary == null || secretary.isEmpty()) {
            problems.add(Problem.error("secretary", "meeting.problem.secretary.required"));
        }
        if (start != null && end != null && end.isAfter(start) && type != null) {
            long minutes = Duration.between(start, end).toMinutes();
            int required = minimumMinutes(type);
            if (minutes < required) {
                problems.add(Problem.warning("end", "meeting.problem.length.short", minutes, required));
            }
        }
        if (number != null && (number < 1 || number > 9999)) {
            problems.add(Problem.error("number", "meeting.problem.number.range"));
        }
        return problems;
    }
}
