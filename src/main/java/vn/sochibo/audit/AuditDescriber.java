package vn.sochibo.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.sochibo.common.Messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Says a log entry in the clerk's words: "Đảng viên: Nguyễn Văn An", "Nơi ở: Phường A → Phường B", dates
 * dd/MM/yyyy, codes as their labels. Field labels are {@code audit.field.<table>.<column>} or
 * {@code audit.field.<column>}; bookkeeping columns (ids, search keys, created/updated times) are not shown.
 * Pure and thread-safe: describe off the FX thread.
 */
public final class AuditDescriber {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Set<String> HIDDEN = Set.of("id", "search_key", "created_at", "updated_at", "carried_from", "sort_order",
            "position");
    private static final int CELL_MAX = 400;
    /** Rows of a grouped entry shown in the details; the export has them all. */
    static final int DETAIL_ROWS = 300;

    /** Columns ("table:column") holding codes whose labels are enum labels ({@code enum.<Type>.<CODE>}). */
    private static final Map<String, String> ENUMS = Map.ofEntries(
            Map.entry("member:gender", "Gender"), Map.entry("member:status", "MemberStatus"),
            Map.entry("member:political_theory", "PoliticalTheory"), Map.entry("member_event:event_type", "MemberEventType"),
            Map.entry("branch_profile:branch_kind", "BranchKind"), Map.entry("meeting:meeting_type", "MeetingType"),
            Map.entry("meeting_agenda_item:part", "AgendaPart"), Map.entry("meeting_attendance:attendance", "Attendance"),
            Map.entry("meeting_attendance:member_status", "MemberStatus"), Map.entry("meeting_resolution:kind", "ResolutionKind"),
            Map.entry("meeting_assignment:status", "AssignmentStatus"), Map.entry("congress_attendee:standing", "Standing"),
            Map.entry("congress_attendee:situation", "Situation"), Map.entry("congress_attendee:attendance", "Attendance"),
            Map.entry("election_office:office", "Office"), Map.entry("election_round:round_kind", "Kind"),
            Map.entry("admission_candidate:gender", "Gender"), Map.entry("admission_candidate:introducer_route", "IntroducerRoute"),
            Map.entry("admission_step:step", "Step"), Map.entry("admission_vote:purpose", "VotePurpose"),
            Map.entry("admission_acceptance:check_code", "AcceptableCheck"));

    /** Fields that tell a row apart when it has no name (a ballot is "số 12, lần nhập 1"). */
    private static final Map<String, List<String>> IDENTITY = Map.of(
            "election_ballot_entry", List.of("sequence_no", "entry_no"),
            "election_round", List.of("round_number"),
            "election_office", List.of("office"),
            "congress", List.of("term_label", "held_on"));

    private final Messages messages;
    private final Map<Long, String> subBranches;

    /**
     * @param subBranches sub-branch names by id, to show a member's sub-branch by name
     */
    public AuditDescriber(Messages messages, Map<Long, String> subBranches) {
        this.messages = messages;
        this.subBranches = subBranches;
    }

    /** "22/11/2026 09:05:31". */
    public String time(AuditEntry e) {
        return TIME.format(e.changedAt());
    }

    /** The user action the change came from ("Sửa thông tin đảng viên", "Nhập từ Excel: ds.xlsx"). */
    public String operation(AuditEntry e) {
        if (e.operation() == null) {
            return messages.get("audit.op.unknown");
        }
        if (!messages.has(e.operation())) {
            return e.operation();
        }
        return messages.get(e.operation(), e.operationDetail() == null ? "" : e.operationDetail());
    }

    /** "Thêm mới", "Sửa", "Xóa". */
    public String action(AuditEntry e) {
        return messages.label(e.action());
    }

    /** What changed: "Đảng viên: Nguyễn Văn An", "Phiếu bầu (Số thứ tự phiếu: 12, Lần nhập: 1)". */
    public String object(AuditEntry e) {
        String table = tableLabel(e.table());
        if (e.grouped()) {
            String rows = messages.get("audit.group.rows", e.rows());
            return e.summary() == null ? table + " (" + rows + ")" : table + " (" + rows + "): " + e.summary();
        }
        if (e.summary() != null && !e.summary().isBlank()) {
            return table + ": " + e.summary();
        }
        JsonNode row = parse(e.after() != null ? e.after() : e.before());
        List<String> parts = new ArrayList<>();
        for (String field : IDENTITY.getOrDefault(e.table(), List.of())) {
            if (row != null && row.has(field)) {
                parts.add(fieldLabel(e.table(), field) + ": " + value(e.table(), field, row.get(field)));
            }
        }
        return parts.isEmpty() ? table + " #" + e.rowKey() : table + " (" + String.join(", ", parts) + ")";
    }

    /** The table's name for the clerk ("Đảng viên", "Phiếu bầu"). */
    public String tableLabel(String table) {
        String key = "audit.table." + table;
        return messages.has(key) ? messages.get(key) : table;
    }

    /**
     * The shown fields with their values before and after (empty text where a side does not exist). For a
     * grouped entry (read with its data): one line per row, up to {@value #DETAIL_ROWS}, named by the row.
     */
    public List<FieldChange> fields(AuditEntry e) {
        if (e.grouped()) {
            List<FieldChange> rows = new ArrayList<>();
            List<AuditEntry> all = expand(e);
            for (AuditEntry row : all.subList(0, Math.min(DETAIL_ROWS, all.size()))) {
                rows.add(new FieldChange(row.summary() != null ? row.summary() : "#" + row.rowKey(),
                        side(row.table(), parse(row.before())), side(row.table(), parse(row.after()))));
            }
            if (all.size() > DETAIL_ROWS) {
                rows.add(new FieldChange(messages.get("audit.group.more", all.size() - DETAIL_ROWS), "", ""));
            }
            return all.size() == 1 && all.get(0) == e ? List.of() : rows;
        }
        JsonNode before = parse(e.before());
        JsonNode after = parse(e.after());
        Set<String> names = new LinkedHashSet<>();
        addNames(names, after);
        addNames(names, before);
        List<FieldChange> fields = new ArrayList<>();
        for (String name : names) {
            if (!shown(name)) {
                continue;
            }
            fields.add(new FieldChange(fieldLabel(e.table(), name),
                    before == null ? "" : value(e.table(), name, before.get(name)),
                    after == null ? "" : value(e.table(), name, after.get(name))));
        }
        return fields;
    }

    /**
     * The change in one line: "Nơi ở: Phường A → Phường B; Điện thoại: (trống) → 0912..." for an update, the
     * values of an added or deleted row otherwise. At most {@code max} characters (0: no limit).
     */
    public String changes(AuditEntry e, int max) {
        if (e.grouped()) {
            return messages.get("audit.group.changes", e.rows());
        }
        StringBuilder text = new StringBuilder();
        for (FieldChange f : fields(e)) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(f.field()).append(": ");
            switch (e.action()) {
                case UPDATE, RESTORE -> text.append(f.before()).append(" → ").append(f.after());
                case INSERT -> text.append(f.after());
                case DELETE -> text.append(f.before());
            }
            if (max > 0 && text.length() > max) {
                return text.substring(0, max - 1) + "…";
            }
        }
        return text.toString();
    }

    /** The change in one line for the table (clipped). */
    public String changes(AuditEntry e) {
        return changes(e, CELL_MAX);
    }

    /**
     * A grouped entry as one entry per row (each with its own key and name), for the export; any other entry as
     * itself. The entry must have been read with its data.
     */
    public List<AuditEntry> expand(AuditEntry e) {
        JsonNode before = parse(e.before());
        JsonNode after = parse(e.after());
        if (!e.grouped() || !((before != null && before.isArray()) || (after != null && after.isArray()))) {
            return List.of(e);
        }
        int n = Math.max(before == null ? 0 : before.size(), after == null ? 0 : after.size());
        List<AuditEntry> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            JsonNode b = before == null ? null : before.get(i);
            JsonNode a = after == null ? null : after.get(i);
            JsonNode any = a != null ? a : b;
            String key = any.path("@key").asText(e.rowKey());
            String summary = any.hasNonNull("@summary") ? any.get("@summary").asText() : null;
            rows.add(new AuditEntry(e.id(), e.changedAt(), e.action(), e.table(), key, 1, summary, e.operation(),
                    e.operationDetail(), b == null ? null : b.toString(), a == null ? null : a.toString()));
        }
        return rows;
    }

    /** One side of a row in one line: "Họ và tên: A; Giới tính: Nam". */
    private String side(String table, JsonNode row) {
        if (row == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (shown(name)) {
                text.append(text.length() > 0 ? "; " : "").append(fieldLabel(table, name)).append(": ")
                        .append(value(table, name, row.get(name)));
            }
        }
        return text.toString();
    }

    private static boolean shown(String column) {
        return !column.startsWith("@") && !HIDDEN.contains(column) && (!column.endsWith("_id") || column.equals("sub_branch_id"));
    }

    private static void addNames(Set<String> names, JsonNode node) {
        if (node != null) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
    }

    private String fieldLabel(String table, String column) {
        String specific = "audit.field." + table + "." + column;
        if (messages.has(specific)) {
            return messages.get(specific);
        }
        String general = "audit.field." + column;
        return messages.has(general) ? messages.get(general) : column;
    }

    private String value(String table, String column, JsonNode v) {
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            return messages.get("audit.value.empty");
        }
        if (v.isBoolean()) {
            return messages.get(v.asBoolean() ? "audit.value.yes" : "audit.value.no");
        }
        if (column.equals("sub_branch_id") && v.canConvertToLong()) {
            return subBranches.getOrDefault(v.asLong(), v.asText());
        }
        String text = v.asText();
        String enumType = ENUMS.get(table + ":" + column);
        if (enumType != null && messages.has("enum." + enumType + "." + text)) {
            return messages.get("enum." + enumType + "." + text);
        }
        String own = "audit.value." + column + "." + text;
        if (v.isTextual() && messages.has(own)) {
            return messages.get(own);
        }
        if (ISO_DATE.matcher(text).matches()) {
            return vn.sochibo.common.Formats.date(LocalDate.parse(text));
        }
        if (ISO_DATE_TIME.matcher(text).matches()) {
            return MINUTES.format(LocalDateTime.parse(text));
        }
        return text;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
