package vn.sochibo.admission.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateFile;
import vn.sochibo.admission.CheckItem;
import vn.sochibo.admission.Checklist;
import vn.sochibo.admission.CandidateStage;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.StepRecord;
import vn.sochibo.admission.VotePurpose;
import vn.sochibo.admission.doc.AdmissionDocuments;
import vn.sochibo.common.MessageKey;
import vn.sochibo.meeting.MeetingSummary;
import vn.sochibo.member.Reminder;
import vn.sochibo.member.Reminders;

/**
 * Admission in the clerk's lists: the reminders (what is late, what falls due within the register's look-ahead
 * window) and the items a new meeting's agenda gets (a vote that is due, a ceremony to hold, a decision to
 * announce). The agenda titles are document text, with the documents' wording ({@code admission-text.properties}).
 */
public final class AdmissionReminders {

    /** The feature name a reminder carries, so the window knows what to open. */
    public static final String FEATURE = "admission";

    private final AdmissionService admissions;

    public AdmissionReminders(AdmissionService admissions) {
        this.admissions = admissions;
    }

    /**
     * Every line of the open files that is late, or due within {@link Reminders#DAYS_AHEAD} days of {@code today},
     * as a reminder: "Nguyễn Văn A: Lễ kết nạp – hạn 29/07/2026".
     */
    public List<Reminder> reminders(LocalDate today) {
        List<Reminder> out = new ArrayList<>();
        for (CandidateFile f : admissions.files()) {
            Candidate c = f.candidate();
            if (c.stage().closed()) {
                continue;
            }
            for (Checklist.Line line : f.checklist().lines()) {
                boolean late = line.state() == CheckItem.State.LATE;
                boolean soon = line.state() == CheckItem.State.OPEN && line.due() != null
                        && !line.due().isAfter(today.plusDays(Reminders.DAYS_AHEAD));
                if (late || soon) {
                    LocalDate due = line.due() != null ? line.due() : today;
                    out.add(Reminder.other(new Reminder.Other(FEATURE, c.id(), late ? "admission.reminder.late" : "admission.reminder.due",
                            List.of(c.profile().fullName(), new MessageKey("enum.CheckItem." + line.item().name()), due)),
                            c.profile().fullName(), due));
                }
            }
        }
        return out;
    }

    /**
     * The agenda items a new meeting of {@code issuer} on {@code date} gets: the admission votes that can be held
     * (file certified), the ceremonies to hold, the full-membership votes due (probation ended), and the decisions
     * on full membership to announce (dated since the chi bộ's last meeting).
     */
    public List<String> agendaItems(String issuer, LocalDate date) {
        LocalDate lastMeeting = admissions.meetings().list().stream()
                .filter(m -> m.issuer().equals(issuer) && m.date().isBefore(date)).map(MeetingSummary::date)
                .max(LocalDate::compareTo).orElse(LocalDate.MIN);
        List<String> items = new ArrayList<>();
        for (CandidateFile f : admissions.files()) {
            Candidate c = f.candidate();
            if (!issuer.equals(c.profile().issuer())) {
                continue;
            }
            String name = c.profile().fullName();
            CandidateStage stage = c.stage();
            if (stage == CandidateStage.DOSSIER && c.has(Step.ELIGIBILITY_CERTIFIED)) {
                items.add(text("agenda.admissionVote", name));
            } else if (stage == CandidateStage.DECIDED && c.has(Step.DECISION_RECEIVED)) {
                items.add(text("agenda.ceremony", name));
            } else if (stage == CandidateStage.PROBATION && f.probationEnd() != null && date.isAfter(f.probationEnd())
                    && c.passedVote(VotePurpose.FULL_MEMBERSHIP).isEmpty()
                    && c.failedVotes(VotePurpose.FULL_MEMBERSHIP) < admissions.rules()
                            .value(vn.sochibo.admission.AdmissionRules.Setting.MAX_FAILED_VOTES, date)) {
                items.add(text("agenda.fullVote", name));
            } else if (stage == CandidateStage.OFFICIAL) {
                StepRecord d = c.step(Step.OFFICIAL_DECISION).orElseThrow();
                if (d.date().isAfter(lastMeeting) && !d.date().isAfter(date)) {
                    items.add(text("agenda.announceOfficial", name));
                }
            }
        }
        return items;
    }

    private static String text(String key, Object... args) {
        return AdmissionDocuments.text(key, args);
    }
}
