package vn.sochibo.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

import vn.sochibo.admission.CheckItem.State;
import vn.sochibo.common.Problem;

/**
 * A candidate's checklist on a day: each line of the path with what is done, what is missing, what is late and
 * which rule stands in the way, with the due dates (working days; src/site/rules.md, "Kết nạp đảng viên").
 * Before the ceremony it lists the admission file; from the ceremony on, the lines of the admission file that
 * were never recorded (a member whose probation is followed from the register) are left out. Pure.
 *
 * @param lines   the lines in path order
 * @param general notes for the whole file (a year whose holidays are unknown)
 */
public record Checklist(List<Line> lines, List<Problem> general) {

    /** One line: its state, the date it was done, the date it is due, and what to tell the clerk. */
    public record Line(CheckItem item, State state, LocalDate date, LocalDate due, List<Problem> notes) {

        public Line {
            notes = List.copyOf(notes);
        }
    }

    public Checklist {
        lines = List.copyOf(lines);
        general = List.copyOf(general);
    }

    /** The line to act on first: the first late one, else the first that still needs something (not waiting). */
    public Optional<Line> next() {
        return lines.stream().filter(l -> l.state() == State.LATE).findFirst()
                .or(() -> lines.stream().filter(l -> !l.state().settled() && l.state() != State.WAITING).findFirst());
    }

    /** How many lines are late. */
    public long late() {
        return lines.stream().filter(l -> l.state() == State.LATE).count();
    }

    /** The line of an item, if listed. */
    public Optional<Line> line(CheckItem item) {
        return lines.stream().filter(l -> l.item() == item).findFirst();
    }

    /** The checklist of {@code c} on {@code today}. */
    public static Checklist of(Candidate c, LocalDate today, AdmissionRules rules, BiPredicate<Long, LocalDate> officialOn) {
        return new Builder(c, today, rules, officialOn).build();
    }

    private static final class Builder {
        private final Candidate c;
        private final LocalDate today;
        private final AdmissionRules rules;
        private final BiPredicate<Long, LocalDate> officialOn;
        private final Timeline t;
        private final List<Line> lines = new ArrayList<>();
        private final boolean member;

        Builder(Candidate c, LocalDate today, AdmissionRules rules, BiPredicate<Long, LocalDate> officialOn) {
            this.c = c;
            this.today = today;
            this.rules = rules;
            this.officialOn = officialOn;
            this.t = new Timeline(c, rules);
            this.member = c.has(Step.CEREMONY);
        }

        Checklist build() {
            admission();
            if (member) {
                probation();
            }
            List<Problem> general = new ArrayList<>();
            for (int year : t.unknownHolidayYears()) {
                general.add(Problem.warning(null, "admission.check.holidaysUnknown", String.valueOf(year)));
            }
            return new Checklist(lines, general);
        }

        /** The day the admission checks are made on: the passing vote's day, or today. */
        private LocalDate checkDay() {
            return c.passedVote(VotePurpose.ADMISSION).map(AdmissionVote::date).orElse(today);
        }

        private void add(CheckItem item, State state, LocalDate date, LocalDate due, List<Problem> notes) {
            lines.add(new Line(item, state, date, due, notes));
        }

        /** A step line: done with its date, or open; left out once a member if never recorded. */
        private void step(CheckItem item, Step step) {
            Optional<StepRecord> s = c.step(step);
            if (s.isPresent()) {
                add(item, State.DONE, s.get().date(), null, List.of());
            } else if (!member) {
                add(item, State.OPEN, null, null, List.of());
            }
        }

        private void findings(CheckItem item, List<Finding> findings, LocalDate date, LocalDate due) {
            State state = State.DONE;
            List<Problem> notes = new ArrayList<>();
            for (Finding f : findings) {
                notes.add(f.problem());
                State s = switch (f.kind()) {
                    case BLOCK -> State.PROBLEM;
                    case NEEDS_REASON -> f.accepted() ? State.ACCEPTED : State.FLAGGED;
                    case WARN -> State.DONE;
                };
                if (s.ordinal() > state.ordinal()) {
                    state = s;
                }
            }
            add(item, state, date, due, notes);
        }

        private void admission() {
            boolean voted = c.passedVote(VotePurpose.ADMISSION).isPresent();
            if (member && !c.has(Step.LISTED) && !voted) {
                ceremony();
                return; // followed from the register: only the probation matters
            }
            step(CheckItem.LISTED, Step.LISTED);
            if (c.helperMemberId() != null) {
                add(CheckItem.HELPER, State.DONE, null, null, List.of(Problem.warning(null, "admission.check.helper", c.helperName())));
            } else if (!member) {
                add(CheckItem.HELPER, State.OPEN, null, null, List.of());
            }
            LocalDate day = checkDay();
            Optional<StepRecord> cert = c.step(Step.CLASS_CERTIFICATE);
            if (cert.isEmpty()) {
                add(CheckItem.CLASS_CERTIFICATE, State.OPEN, null, null, List.of());
            } else {
                LocalDate expiry = cert.get().date().plusMonths(rules.value(AdmissionRules.Setting.CERTIFICATE_VALIDITY_MONTHS, day));
                findings(CheckItem.CLASS_CERTIFICATE, Eligibility.certificate(c, day, rules), cert.get().date(), voted ? null : expiry);
            }
            step(CheckItem.APPLICATION, Step.APPLICATION);
            step(CheckItem.BIOGRAPHY, Step.BIOGRAPHY);
            introducers(day);
            if (c.route() != IntroducerRoute.TWO_MEMBERS) {
                step(CheckItem.UNION_RESOLUTION, Step.UNION_RESOLUTION);
            }
            verification();
            step(CheckItem.UNION_OPINIONS, Step.UNION_OPINIONS);
            step(CheckItem.RESIDENCE_COMMENT, Step.RESIDENCE_COMMENT);
            step(CheckItem.COMMITTEE_SUMMARY, Step.COMMITTEE_SUMMARY);
            step(CheckItem.COMMITTEE_COMMENT, Step.COMMITTEE_COMMENT);
            step(CheckItem.ELIGIBILITY_CERTIFIED, Step.ELIGIBILITY_CERTIFIED);
            findings(CheckItem.AGE, Eligibility.age(c, day, rules), null, null);
            admissionVote();
            if (voted) {
                step(CheckItem.FILE_SENT, Step.FILE_SENT);
                decision();
            }
            ceremony();
        }

        private void introducers(LocalDate day) {
            if (c.introducers().isEmpty()) {
                add(CheckItem.INTRODUCERS, State.OPEN, null, null,
                        List.of(Problem.warning(null, "admission.check.introducers.needed", c.route().membersNeeded(), c.route())));
                return;
            }
            LocalDate last = c.introducers().stream().map(i -> i.introducedOn() != null ? i.introducedOn() : i.togetherSince())
                    .max(LocalDate::compareTo).orElse(null);
            findings(CheckItem.INTRODUCERS, Eligibility.introducers(c, day, rules, officialOn), last, null);
        }

        private void verification() {
            if (c.verifications().isEmpty()) {
                if (!member) {
                    add(CheckItem.VERIFICATION, State.OPEN, null, null, List.of());
                }
                return;
            }
            State state = State.DONE;
            LocalDate lastReply = null;
            LocalDate nextDue = null;
            List<Problem> notes = new ArrayList<>();
            for (Verification v : c.verifications()) {
                LocalDate due = t.replyDue(v);
                if (v.answered()) {
                    lastReply = lastReply == null || v.repliedOn().isAfter(lastReply) ? v.repliedOn() : lastReply;
                    if (v.repliedOn().isAfter(due)) {
                        notes.add(Problem.warning(null, "admission.check.verification.repliedLate", v.subject(), v.repliedOn(), due));
                    }
                    continue;
                }
                nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
                if (today.isAfter(due)) {
                    state = State.LATE;
                    notes.add(Problem.error(null, "admission.check.verification.late", v.subject(), v.addressee(), due));
                } else {
                    state = state == State.LATE ? state : State.OPEN;
                    notes.add(Problem.warning(null, "admission.check.verification.waiting", v.subject(), v.addressee(), due));
                }
            }
            add(CheckItem.VERIFICATION, state, state == State.DONE ? lastReply : null, nextDue, notes);
        }

        private void admissionVote() {
            List<AdmissionVote> votes = c.votes(VotePurpose.ADMISSION);
            List<Problem> notes = new ArrayList<>();
            for (AdmissionVote v : votes) {
                notes.add(Problem.warning(null, v.passed() ? "admission.check.vote.passed" : "admission.check.vote.failed",
                        v.date(), v.votesFor(), v.voteBase(), v.votesNeeded()));
            }
            Optional<AdmissionVote> passed = c.passedVote(VotePurpose.ADMISSION);
            add(CheckItem.ADMISSION_VOTE, passed.isPresent() ? State.DONE : State.OPEN,
                    passed.map(AdmissionVote::date).orElse(null), null, notes);
        }

        private void decision() {
            Optional<StepRecord> d = c.step(Step.DECISION);
            LocalDate due = t.decisionDue().orElseThrow();
            LocalDate latest = t.decisionLatest().orElseThrow();
            if (d.isPresent()) {
                add(CheckItem.DECISION, State.DONE, d.get().date(), null,
                        d.get().documentRef() == null ? List.of() : List.of(Problem.warning(null, "admission.check.document", d.get().documentRef())));
                step(CheckItem.DECISION_RECEIVED, Step.DECISION_RECEIVED);
                return;
            }
            if (today.isAfter(latest)) {
                add(CheckItem.DECISION, State.LATE, null, due, List.of(Problem.error(null, "admission.check.decision.late", due, latest)));
            } else {
                add(CheckItem.DECISION, State.OPEN, null, due, List.of(Problem.warning(null, "admission.check.decision.due", due, latest)));
            }
        }

        private void ceremony() {
            Optional<StepRecord> s = c.step(Step.CEREMONY);
            Optional<LocalDate> due = t.ceremonyDue();
            if (s.isPresent()) {
                if (due.isPresent() && s.get().date().isAfter(due.get())) {
                    findings(CheckItem.CEREMONY, List.of(Finding.needsReason(c, AcceptableCheck.CEREMONY_LATE,
                            "admission.check.ceremony.late", due.get(), s.get().date())), s.get().date(), due.get());
                } else {
                    add(CheckItem.CEREMONY, State.DONE, s.get().date(), null, List.of());
                }
            } else if (due.isPresent()) {
                boolean late = today.isAfter(due.get());
                add(CheckItem.CEREMONY, late ? State.LATE : State.OPEN, null, due.get(),
                        List.of(late ? Problem.error(null, "admission.check.ceremony.overdue", due.get())
                                : Problem.warning(null, "admission.check.ceremony.due", due.get())));
            }
        }

        private void probation() {
            Optional<StepRecord> records = c.step(Step.MEMBER_RECORDS);
            if (records.isPresent()) {
                add(CheckItem.MEMBER_RECORDS, State.DONE, records.get().date(), null, List.of());
            } else if (c.has(Step.DECISION_RECEIVED)) { // only for members admitted here
                LocalDate recordsDue = t.memberRecordsDue().orElseThrow();
                add(CheckItem.MEMBER_RECORDS, today.isAfter(recordsDue) ? State.LATE : State.OPEN, null, recordsDue, List.of());
            }
            LocalDate end = t.probationEnd().orElseThrow();
            // the papers of probation are needed at the vote on full membership: due by its last day
            LocalDate papersDue = c.votes(VotePurpose.FULL_MEMBERSHIP).isEmpty() ? t.fullVoteDue().orElseThrow() : null;
            for (CheckItem item : new CheckItem[] {CheckItem.SELF_REVIEW, CheckItem.HELPER_ASSESSMENT, CheckItem.NEW_MEMBER_CLASS,
                    CheckItem.PROBATION_SUMMARY}) {
                Optional<StepRecord> s = c.step(Step.valueOf(item.name()));
                if (s.isPresent()) {
                    add(item, State.DONE, s.get().date(), null, List.of());
                } else {
                    add(item, papersDue != null && today.isAfter(papersDue) ? State.LATE : State.OPEN, null, papersDue, List.of());
                }
            }
            fullVote(end);
            boolean late = t.fullVoteLate(today);
            if (late || c.has(Step.LATE_EXPLANATION)) {
                Optional<StepRecord> s = c.step(Step.LATE_EXPLANATION);
                add(CheckItem.LATE_EXPLANATION, s.isPresent() ? State.DONE : State.LATE, s.map(StepRecord::date).orElse(null),
                        null, List.of(Problem.warning(null, "admission.check.full.explain", t.fullVoteDue().orElseThrow())));
            }
            officialDecision(end);
        }

        private void fullVote(LocalDate end) {
            LocalDate due = t.fullVoteDue().orElseThrow();
            List<Problem> notes = new ArrayList<>();
            for (AdmissionVote v : c.votes(VotePurpose.FULL_MEMBERSHIP)) {
                notes.add(Problem.warning(null, v.passed() ? "admission.check.vote.passed" : "admission.check.vote.failed",
                        v.date(), v.votesFor(), v.voteBase(), v.votesNeeded()));
            }
            Optional<AdmissionVote> passed = c.passedVote(VotePurpose.FULL_MEMBERSHIP);
            int failed = c.failedVotes(VotePurpose.FULL_MEMBERSHIP);
            int max = rules.value(AdmissionRules.Setting.MAX_FAILED_VOTES, today);
            State state;
            if (passed.isPresent()) {
                state = State.DONE;
            } else if (c.has(Step.REFERRED_UP) || c.has(Step.REMOVAL_PROPOSED)) {
                state = State.DONE;
            } else if (failed >= max) {
                state = State.PROBLEM;
                notes.add(Problem.error(null, "admission.check.full.tooManyFailed", failed));
            } else if (!today.isAfter(end)) {
                state = State.WAITING;
                notes.add(Problem.warning(null, "admission.check.full.from", end.plusDays(1), due));
            } else if (today.isAfter(due) && c.votes(VotePurpose.FULL_MEMBERSHIP).isEmpty()) {
                state = State.LATE;
                notes.add(Problem.error(null, "admission.check.full.overdue", due, end));
            } else {
                state = State.OPEN;
                notes.add(Problem.warning(null, "admission.check.full.due", due));
            }
            add(CheckItem.FULL_VOTE, state, passed.map(AdmissionVote::date).orElse(null), due, notes);
        }

        private void officialDecision(LocalDate end) {
            Optional<StepRecord> s = c.step(Step.OFFICIAL_DECISION);
            Optional<LocalDate> due = t.officialDecisionDue();
            List<Problem> notes = new ArrayList<>(List.of(Problem.warning(null, "admission.check.official.date", end)));
            if (s.isPresent()) {
                add(CheckItem.OFFICIAL_DECISION, State.DONE, s.get().date(), null, notes);
            } else if (due.isPresent()) {
                LocalDate latest = t.officialDecisionLatest().orElseThrow();
                boolean late = today.isAfter(latest);
                if (late) {
                    notes.add(Problem.error(null, "admission.check.decision.late", due.get(), latest));
                }
                add(CheckItem.OFFICIAL_DECISION, late ? State.LATE : State.OPEN, null, due.get(), notes);
            } else if (c.has(Step.REFERRED_UP)) {
                add(CheckItem.OFFICIAL_DECISION, State.OPEN, null, null, notes);
            } else {
                add(CheckItem.OFFICIAL_DECISION, State.WAITING, null, null, notes);
            }
        }
    }
}
