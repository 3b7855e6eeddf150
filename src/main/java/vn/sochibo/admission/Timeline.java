package vn.sochibo.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import vn.sochibo.admission.AdmissionRules.Setting;

/**
 * The dates that follow from a candidate's file by the rules (src/site/rules.md, "Kết nạp đảng viên (admission)"):
 * when the upper decision, the ceremony, the member's records, the end of probation, the full-membership vote and
 * its decision are due. Working-day deadlines do not count the day they start from. Each is empty until the step
 * it counts from is recorded. Pure.
 */
public final class Timeline {

    private final Candidate candidate;
    private final AdmissionRules rules;
    private final TreeSet<Integer> unknownYears = new TreeSet<>();

    public Timeline(Candidate candidate, AdmissionRules rules) {
        this.candidate = candidate;
        this.rules = rules;
    }

    private LocalDate deadline(LocalDate from, Setting days) {
        LocalDate due = rules.deadline(from, days);
        note(from, due);
        return due;
    }

    private void note(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!rules.holidaysKnown(y)) {
                unknownYears.add(y);
            }
        }
    }

    /** The day a verification reply is due: 30 working days after the request was received (90 abroad). */
    public LocalDate replyDue(Verification v) {
        return deadline(v.receivedOn(), v.abroad() ? Setting.VERIFICATION_ABROAD_DAYS : Setting.VERIFICATION_DAYS);
    }

    /** The upper decision on admission: 45 working days after the chi bộ's passing vote. */
    public Optional<LocalDate> decisionDue() {
        return candidate.passedVote(VotePurpose.ADMISSION).map(v -> deadline(v.date(), Setting.DECISION_DAYS));
    }

    /** The same deadline with the extension allowed (+15 working days). */
    public Optional<LocalDate> decisionLatest() {
        return decisionDue().map(due -> {
            LocalDate latest = rules.plusWorkingDays(due, rules.value(Setting.DECISION_EXTENSION_DAYS, due));
            note(due, latest);
            return latest;
        });
    }

    /** The ceremony: 30 working days after the chi bộ received the decision. */
    public Optional<LocalDate> ceremonyDue() {
        return candidate.step(Step.DECISION_RECEIVED).map(s -> deadline(s.date(), Setting.CEREMONY_DAYS));
    }

    /** The member's own records: 30 working days after the ceremony. */
    public Optional<LocalDate> memberRecordsDue() {
        return candidate.step(Step.CEREMONY).map(s -> deadline(s.date(), Setting.MEMBER_RECORDS_DAYS));
    }

    /**
     * The end of probation, which is the official date even when the vote or the decision comes late: the ceremony
     * plus the probation months (12) in force on that day; 29/02 + 12 months is 28/02.
     */
    public Optional<LocalDate> probationEnd() {
        return candidate.step(Step.CEREMONY).map(s -> probationEnd(s.date(), rules));
    }

    /** The end of probation for a ceremony on {@code ceremony}. */
    public static LocalDate probationEnd(LocalDate ceremony, AdmissionRules rules) {
        return ceremony.plusMonths(rules.value(Setting.PROBATION_MONTHS, ceremony));
    }

    /** The first day the chi bộ may vote on full membership: the day after probation ends. */
    public Optional<LocalDate> fullVoteFrom() {
        return probationEnd().map(end -> end.plusDays(1));
    }

    /** The last day to vote on full membership: 30 working days after probation ends. */
    public Optional<LocalDate> fullVoteDue() {
        return probationEnd().map(end -> deadline(end, Setting.FULL_MEMBERSHIP_DAYS));
    }

    /** The upper decision on full membership: 30 working days after the passing vote. */
    public Optional<LocalDate> officialDecisionDue() {
        return candidate.passedVote(VotePurpose.FULL_MEMBERSHIP).map(v -> deadline(v.date(), Setting.FULL_DECISION_DAYS));
    }

    /** The same with the extension allowed (+15 working days). */
    public Optional<LocalDate> officialDecisionLatest() {
        return officialDecisionDue().map(due -> {
            LocalDate latest = rules.plusWorkingDays(due, rules.value(Setting.FULL_DECISION_EXTENSION_DAYS, due));
            note(due, latest);
            return latest;
        });
    }

    /**
     * Whether the chi bộ considered full membership late: its first vote on it (or, with none yet, {@code today})
     * is after the last day to vote. A re-vote after a failed one in time is not late.
     */
    public boolean fullVoteLate(LocalDate today) {
        Optional<LocalDate> due = fullVoteDue();
        if (due.isEmpty()) {
            return false;
        }
        LocalDate first = candidate.votes(VotePurpose.FULL_MEMBERSHIP).stream().map(AdmissionVote::date).findFirst()
                .orElse(today);
        return first.isAfter(due.get());
    }

    /** The years whose holidays were unknown in the deadlines computed so far (they count weekends only). */
    public List<Integer> unknownHolidayYears() {
        return new ArrayList<>(unknownYears);
    }
}
