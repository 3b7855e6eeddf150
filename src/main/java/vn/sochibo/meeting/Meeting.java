package vn.sochibo.meeting;

import java.util.List;

/**
 * A meeting with everything recorded for it: the header, its place in the term's numbering, the agenda with
 * notes, the roll call, resolutions and assignments. {@code id} is 0 before it is stored.
 *
 * @param issuer the chi bộ holding the meeting (issuer of the minutes)
 * @param term   the committee's term the minutes are numbered in, e.g. "2025–2030"
 */
public record Meeting(long id, MeetingDraft header, String issuer, String term, int number, List<AgendaItem> agenda,
                      List<RollEntry> roll, List<Resolution> resolutions, List<Assignment> assignments) {

    public Meeting {
        agenda = List.copyOf(agenda);
        roll = List.copyOf(roll);
        resolutions = List.copyOf(resolutions);
        assignments = List.copyOf(assignments);
    }

    public AttendanceFigures figures() {
        return AttendanceFigures.of(roll);
    }

    /** The minutes' number as the header prints it: "Số 05-BB/CB" (two digits below 10, no colon; T13). */
    public String documentNumber() {
        return DocumentNumbers.minutes(number);
    }

    public MeetingSummary summary() {
        return new MeetingSummary(id, header.date(), header.type(), header.subject(), issuer, number);
    }
}
