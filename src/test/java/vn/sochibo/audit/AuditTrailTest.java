package vn.sochibo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.election.service.CongressFixture;
import vn.sochibo.meeting.Attendance;
import vn.sochibo.meeting.Meeting;
import vn.sochibo.meeting.RollEntry;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberService;
import vn.sochibo.storage.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every kind of change leaves audit lines with the right before and after, written by the database's own
 * triggers in the same transaction (real H2, real migrations, the real services).
 */
class AuditTrailTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private Services services;

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Every log line newer than {@code afterId}, oldest first. */
    private List<AuditEntry> since(long afterId) {
        List<AuditEntry> all = new ArrayList<>(services.audit().page(AuditFilter.ALL, null, 100_000).entries());
        all.removeIf(e -> e.id() <= afterId);
        java.util.Collections.reverse(all);
        return all;
    }

    private long lastId() {
        List<AuditEntry> newest = services.audit().page(AuditFilter.ALL, null, 1).entries();
        return newest.isEmpty() ? 0 : newest.get(0).id();
    }

    private static JsonNode json(String text) throws Exception {
        return text == null ? null : JSON.readTree(text);
    }

    private static MemberDraft draft(String name) {
        return MemberDraft.minimal(name, Gender.NU, 1990, LocalDate.of(2020, 5, 19));
    }

    @Test
    void addingAMemberLogsTheMemberAndItsHistoryAsOneAction() throws Exception {
        long id = services.members().create(draft("Trần Thị Mai"));
        List<AuditEntry> lines = since(0);
        assertThat(lines).extracting(AuditEntry::table).containsExactly("member", "member_event");
        AuditEntry member = lines.get(0);
        assertThat(member.action()).isEqualTo(AuditAction.INSERT);
        assertThat(member.rowKey()).isEqualTo(Long.toString(id));
        assertThat(member.summary()).isEqualTo("Trần Thị Mai");
        assertThat(member.operation()).isEqualTo("audit.op.member.create");
        assertThat(member.before()).isNull();
        JsonNode after = json(member.after());
        assertThat(after.get("full_name").asText()).isEqualTo("Trần Thị Mai");
        assertThat(after.get("joined_date").asText()).isEqualTo("2020-05-19");
        assertThat(after.get("gender").asText()).isEqualTo("NU");
        assertThat(after.has("phone")).as("empty columns are left out").isFalse();
        AuditEntry event = lines.get(1);
        assertThat(event.summary()).as("an event is told by its member").isEqualTo("Trần Thị Mai");
        assertThat(json(event.after()).get("event_type").asText()).isEqualTo("ADMITTED");
        assertThat(event.changedAt()).isEqualTo(member.changedAt());
    }

    @Test
    void editingAMemberLogsOnlyTheChangedFieldsBeforeAndAfter() throws Exception {
        long id = services.members().create(draft("Trần Thị Mai"));
        long mark = lastId();
        MemberDraft d = services.members().details(id).member().data();
        MemberDraft moved = new MemberDraft(d.fullName(), d.otherNames(), d.gender(), d.birthDate(), d.birthYear(), d.birthPlace(),
                d.homeTown(), "Phường Hạc Thành, tỉnh Thanh Hóa", d.ethnicity(), d.religion(), d.personalId(), d.partyCardNumber(),
                d.recordNumber(), d.generalEducation(), d.professionalLevel(), d.politicalTheory(), d.occupation(), d.jobPosition(),
                d.partyPosts(), d.youthUnionDate(), d.admissionDecisionDate(), d.joinedDate(), d.officialDate(), d.subBranch(),
                "0912345678", d.notes());
        services.members().update(id, moved);
        List<AuditEntry> lines = since(mark);
        assertThat(lines).hasSize(1);
        AuditEntry edit = lines.get(0);
        assertThat(edit.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(edit.operation()).isEqualTo("audit.op.member.update");
        JsonNode before = json(edit.before());
        JsonNode after = json(edit.after());
        assertThat(before.get("residence").isNull()).isTrue();
        assertThat(after.get("residence").asText()).isEqualTo("Phường Hạc Thành, tỉnh Thanh Hóa");
        assertThat(after.get("phone").asText()).isEqualTo("0912345678");
        assertThat(after.has("full_name")).as("unchanged fields are not repeated").isFalse();

        AuditDescriber describer = new AuditDescriber(Messages.forLanguage("vi"), java.util.Map.of());
        assertThat(describer.object(edit)).isEqualTo("Đảng viên: Trần Thị Mai");
        assertThat(describer.changes(edit)).contains("Nơi cư trú: (trống) → Phường Hạc Thành, tỉnh Thanh Hóa")
                .contains("Điện thoại: (trống) → 0912345678").doesNotContain("updated_at").doesNotContain("search");

        // saving the same record again changes only the bookkeeping time: nothing to log
        services.members().update(id, moved);
        assertThat(since(mark)).hasSize(1);
    }

    @Test
    void lifecycleEventsAndTheirRemovalAreLogged() throws Exception {
        long id = services.members().create(draft("Trần Thị Mai"));
        long mark = lastId();
        services.members().recordEvent(id, new EventDraft(MemberEventType.OFFICIAL, LocalDate.of(2021, 5, 19), null, "QĐ 12", null));
        List<AuditEntry> lines = since(mark);
        assertThat(lines).extracting(AuditEntry::table, AuditEntry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("member_event", AuditAction.INSERT),
                        org.assertj.core.groups.Tuple.tuple("member", AuditAction.UPDATE));
        assertThat(lines).allSatisfy(e -> assertThat(e.operation()).isEqualTo("audit.op.member.event"));
        JsonNode status = json(lines.get(1).after());
        assertThat(status.get("status").asText()).isEqualTo("OFFICIAL");
        assertThat(json(lines.get(1).before()).get("status").asText()).isEqualTo("PROBATIONARY");
        assertThat(json(lines.get(1).before()).get("official_date").isNull()).isTrue();

        long eventId = services.members().details(id).events().stream()
                .filter(e -> e.type() == MemberEventType.OFFICIAL).findFirst().orElseThrow().id();
        mark = lastId();
        services.corrections().deleteEvent(id, eventId, "ghi nhầm");
        AuditEntry removed = since(mark).get(0);
        assertThat(removed.action()).isEqualTo(AuditAction.DELETE);
        assertThat(removed.table()).isEqualTo("member_event");
        assertThat(removed.after()).isNull();
        assertThat(json(removed.before()).get("document_ref").asText()).isEqualTo("QĐ 12");
        assertThat(removed.summary()).isEqualTo("Trần Thị Mai");
    }

    @Test
    void savingAMeetingLogsWhatChangedNotTheWholeReplacedRoll() throws Exception {
        services.samples().load(true);
        Meeting meeting = services.meetings().find(services.meetings().list().get(0).id());
        long mark = lastId();
        services.meetings().save(meeting);
        assertThat(since(mark)).as("saved unchanged: agenda and roll are rewritten but nothing changed").isEmpty();

        RollEntry first = meeting.roll().stream().filter(r -> r.attendance() == Attendance.EXCUSED).findFirst().orElseThrow();
        List<RollEntry> roll = new ArrayList<>();
        for (RollEntry r : meeting.roll()) {
            roll.add(r == first ? r.with(Attendance.EXCUSED, "Đi công tác tại Hà Nội") : r);
        }
        services.meetings().save(new Meeting(meeting.id(), meeting.header(), meeting.issuer(), meeting.term(), meeting.number(),
                meeting.agenda(), roll, meeting.resolutions(), meeting.assignments()));
        List<AuditEntry> lines = since(mark);
        assertThat(lines).hasSize(1);
        AuditEntry absence = lines.get(0);
        assertThat(absence.table()).isEqualTo("meeting_attendance");
        assertThat(absence.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(absence.operation()).isEqualTo("audit.op.meeting.save");
        assertThat(absence.summary()).isEqualTo(meeting.header().subject() + " – " + first.fullName());
        assertThat(json(absence.before()).get("reason").asText()).isEqualTo(first.reason());
        assertThat(json(absence.after()).get("reason").asText()).isEqualTo("Đi công tác tại Hà Nội");
        assertThat(json(absence.after()).has("attendance")).isFalse();
        assertThat(new AuditDescriber(Messages.forLanguage("vi"), java.util.Map.of()).changes(absence))
                .isEqualTo("Lý do vắng: " + first.reason() + " → Đi công tác tại Hà Nội");

        mark = lastId();
        services.meetings().delete(meeting.id());
        lines = since(mark);
        // the meeting's own rows are deleted; a record of another feature that pointed at it (an admission vote) is
        // only unlinked, and that shows as its own change
        assertThat(lines).filteredOn(e -> e.table().startsWith("meeting"))
                .allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.DELETE));
        assertThat(lines).filteredOn(e -> !e.table().startsWith("meeting"))
                .allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.UPDATE));
        assertThat(lines).extracting(AuditEntry::table).contains("meeting", "meeting_attendance", "meeting_agenda_item");
        assertThat(lines).filteredOn(e -> e.table().equals("meeting_attendance")).hasSize(meeting.roll().size())
                .allSatisfy(e -> assertThat(e.summary()).startsWith(meeting.header().subject() + " – "));
    }

    @Test
    void ballotEntryAndTheCountAreLogged() throws Exception {
        long round = CongressFixture.countedCommitteeRound(services);
        List<AuditEntry> all = since(0);
        List<AuditEntry> ballots = all.stream().filter(e -> e.table().equals("election_ballot_entry")).toList();
        int holders = (int) ballots.stream().filter(e -> e.operation().equals("audit.op.election.ballot")).count() / 2;
        assertThat(holders).isGreaterThan(10);
        assertThat(ballots).hasSize(2 * holders).allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.INSERT));
        JsonNode last = json(ballots.get(ballots.size() - 1).after());
        assertThat(last.get("entry_no").asInt()).isEqualTo(2);
        assertThat(last.get("sequence_no").asInt()).isEqualTo(holders);
        assertThat(last.get("ballot_kind").asText()).isEqualTo("INVALID");
        assertThat(last.get("round_id").asLong()).isEqualTo(round);
        AuditDescriber describer = new AuditDescriber(Messages.forLanguage("vi"), java.util.Map.of());
        assertThat(describer.object(ballots.get(0))).isEqualTo("Phiếu bầu (Số thứ tự phiếu: 1, Lần nhập: 1)");
        assertThat(describer.operation(ballots.get(0))).isEqualTo("Nhập phiếu bầu");

        List<AuditEntry> count = all.stream().filter(e -> "audit.op.election.count".equals(e.operation())).toList();
        assertThat(count).extracting(AuditEntry::table).contains("election_round", "election_round_result");
        AuditEntry counted = count.stream().filter(e -> e.table().equals("election_round")).findFirst().orElseThrow();
        assertThat(counted.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(json(counted.before()).get("counted").asBoolean()).isFalse();
        assertThat(json(counted.after()).get("counted").asBoolean()).isTrue();
        assertThat(count.stream().filter(e -> e.table().equals("election_round_result")))
                .allSatisfy(e -> assertThat(e.summary()).isNotBlank());

    }

    @Test
    void aRolledBackTransactionLeavesNoLogLine() {
        services.members().create(draft("Trần Thị Mai"));
        long mark = lastId();
        assertThatThrownBy(() -> services.database().write(Operation.of("audit.op.member.update"), ctx -> {
            ctx.execute("UPDATE MEMBER SET PHONE = '0900000000'");
            throw new IllegalStateException("the clerk cancelled");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(since(mark)).isEmpty();

        // a big batch is written to the log while it runs (every 2,000 changes); a rollback still takes it back
        List<MemberService.NewMember> many = vn.sochibo.bench.MemberGenerator.members(1500, 7);
        assertThatThrownBy(() -> services.members().inOneTransaction(writer -> {
            writer.create(many);
            throw new java.util.concurrent.CancellationException();
        })).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(since(mark)).isEmpty();
        assertThat(services.members().list()).hasSize(1);
    }

    @Test
    void aBulkJobIsLoggedInGroupsThatKeepEveryRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<MemberService.NewMember> many = vn.sochibo.bench.MemberGenerator.members(1200, 3);
        int events = many.stream().mapToInt(m -> (int) m.history().stream().filter(h -> h.date() != null).count()).sum();
        services.database().labelled(Operation.of("audit.op.import", "ds.xlsx"),
                () -> services.members().inOneTransaction(writer -> writer.create(many)));
        List<AuditEntry> lines = since(0);
        assertThat(lines.size()).as("far fewer lines than rows").isLessThan(50);
        assertThat(lines.stream().filter(e -> e.table().equals("member")).mapToInt(AuditEntry::rows).sum()).isEqualTo(1200);
        assertThat(lines.stream().filter(e -> e.table().equals("member_event")).mapToInt(AuditEntry::rows).sum()).isEqualTo(events);
        assertThat(lines).allSatisfy(e -> assertThat(e.operationDetail()).isEqualTo("ds.xlsx"));

        String someone = many.get(777).draft().fullName();
        List<AuditEntry> found = services.audit().page(new AuditFilter(null, null, AuditKind.MEMBERS, AuditAction.INSERT,
                vn.sochibo.common.Text.fold(someone)), null, 100).entries();
        assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e.grouped()).isTrue());
        assertThat(found.get(0).before()).as("pages leave a group's data out").isNull();

        AuditEntry group = services.audit().entry(found.stream().filter(e -> e.table().equals("member")).findFirst().orElseThrow().id());
        AuditDescriber describer = new AuditDescriber(Messages.forLanguage("vi"), services.audit().page(AuditFilter.ALL, null, 1).subBranches());
        List<AuditEntry> rows = describer.expand(group);
        assertThat(rows).hasSize(group.rows());
        AuditEntry row = rows.stream().filter(r -> someone.equals(r.summary())).findFirst().orElseThrow();
        assertThat(json(row.after()).get("full_name").asText()).isEqualTo(someone);
        assertThat(Long.parseLong(row.rowKey())).isEqualTo(json(row.after()).get("id").asLong());
        assertThat(describer.changes(row)).startsWith("Họ và tên: " + someone + "; Giới tính: ");
        assertThat(describer.object(group)).startsWith("Đảng viên (" + group.rows() + " dòng): ");
        assertThat(describer.fields(group)).hasSize(Math.min(group.rows(), AuditDescriber.DETAIL_ROWS) + (group.rows() > AuditDescriber.DETAIL_ROWS ? 1 : 0));

        java.nio.file.Path file = dir.resolve("nhat-ky.xlsx");
        int written = services.audit().export(file, AuditFilter.ALL);
        assertThat(written).as("the export has one sheet row per changed row").isEqualTo(1200 + events + lines.stream()
                .filter(e -> e.table().equals("sub_branch")).mapToInt(AuditEntry::rows).sum());
    }

    @Test
    void theLogCannotBeChangedNorDeleted() {
        services.members().create(draft("Trần Thị Mai"));
        List<AuditEntry> before = since(0);
        assertThatThrownBy(() -> services.database().write(ctx -> ctx.execute("UPDATE AUDIT_LOG SET SUMMARY = 'đã sửa'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> services.database().write(ctx -> ctx.execute("DELETE FROM AUDIT_LOG")))
                .hasMessageContaining("append-only");
        assertThat(since(0)).isEqualTo(before);
    }

    @Test
    void settingsAreNotLoggedAndImportsAndSamplesAreNamed() throws Exception {
        services.samples().load(true);
        assertThat(since(0)).isNotEmpty().allSatisfy(e -> assertThat(e.operation()).isEqualTo("audit.op.sample"));
        long mark = lastId();
        var type = vn.sochibo.meeting.MeetingType.REGULAR;
        services.meetings().saveAgendaTemplate(type, services.meetings().agendaTemplate(type));
        assertThat(since(mark)).as("the agenda template is a setting").isEmpty();
        try (Connection c = services.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM MEETING_AGENDA_TEMPLATE")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
    }

    @Test
    void anImportIsNamedWithItsFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("danh-sach-moi.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file); var wb = new org.dhatim.fastexcel.Workbook(out, "t", "1.0")) {
            var ws = wb.newWorksheet("DS");
            String[] header = {"STT", "Họ và tên", "Giới tính", "Năm sinh", "Ngày vào Đảng"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, 1);
            ws.value(1, 1, "Lê Văn Tám");
            ws.value(1, 2, "Nam");
            ws.value(1, 3, 1985);
            ws.value(1, 4, "03/02/2015");
        }
        var result = services.imports().importFile(file, null, vn.sochibo.importing.MemberImportService.Mode.COMMIT,
                vn.sochibo.common.ProgressListener.NONE);
        assertThat(result.imported()).isEqualTo(1);
        List<AuditEntry> lines = since(0);
        assertThat(lines).isNotEmpty().allSatisfy(e -> {
            assertThat(e.operation()).isEqualTo("audit.op.import");
            assertThat(e.operationDetail()).isEqualTo("danh-sach-moi.xlsx");
        });
        assertThat(new AuditDescriber(Messages.forLanguage("vi"), java.util.Map.of()).operation(lines.get(0)))
                .isEqualTo("Nhập từ Excel: danh-sach-moi.xlsx");
        assertThat(lines.get(0).summary()).isEqualTo("Lê Văn Tám");
    }
}
