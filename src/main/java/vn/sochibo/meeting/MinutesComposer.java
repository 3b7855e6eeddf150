package vn.sochibo.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.sochibo.common.Formats;
import vn.sochibo.io.word.BookCover;
import vn.sochibo.io.word.DocumentText;
import vn.sochibo.io.word.MinutesContent;
import vn.sochibo.io.word.MinutesContent.Paragraph;
import vn.sochibo.io.word.PartyFormat;

/**
 * Words a meeting as minutes (src/site/rules.md, "The meeting and its minutes" and "Văn bản của Đảng"): the header
 * texts, the attendance figures with the names of those absent, the content of each agenda item, each resolution with
 * its vote and verdict, the assignments and the closing sentence. The wording is in {@code minutes-text.properties}.
 * Pure.
 */
public final class MinutesComposer {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DocumentText TEXT = new DocumentText(MinutesComposer.class, "minutes-text.properties");

    private MinutesComposer() {
    }

    private static String t(String key, Object... args) {
        return TEXT.get(key, args);
    }

    /** The number line of a chi bộ's minutes: "Số 03-BB/CB" (two digits below 10; wording in minutes-text.properties). */
    static String numberLine(int number) {
        return t("number", twoDigits(number));
    }

    /** The default subject line of a meeting of {@code type} on {@code date} ("Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026"). */
    public static String defaultSubject(MeetingType type, LocalDate date) {
        return t("subject." + type.name(), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    /** "Thanh Hóa, ngày 05 tháng 02 năm 2026": days below 10 and the months 1–2 take a leading zero (§3). */
    public static String placeDate(String place, LocalDate date) {
        return PartyFormat.placeDate(place, date);
    }

    private static String twoDigits(int n) {
        return PartyFormat.twoDigits(n);
    }

    private static String month(LocalDate date) {
        return PartyFormat.month(date);
    }

    /**
     * The agenda with the dues book's figures as the report of its item on dues ("… tình hình đóng đảng phí"; one is
     * added to the opening when the agenda has none), unless that item already has a report. Unchanged without figures.
     */
    static List<AgendaItem> withDues(List<AgendaItem> agenda, DuesNotices.Notice notice) {
        if (notice == null) {
            return agenda;
        }
        List<String> lines = new ArrayList<>();
        lines.add(t("dues", notice.month(), notice.paid(), notice.owing(), notice.total()));
        if (!notice.removal().isEmpty()) {
            lines.add(t("duesRemoval", notice.removalMonths(), String.join(", ", notice.removal())));
        }
        if (!notice.behind().isEmpty()) {
            lines.add(t("duesBehind", String.join(", ", notice.behind())));
        }
        String report = String.join("\n", lines);
        List<AgendaItem> out = new ArrayList<>(agenda);
        for (int i = 0; i < out.size(); i++) {
            AgendaItem item = out.get(i);
            if (vn.sochibo.common.Text.fold(item.title()).contains("dang phi")) {
                if (item.reportPoints() == null) {
                    out.set(i, item.withNotes(report, item.speakers(), item.conclusion()));
                }
                return out;
            }
        }
        int at = (int) out.stream().filter(item -> item.part() == AgendaPart.OPENING).count();
        out.add(at, new AgendaItem(AgendaPart.OPENING, t("duesItem"), report, null, null));
        return out;
    }

    /**
     * The cover of {@code issuer}'s book of minutes for {@code year}, spanning {@code first} to {@code last}
     * (src/site/rules.md, "Văn bản của Đảng: thể thức và số văn bản", the book of minutes).
     */
    public static BookCover cover(String upperBody, String issuer, int year, LocalDate first, LocalDate last,
            int count) {
        return new BookCover(upperBody.toUpperCase(VI), issuer.toUpperCase(VI), t("cover.party"), t("cover.title"),
                t("cover.year", String.valueOf(year)), t("cover.period", Formats.date(first), Formats.date(last)),
                t("cover.count", count));
    }

    /** The minutes of a meeting held by {@code meeting.issuer()} under {@code upperBody}, dated at {@code place}. */
    public static MinutesContent compose(Meeting meeting, String upperBody, String place) {
        MeetingDraft h = meeting.header();
        AttendanceFigures f = meeting.figures();
        List<Paragraph> body = new ArrayList<>();
        LocalDate d = h.date();
        String subject = h.subject();
        String lowered = subject.isEmpty() ? subject : subject.substring(0, 1).toLowerCase(VI) + subject.substring(1);
        body.add(Paragraph.text(t("opening", twoDigits(h.start().getHour()), twoDigits(h.start().getMinute()),
                twoDigits(d.getDayOfMonth()), month(d), String.valueOf(d.getYear()), h.place(), meeting.issuer(), lowered)));

        // the parts are numbered I-, II-, … in the order printed: a part with nothing in it is left out
        // (src/site/rules.md, the monthly meeting's minutes)
        int part = 0;
        body.add(Paragraph.heading(t("part.attendance", roman(++part))));
        body.add(Paragraph.text(t("chair", h.chair())));
        body.add(Paragraph.text(t("secretary", h.secretary())));
        if (h.guests() != null) {
            body.add(Paragraph.text(t("guests", h.guests())));
        }
        body.add(Paragraph.text(t("membership", f.onRoll(), f.official(), f.probationary(), f.exempt(), f.away())));
        body.add(Paragraph.text(t("present", f.voteBase(), f.present(), f.votingPresent(), f.shareText())));
        // nobody absent is said in words, not "0 đồng chí: không" (src/site/rules.md, the monthly meeting's minutes)
        body.add(Paragraph.text(f.excused() == 0 ? t("absentExcusedNone")
                : t("absentExcused", f.excused(), names(meeting.roll(), Attendance.EXCUSED))));
        body.add(Paragraph.text(f.unexcused() == 0 ? t("absentUnexcusedNone")
                : t("absentUnexcused", f.unexcused(), names(meeting.roll(), Attendance.UNEXCUSED))));
        if (f.tooFewPresent()) {
            body.add(Paragraph.text(t("tooFew")));
        }

        List<AgendaItem> discussed = meeting.agenda().stream().filter(MinutesComposer::hasContent).toList();
        if (!discussed.isEmpty()) {
            body.add(Paragraph.heading(t("part.content", roman(++part))));
        }
        int n = 1;
        for (AgendaItem item : discussed) {
            body.add(Paragraph.heading(t("item", n++, item.title())));
            if (!blank(item.reportPoints())) {
                String[] lines = item.reportPoints().split("\n");
                body.add(Paragraph.text(t("report", lines[0])));
                for (int i = 1; i < lines.length; i++) {
                    body.add(Paragraph.text(lines[i]));
                }
            }
            if (!blank(item.speakers())) {
                body.add(Paragraph.text(t("speakers")));
                for (String line : item.speakers().split("\n")) {
                    if (!line.isBlank()) {
                        body.add(Paragraph.text(t("speaker", line.strip())));
                    }
                }
            }
            if (!blank(item.conclusion())) {
                String[] lines = item.conclusion().split("\n");
                body.add(Paragraph.text(t("conclusion", lines[0])));
                for (int i = 1; i < lines.length; i++) {
                    body.add(Paragraph.text(lines[i]));
                }
            }
        }

        if (!meeting.resolutions().isEmpty()) {
            body.add(Paragraph.heading(t("part.resolutions", roman(++part))));
            n = 1;
            for (Resolution r : meeting.resolutions()) {
                body.add(Paragraph.text(t("resolution", n++, r.content())));
                body.add(Paragraph.text(t("vote", r.votesFor(), f.voteBase(), percent(r.votesFor(), f.voteBase()),
                        r.votesAgainst(), r.votesOther())));
                int needed = r.kind().votesNeeded(f.voteBase());
                body.add(Paragraph.text(t(r.passed(f) ? "passed" : "failed", needed, f.voteBase())));
            }
        }
        if (!meeting.assignments().isEmpty()) {
            body.add(Paragraph.heading(t("part.assignments", roman(++part))));
            for (Assignment a : meeting.assignments()) {
                String extra = (a.dueDate() == null ? "" : t("due", Formats.date(a.dueDate())))
                        + (a.carriedFrom() == null ? "" : t("carried"));
                body.add(Paragraph.text(t("assignment", a.assignee(), a.task(), extra)));
            }
        }
        LocalTime end = h.end();
        body.add(Paragraph.text(end == null ? t("closingNoTime")
                : t("closing", twoDigits(end.getHour()), twoDigits(end.getMinute()))));
        return new MinutesContent(upperBody.toUpperCase(VI), meeting.issuer().toUpperCase(VI), meeting.documentNumber(),
                placeDate(place, d), subject, body, h.secretary(), h.chair());
    }

    /** An agenda item the minutes have something to say about: its heading alone is not printed. */
    private static boolean hasContent(AgendaItem item) {
        return !blank(item.reportPoints()) || !blank(item.speakers()) || !blank(item.conclusion());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String roman(int part) {
        return List.of("I", "II", "III", "IV", "V", "VI").get(part - 1);
    }

    private static String names(List<RollEntry> roll, Attendance attendance) {
        String names = roll.stream().filter(r -> r.attendance() == attendance)
                .map(r -> r.fullName() + reason(r))
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? t("absentNone") : names;
    }

    private static String reason(RollEntry r) {
        if (r.reason() != null) {
            return " (" + r.reason() + ")";
        }
        String status = TEXT.optional("status." + r.status().name());
        return status == null ? "" : " (" + status + ")";
    }

    /** {@code part} of {@code whole} as a percentage with two decimals, half up ("88,89%"). */
    static String percent(int part, int whole) {
        return PartyFormat.percent(part, whole);
    }
}
