package vn.sochibo.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Problem;
import vn.sochibo.common.ValidationException;
import vn.sochibo.core.Services;

/** The register on a real in-memory H2 database with the real migrations. */
class MemberServiceTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final MemberService members = services.members();

    @AfterEach
    void close() {
        services.close();
    }

    private static MemberDraft draft(String name, LocalDate joined, LocalDate official, String card, String subBranch) {
        return new MemberDraft(name, null, Gender.NU, LocalDate.of(1988, 4, 2), null, null, "Xã Quảng Xương, tỉnh Thanh Hóa",
                null, "Kinh", "Không", card, card, null, "12/12", "Cử nhân Luật", PoliticalTheory.TRUNG_CAP, null,
                "Chuyên viên", null, null, joined.minusDays(9), joined, official, subBranch, "0912345678", null);
    }

    @Test
    void createdMemberIsStoredWithItsHistoryAndDerivedStatus() {
        long id = members.create(draft("Nguyễn Thị Hồng Thúy", LocalDate.of(2012, 5, 19), LocalDate.of(2013, 5, 19),
                "038188001234", "Chi bộ Văn phòng"));
        MemberDetails d = members.details(id);
        assertThat(d.member().status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(d.member().data().partyCardNumber()).isEqualTo("038188001234");
        assertThat(d.member().data().subBranch()).isEqualTo("Chi bộ Văn phòng");
        assertThat(d.events()).extracting(MemberEvent::type).containsExactly(MemberEventType.ADMITTED, MemberEventType.OFFICIAL);
        assertThat(members.subBranches()).containsExactly("Chi bộ Văn phòng");
    }

    @Test
    void invalidDraftChangesNothing() {
        MemberDraft bad = draft("Lê Văn Bình", LocalDate.of(2027, 1, 1), null, null, null);
        assertThatThrownBy(() -> members.create(bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::field).contains("joinedDate"));
        assertThat(members.list()).isEmpty();
        assertThat(members.subBranches()).isEmpty();
    }

    @Test
    void editReplacesTheRecordAndKeepsTheHistory() {
        long id = members.create(draft("Nguyễn Thị Thúy", LocalDate.of(2012, 5, 19), LocalDate.of(2013, 5, 19), null, null));
        MemberDraft changed = draft("nguyễn thị hồng thúy", LocalDate.of(2012, 5, 19), LocalDate.of(2013, 5, 19),
                "001188009999", "Chi bộ Trung tâm");
        members.update(id, changed);
        MemberDetails d = members.details(id);
        assertThat(d.member().data().fullName()).isEqualTo("Nguyễn Thị Hồng Thúy");
        assertThat(d.member().data().partyCardNumber()).isEqualTo("001188009999");
        assertThat(d.events()).hasSize(2);
        assertThat(members.list()).singleElement().satisfies(s -> assertThat(s.searchKey()).contains("nguyen thi hong thuy"));
    }

    @Test
    void recognitionSetsTheOfficialDateAndStatus() {
        long id = members.create(draft("Bùi Minh Đạt", LocalDate.of(2025, 10, 8), null, null, null));
        assertThat(members.details(id).member().status()).isEqualTo(MemberStatus.PROBATIONARY);
        MemberStatus status = members.recordEvent(id, new EventDraft(MemberEventType.OFFICIAL, LocalDate.of(2026, 10, 8),
                null, "Quyết định số 45-QĐ/ĐU", null));
        assertThat(status).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(members.details(id).member().data().officialDate()).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void anEventThatDoesNotFitTheStatusIsRefusedAndNothingChanges() {
        long id = members.create(draft("Bùi Minh Đạt", LocalDate.of(2025, 10, 8), null, null, null));
        EventDraft badge = new EventDraft(MemberEventType.READMITTED, LocalDate.of(2026, 2, 3), null, null, null);
        assertThatThrownBy(() -> members.recordEvent(id, badge)).isInstanceOf(ValidationException.class);
        EventDraft early = new EventDraft(MemberEventType.TEMPORARY_LEAVE, LocalDate.of(2020, 1, 1), null, null, null);
        assertThatThrownBy(() -> members.recordEvent(id, early)).isInstanceOf(ValidationException.class);
        assertThat(members.details(id).events()).hasSize(1);
        assertThat(members.details(id).member().status()).isEqualTo(MemberStatus.PROBATIONARY);
    }

    @Test
    void lifecycleThroughTransferAndDeath() {
        long id = members.create(draft("Trần Quốc Bảo", LocalDate.of(1995, 3, 3), LocalDate.of(1996, 3, 3), null, null));
        members.recordEvent(id, new EventDraft(MemberEventType.EXEMPTED, LocalDate.of(2024, 1, 5), null, "Nghị quyết số 02-NQ/CB", "Tuổi cao"));
        assertThat(members.details(id).member().status()).isEqualTo(MemberStatus.EXEMPT);
        members.recordEvent(id, new EventDraft(MemberEventType.DECEASED, LocalDate.of(2025, 8, 14), null, null, null));
        assertThat(members.details(id).member().status()).isEqualTo(MemberStatus.DECEASED);
        assertThat(members.list()).singleElement().extracting(MemberSummary::status).isEqualTo(MemberStatus.DECEASED);
    }

    @Test
    void manyMembersAreAddedInOneTransaction() {
        MemberDraft good = draft("Lê Hoàng Anh", LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1), null, null);
        MemberDraft bad = draft("", LocalDate.of(2010, 1, 1), null, null, null);
        assertThatThrownBy(() -> members.createAll(List.of(good, bad))).isInstanceOf(ValidationException.class);
        assertThat(members.list()).isEmpty();
        assertThat(members.createAll(List.of(good, good))).isEqualTo(2);
        assertThat(members.list()).hasSize(2);
    }

    @Test
    void bulkInsertDerivesTheSameStatusAsOneByOne() {
        MemberDraft d = draft("Lê Hoàng Anh", LocalDate.of(2010, 1, 1), null, "038070001234", "Chi bộ Văn phòng");
        List<EventDraft> history = List.of(
                new EventDraft(MemberEventType.ADMITTED, LocalDate.of(2010, 1, 1), null, null, null),
                new EventDraft(MemberEventType.OFFICIAL, LocalDate.of(2011, 1, 1), null, null, null),
                new EventDraft(MemberEventType.TEMPORARY_LEAVE, LocalDate.of(2026, 3, 2), LocalDate.of(2027, 9, 30), null, null));
        List<Long> ids = members.createAllWithHistory(List.of(new MemberService.NewMember(d, history),
                new MemberService.NewMember(d, history.subList(0, 1))));
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        MemberDetails first = members.details(ids.get(0));
        assertThat(first.member().status()).isEqualTo(MemberStatus.TEMPORARILY_AWAY);
        assertThat(first.member().data().officialDate()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(first.events()).hasSize(3);
        assertThat(members.details(ids.get(1)).member().status()).isEqualTo(MemberStatus.PROBATIONARY);
        // one by one, the form's rule applies: another card number, as for another person
        long single = members.createWithHistory(draft("Lê Hoàng Anh", LocalDate.of(2010, 1, 1), null, "038070005678",
                "Chi bộ Văn phòng"), history);
        assertThat(members.details(single).member().status()).isEqualTo(first.member().status());
        assertThat(members.subBranches()).containsExactly("Chi bộ Văn phòng");
    }

    @Test
    void aCardNumberOrPersonalIdIsNeverSharedOnAddOrEdit() {
        long first = members.create(draft("Nguyễn Thị Hồng Thúy", LocalDate.of(2012, 5, 19), null, "038188001234", null));
        long other = members.create(draft("Lê Thị Cúc", LocalDate.of(2014, 5, 19), null, "038188009999", null));
        assertThatThrownBy(() -> members.create(draft("Trần Văn Nam", LocalDate.of(2015, 1, 5), null, "038188001234", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::messageKey)
                        .containsExactly("member.problem.cardTaken", "member.problem.idTaken"));
        assertThatThrownBy(() -> members.update(other, draft("Lê Thị Cúc", LocalDate.of(2014, 5, 19), null, "038188001234", null)))
                .isInstanceOf(ValidationException.class);
        members.update(first, members.details(first).member().data()); // its own numbers are no clash
        assertThat(members.list()).hasSize(2);
    }

    @Test
    void aDeceasedMembersPartyYearsStopAtTheDeathInTheList() {
        long id = members.create(draft("Hoàng Văn Thụ", LocalDate.of(1996, 12, 19), LocalDate.of(1997, 12, 19), null, null));
        members.recordEvent(id, new EventDraft(MemberEventType.DECEASED, LocalDate.of(2020, 1, 1), null, null, null));
        MemberRow row = MemberListViewModel.load(members).rows().stream().filter(r -> r.member().id() == id).findFirst().orElseThrow();
        assertThat(row.partyYears()).isEqualTo(23);
        MemberDetails d = members.details(id);
        assertThat(PartyYears.nextBadge(d.member().data().admissionDecisionDate(), d.events(), members.today())).isEmpty();
    }

    @Test
    void aProbationaryMemberCannotBeExpelledAndRemovalNeedsADocument() {
        long id = members.create(draft("Lê Văn Dự", LocalDate.of(2026, 3, 1), null, null, null));
        members.recordEvent(id, new EventDraft(MemberEventType.TEMPORARY_LEAVE, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 1), null, null));
        MemberDetails d = members.details(id);
        assertThat(MemberLifecycle.allowedNext(d.member(), d.events())).doesNotContain(MemberEventType.EXPELLED)
                .contains(MemberEventType.REMOVED);
        assertThatThrownBy(() -> members.recordEvent(id, new EventDraft(MemberEventType.EXPELLED, LocalDate.of(2026, 5, 1), null, "QĐ 1", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::messageKey)
                        .contains("member.event.problem.expelProbationary"));
        assertThatThrownBy(() -> members.recordEvent(id, new EventDraft(MemberEventType.REMOVED, LocalDate.of(2026, 5, 1), null, " ", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::messageKey)
                        .containsExactly("member.event.problem.documentRequired"));
        assertThat(members.recordEvent(id, new EventDraft(MemberEventType.REMOVED, LocalDate.of(2026, 5, 1), null, "QĐ 2-QĐ/ĐU", null)))
                .isEqualTo(MemberStatus.REMOVED);
    }

    @Test
    void aTransferOutNeedsWhereTheMemberGoesAndKeepsIt() {
        long id = members.create(draft("Lê Văn Đi", LocalDate.of(2015, 3, 1), LocalDate.of(2016, 3, 1), null, null));
        assertThatThrownBy(() -> members.recordEvent(id, new EventDraft(MemberEventType.TRANSFER_OUT, LocalDate.of(2026, 5, 1), null, "GGT 3", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::messageKey)
                        .containsExactly("member.event.problem.placeRequired"));
        members.recordEvent(id, new EventDraft(MemberEventType.TRANSFER_OUT, LocalDate.of(2026, 5, 1), null, "GGT 3", null,
                "  Đảng bộ   Sở Nội vụ "));
        assertThat(members.details(id).events()).extracting(MemberEvent::place).contains("Đảng bộ Sở Nội vụ");
    }
}
