package vn.sochibo.dues.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.audit.AuditFilter;
import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.common.ValidationException;
import vn.sochibo.core.Services;
import vn.sochibo.dues.DuesBasis;
import vn.sochibo.dues.DuesFlag;
import vn.sochibo.dues.DuesKind;
import vn.sochibo.dues.MonthBook;
import vn.sochibo.dues.MonthLine;
import vn.sochibo.dues.PaymentMethod;
import vn.sochibo.dues.Standing;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberListViewModel;
import vn.sochibo.member.PoliticalTheory;
import vn.sochibo.member.Reminder;

/** The dues book on the real database with the sample branch's dues year (today: 22/11/2026). */
class DuesServiceTest {

    private Services services;
    private final Messages vi = Messages.forLanguage("vi");

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
        services.samples().load(true);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private MonthLine line(MonthBook book, String name) {
        return book.lines().stream().filter(l -> l.fullName().equals(name)).findFirst().orElse(null);
    }

    private long id(String name) {
        return services.members().list().stream().filter(m -> m.fullName().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    @DisplayName("the sample's October: who owed, who paid, the totals with the kept and remitted shares")
    void octoberOfTheSample() {
        MonthBook october = services.duesBook().month(YearMonth.of(2026, 10), null);
        // 36 members: 2 left before 2026 (deceased, removed), 1 transferred out in July, 1 away since March
        assertThat(october.lines()).hasSize(32);
        assertThat(line(october, "Nguyễn Thị Thanh Loan")).isNull();
        assertThat(line(october, "Trần Văn Nam")).isNull();
        assertThat(line(october, "Lê Đình Hùng").due().amount()).isEqualTo(174_564);
        assertThat(line(october, "Trương Văn Khải").standing()).isEqualTo(Standing.UNPAID);
        assertThat(line(october, "Đặng Thu Hà").basis().kind()).isEqualTo(DuesKind.BENEFIT);
        assertThat(line(october, "Vũ Thị Ngọc Ánh").due().reductionPercent()).isEqualTo(50);
        assertThat(october.totals().owing()).isEqualTo(32);
        assertThat(october.totals().paid()).isEqualTo(31);
        assertThat(october.totals().kept() + october.totals().remitted()).isEqualTo(october.totals().collected());
        assertThat(october.flags().get(id("Bùi Minh Đạt")).removal()).isTrue();

        // mid-year: the member who transferred out in July owes July, not August
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 7), null), "Nguyễn Thị Thanh Loan").standing()).isEqualTo(Standing.PAID);
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 8), null), "Nguyễn Thị Thanh Loan")).isNull();
        // admitted 24/04/2026: April yes, March no; away from 02/03/2026: March yes, April no
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 3), null), "Nguyễn Ngọc Mai")).isNull();
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 4), null), "Nguyễn Ngọc Mai").standing()).isEqualTo(Standing.PAID);
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 3), null), "Trần Văn Nam").standing()).isEqualTo(Standing.PAID);
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 4), null), "Trần Văn Nam")).isNull();
        // a sub-branch's book has only its members
        assertThat(services.duesBook().month(YearMonth.of(2026, 10), "Chi bộ Văn phòng").lines()).hasSize(11);
    }

    @Test
    @DisplayName("reminders: the rule of three and arrears reach the register's reminders and the next meeting's agenda")
    void remindersAndTheMeeting() {
        List<DuesFlag> flags = services.duesBook().flags();
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.fullName()).isEqualTo("Bùi Minh Đạt");
            assertThat(f.kind()).isEqualTo(DuesFlag.Kind.REMOVAL);
        });
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.fullName()).isEqualTo("Trương Văn Khải");
            assertThat(f.kind()).isEqualTo(DuesFlag.Kind.BEHIND);
        });
        MemberListViewModel.Loaded loaded = MemberListViewModel.load(services.members(), services.otherReminders());
        List<Reminder> dues = loaded.reminders().stream().filter(r -> r.kind() == Reminder.Kind.OTHER
                && r.other().feature().equals(DuesBookService.FEATURE)).toList();
        assertThat(dues).hasSize(flags.size());
        Reminder dat = dues.stream().filter(r -> r.fullName().equals("Bùi Minh Đạt")).findFirst().orElseThrow();
        assertThat(dat.memberId()).as("the member's id is kept for the details pane").isEqualTo(id("Bùi Minh Đạt"));
        assertThat(dat.other().id()).isEqualTo(id("Bùi Minh Đạt"));
        assertThat(dat.other().place()).as("the first month unpaid: where the book opens").isEqualTo("2026-03");
        assertThat(vi.get(dat.other().textKey(), dat.other().textArgs().toArray()))
                .isEqualTo("Bùi Minh Đạt: không đóng đảng phí 3 tháng trong năm (03, 06, 09/2026) không có lý do; "
                        + "chi bộ xem xét, đề nghị xóa tên");
        MemberListViewModel list = new MemberListViewModel(services.members(), new vn.sochibo.ui.DirectUiExecutor(), vi,
                new vn.sochibo.ui.StatusBarModel(), services.otherReminders());
        list.refresh();
        assertThat(list.notesFor(id("Bùi Minh Đạt"))).extracting(MemberListViewModel.Note::label, MemberListViewModel.Note::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Đảng phí", vi.get(dat.other().textKey(),
                        dat.other().textArgs().toArray())));
        assertThat(list.notesFor(id("Phạm Quang Vinh"))).isEmpty();

        var meeting = services.meetings().prepare("Chi bộ Văn phòng", vn.sochibo.meeting.MeetingType.REGULAR, LocalDate.of(2026, 12, 4));
        String report = meeting.agenda().stream().filter(a -> a.title().contains("đảng phí")).findFirst().orElseThrow().reportPoints();
        assertThat(report).startsWith("Đảng phí tháng 11/2026: đã thu 11/11 đồng chí, tổng 1.023.557 đồng.")
                .contains("Bùi Minh Đạt");
    }

    @Test
    @DisplayName("bad input changes nothing: negative amount, no date, a month before joining or before the rule")
    void badInputIsRefused() {
        YearMonth month = YearMonth.of(2026, 3);
        long mai = id("Nguyễn Ngọc Mai");
        long dat = id("Bùi Minh Đạt");
        int before = services.duesBook().month(month, null).totals().paid();
        assertThatThrownBy(() -> services.dues().record(month, List.of(
                new DuesService.Change(dat, 70_200L, LocalDate.of(2026, 11, 20), PaymentMethod.CASH, null),
                new DuesService.Change(mai, 54_756L, LocalDate.of(2026, 11, 20), PaymentMethod.CASH, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(vi.describe(e)).isEqualTo(
                        "Nguyễn Ngọc Mai không thuộc sổ đảng phí của chi bộ tháng 03/2026 (chưa vào Đảng, chưa chuyển đến, "
                                + "đã chuyển đi hoặc đang sinh hoạt tạm thời nơi khác)."));
        assertThatThrownBy(() -> services.dues().record(month, List.of(
                new DuesService.Change(dat, -5_000L, LocalDate.of(2026, 11, 20), PaymentMethod.CASH, null))))
                .hasMessageContaining("dues.problem.amount.negative");
        assertThatThrownBy(() -> services.dues().record(month, List.of(new DuesService.Change(dat, 0L, null, null, " "))))
                .isInstanceOf(ValidationException.class);
        assertThat(services.duesBook().month(month, null).totals().paid()).isEqualTo(before); // the good line was not stored

        assertThatThrownBy(() -> services.dues().record(YearMonth.of(2026, 1), List.of(
                new DuesService.Change(dat, 70_200L, LocalDate.of(2026, 1, 8), PaymentMethod.CASH, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(vi.describe(e))
                        .contains("Quy định về chế độ đảng phí").contains("01/01/2026"));
        assertThatThrownBy(() -> services.dues().saveBasis(new DuesBasis(0, dat, null, DuesKind.SALARIED, 7_000_000L, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(vi.describe(e))
                        .isEqualTo("Áp dụng từ ngày: Hãy nhập ngày bắt đầu áp dụng căn cứ."));
        assertThatThrownBy(() -> services.dues().saveBasis(new DuesBasis(0, dat, LocalDate.of(2026, 12, 1), DuesKind.SALARIED, -1L, null, null, null)))
                .isInstanceOf(ValidationException.class);

        // a late payment for March is fine, and audited
        services.dues().record(month, List.of(new DuesService.Change(dat, 70_200L, LocalDate.of(2026, 11, 20), PaymentMethod.CASH, null)));
        assertThat(line(services.duesBook().month(month, null), "Bùi Minh Đạt").standing()).isEqualTo(Standing.PAID);
        assertThat(services.audit().page(new AuditFilter(null, null, null, null, null), null, 5).entries())
                .anySatisfy(e -> assertThat(e.operation()).isEqualTo("audit.op.dues.record"));
        // a member whose money is in the book is not deleted (a mistake is corrected otherwise)
        assertThatThrownBy(() -> services.corrections().deleteMember(id("Trương Văn Khải"), "nhập nhầm"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("member.error.deleteWithDues"));
    }

    @Test
    @DisplayName("a member transferred in owes from the month after the one the letter says was paid")
    void transferInFollowsTheLetter() {
        long id = services.members().createWithHistory(new MemberDraft("Phan Văn Quý", null, Gender.NAM, LocalDate.of(1985, 2, 3),
                null, null, null, null, "Kinh", "Không", null, null, null, "12/12", null, PoliticalTheory.SO_CAP, null,
                "Chuyên viên", null, null, LocalDate.of(2010, 1, 5), LocalDate.of(2010, 1, 20), LocalDate.of(2011, 1, 20),
                "Chi bộ Văn phòng", null, null), List.of(new EventDraft(MemberEventType.TRANSFER_IN, LocalDate.of(2026, 7, 10),
                null, "GGT 12", null, "Đảng bộ Sở Y tế")));
        services.dues().saveBasis(new DuesBasis(0, id, LocalDate.of(2026, 1, 1), DuesKind.SALARIED, 8_000_000L, null, null, null));
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 7), null), "Phan Văn Quý").standing()).isEqualTo(Standing.UNPAID);
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 6), null), "Phan Văn Quý")).isNull();
        services.dues().setTransferIn(id, YearMonth.of(2026, 8), "Giấy giới thiệu: đã đóng đảng phí hết tháng 8/2026");
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 8), null), "Phan Văn Quý")).isNull();
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 9), null), "Phan Văn Quý").standing()).isEqualTo(Standing.UNPAID);
        services.dues().setTransferIn(id, YearMonth.of(2026, 5), null);
        assertThat(line(services.duesBook().month(YearMonth.of(2026, 6), null), "Phan Văn Quý").standing()).isEqualTo(Standing.UNPAID);
    }
}
