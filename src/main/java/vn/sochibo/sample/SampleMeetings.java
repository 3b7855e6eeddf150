package vn.sochibo.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The bundled sample meetings ({@code samples/sinh-hoat-mau.json}) as read by Jackson. */
public record SampleMeetings(List<SampleMeeting> meetings) {

    /** One meeting: header, who was absent, notes per agenda title, resolutions, assignments settled and given. */
    public record SampleMeeting(String issuer, String type, LocalDate date, LocalTime start, LocalTime end, String place,
                                String chair, String secretary, String guests, String subject, List<Absence> absences,
                                Map<String, Notes> notes, List<SampleResolution> resolutions, List<String> done,
                                List<String> carry, List<SampleAssignment> assignments) {

        /** The same meeting held by another chi bộ. */
        public SampleMeeting withIssuer(String other) {
            return new SampleMeeting(other, type, date, start, end, place, chair, secretary, guests, subject, absences,
                    notes, resolutions, done, carry, assignments);
        }
    }

    public record Absence(String name, String attendance, String reason) {
    }

    public record Notes(String report, String speakers, String conclusion) {
    }

    public record SampleResolution(String kind, String content, int votesFor, int against, int other) {
    }

    public record SampleAssignment(String assignee, String task, LocalDate due) {
    }
}
