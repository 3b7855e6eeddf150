package vn.sochibo.audit;

import java.util.List;

/** The parts of the register the log page filters by (labels {@code enum.AuditKind.*}), each a set of tables. */
public enum AuditKind {
    MEMBERS("member", "member_event", "sub_branch", "member_follow_up"),
    MEETINGS("meeting", "meeting_agenda_item", "meeting_attendance", "meeting_resolution", "meeting_assignment",
            "meeting_agenda_template"),
    ELECTIONS("congress", "congress_attendee", "election_office", "election_candidate", "election_round",
            "election_round_candidate", "election_ballot_entry", "election_round_totals", "election_round_result",
            "election_round_count", "election_round_reason", "election_round_problem"),
    ADMISSION("admission_candidate", "admission_introducer", "admission_step", "admission_verification",
            "admission_vote", "admission_acceptance"),
    EVALUATION("evaluation_year", "evaluation_entry", "evaluation_score_part", "evaluation_checklist_item"),
    DUES("dues_basis", "dues_decision", "dues_entry", "dues_transfer_in"),
    BRANCH("branch_profile", "dated_setting"),
    /** Restores of a backup (the whole register). */
    RESTORES("register");

    private final List<String> tables;

    AuditKind(String... tables) {
        this.tables = List.of(tables);
    }

    /** The tables (lower case, as the log stores them). */
    public List<String> tables() {
        return tables;
    }

    /** The kind a table belongs to, or null for a table of no kind. */
    public static AuditKind of(String table) {
        for (AuditKind kind : values()) {
            if (kind.tables.contains(table)) {
                return kind;
            }
        }
        return null;
    }
}
