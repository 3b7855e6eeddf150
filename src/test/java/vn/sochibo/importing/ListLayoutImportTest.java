package vn.sochibo.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sochibo.importing.doc.ColumnField.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.importing.doc.SheetLayout;
import vn.sochibo.member.FollowUp;
import vn.sochibo.member.Gender;
import vn.sochibo.member.Member;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberEvent;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.PoliticalTheory;
import vn.sochibo.common.ProgressListener;

/**
 * The corpus of list layouts (made by {@link ListLayoutCorpus}) imported into a real in-memory register: for each
 * layout, where every source column went, every member's fields, status and history, and the work list.
 */
class ListLayoutImportTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final MemberImportService imports = services.imports();
    private static final LocalDate TODAY = TestClocks.TODAY;

    @AfterEach
    void close() {
        services.close();
    }

    private static Path file(String name) {
        return Path.of("src/test/resources/import/layouts/" + name);
    }

    private ImportResult commit(String name) {
        return imports.importFile(file(name), null, MemberImportService.Mode.COMMIT, ProgressListener.NONE);
    }

    /** Column letter → field (null: not used), for every column of the file. */
    private static Map<String, ColumnField> columns(ImportResult r) {
        Map<String, ColumnField> m = new LinkedHashMap<>();
        r.columns().forEach(c -> m.put(c.column().letter(), c.field()));
        return m;
    }

    private Member member(String name) {
        return services.members().records().stream().filter(m -> m.data().fullName().equals(name)).findFirst().orElseThrow();
    }

    private List<String> history(Member m) {
        return services.members().details(m.id()).events().stream()
                .sorted(java.util.Comparator.comparing(MemberEvent::date).thenComparingLong(MemberEvent::id))
                .map(e -> e.type() + " " + e.date() + (e.note() == null ? "" : " " + e.note())).toList();
    }

    private List<String> workList(Member m) {
        return services.members().workList().stream().filter(f -> f.memberId() == m.id())
                .map(f -> f.problem().field() + ":" + f.problem().messageKey()).toList();
    }

    @Test
    void databaseExportWithoutGenderImportsEveryMemberWithItsStatusAndHistory() {
        ImportResult r = commit("csdl-dang-vien.xlsx");
        assertThat(columns(r)).containsExactly(Map.entry("A", SEQUENCE), Map.entry("B", FULL_NAME), Map.entry("C", PARTY_CARD),
                Map.entry("D", PERSONAL_ID), Map.entry("E", BIRTH_DATE), Map.entry("F", JOINED_DATE), Map.entry("G", SUB_BRANCH),
                Map.entry("H", RESIDENCE_BRANCH), Map.entry("I", STATUS));
        assertThat(r.imported()).isEqualTo(5);
        assertThat(r.rejectedRows()).isZero();
        assertDatabaseMembers(false);
        // the residence branch never becomes a sub-branch
        assertThat(services.members().subBranches()).containsExactly("Chi bộ Khu phố 1", "Chi bộ Khu phố 2");
        for (Member m : services.members().records()) {
            assertThat(m.data().gender()).isNull();
            assertThat(workList(m)).contains("gender:member.problem.gender.required");
        }
    }

    @Test
    void databaseExportWithGender() {
        ImportResult r = commit("csdl-dang-vien-gioi-tinh.xlsx");
        assertThat(columns(r)).containsExactly(Map.entry("A", SEQUENCE), Map.entry("B", FULL_NAME), Map.entry("C", GENDER),
                Map.entry("D", PARTY_CARD), Map.entry("E", PERSONAL_ID), Map.entry("F", BIRTH_DATE), Map.entry("G", JOINED_DATE),
                Map.entry("H", SUB_BRANCH), Map.entry("I", RESIDENCE_BRANCH), Map.entry("J", STATUS));
        assertThat(r.imported()).isEqualTo(5);
        assertDatabaseMembers(true);
        assertThat(member("Nguyễn Văn An").data().gender()).isEqualTo(Gender.NAM);
        assertThat(member("Trần Thị Bình").data().gender()).isEqualTo(Gender.NU);
        assertThat(workList(member("Trần Thị Bình"))).isEmpty();
    }

    private void assertDatabaseMembers(boolean gender) {
        Member an = member("Nguyễn Văn An");
        assertThat(an.data().partyCardNumber()).isEqualTo("01234567");
        assertThat(an.data().personalId()).isEqualTo("001055001234");
        assertThat(an.data().birthDate()).isEqualTo(LocalDate.of(1955, 3, 12));
        assertThat(an.data().joinedDate()).isEqualTo(LocalDate.of(1980, 5, 19));
        assertThat(an.data().subBranch()).isEqualTo("Chi bộ Khu phố 1");
        assertThat(an.data().residenceBranch()).isEqualTo("Chi bộ Tổ dân phố 5");
        assertThat(an.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(an.data().officialDate()).isEqualTo(LocalDate.of(1981, 5, 19));
        assertThat(history(an)).containsExactly("ADMITTED 1980-05-19", "OFFICIAL 1981-05-19");
        assertThat(workList(an)).contains("officialDate:import.followUp.officialInferred");

        Member binh = member("Trần Thị Bình"); // NFD in the file, NFC in the register
        assertThat(binh.data().fullName()).isEqualTo(java.text.Normalizer.normalize("Trần Thị Bình", java.text.Normalizer.Form.NFC));
        assertThat(binh.data().birthDate()).isEqualTo(LocalDate.of(1990, 7, 1));
        assertThat(binh.status()).isEqualTo(MemberStatus.PROBATIONARY); // admitted 02/02/2026, under 12 months
        assertThat(binh.data().officialDate()).isNull();
        assertThat(history(binh)).containsExactly("ADMITTED 2026-02-02");
        assertThat(binh.data().residenceBranch()).isEqualTo("Chi bộ Tổ dân phố 2");

        Member cuong = member("Lê Văn Cường");
        assertThat(cuong.status()).isEqualTo(MemberStatus.DECEASED);
        assertThat(cuong.data().partyCardNumber()).isEqualTo("00765432");
        assertThat(cuong.data().subBranch()).isEqualTo("Chi bộ Khu phố 2");
        assertThat(cuong.data().residenceBranch()).isNull();
        assertThat(history(cuong)).containsExactly("ADMITTED 1975-01-15", "OFFICIAL 1976-01-15", "DECEASED " + TODAY);
        assertThat(workList(cuong)).contains("status:import.followUp.eventDateUnknown", "officialDate:import.followUp.officialInferred");

        Member dung = member("Phạm Thị Dung");
        assertThat(dung.status()).isEqualTo(MemberStatus.TRANSFERRED_OUT);
        assertThat(dung.data().birthDate()).isEqualTo(LocalDate.of(1970, 4, 3));
        assertThat(history(dung)).containsExactly("ADMITTED 2010-02-03", "OFFICIAL 2011-02-03", "TRANSFER_OUT " + TODAY);
        assertThat(workList(dung)).contains("status:import.followUp.eventDateUnknown");

        Member en = member("Hoàng Văn Én");
        assertThat(en.data().birthDate()).isNull();
        assertThat(en.data().birthYear()).isNull();
        assertThat(en.data().personalId()).isNull();
        assertThat(en.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(workList(en)).contains("birthDate:member.problem.birth.required", "officialDate:import.followUp.officialInferred");
        assertThat(workList(en).contains("gender:member.problem.gender.required")).isEqualTo(!gender);
    }

    private void assertMau7(ImportResult r, int... rows) {
        assertThat(columns(r)).containsExactly(Map.entry("A", SEQUENCE), Map.entry("B", FULL_NAME),
                Map.entry("C", GENDER_ETHNICITY_RELIGION), Map.entry("D", HOME_TOWN), Map.entry("E", EDUCATION_COMBINED),
                Map.entry("F", OCCUPATION_BEFORE_NOW), Map.entry("G", JOINED_OFFICIAL_DATES), Map.entry("H", CARD_RECORD_BADGE),
                Map.entry("I", SERVICE_BACKGROUND), Map.entry("J", TRANSFER_OUT), Map.entry("K", TRANSFER_IN), Map.entry("L", DEATH),
                Map.entry("M", LEFT_PARTY), Map.entry("N", NOTES));
        assertThat(r.rowsRead()).isEqualTo(4);
        assertThat(r.imported()).isEqualTo(4);
        assertThat(r.rows()).extracting(ImportResult.Row::row).containsExactly(rows[0], rows[1], rows[2], rows[3]);

        MemberDraft an = member("Nguyễn Văn An").data();
        assertThat(an.otherNames()).isEqualTo("Tư An");
        assertThat(an.gender()).isEqualTo(Gender.NAM);
        assertThat(an.ethnicity()).isEqualTo("Kinh");
        assertThat(an.religion()).isEqualTo("Không");
        assertThat(an.homeTown()).isEqualTo("Yên Sở, Thanh Trì, Hà Nội");
        assertThat(an.generalEducation()).isEqualTo("10/10");
        assertThat(an.politicalTheory()).isEqualTo(PoliticalTheory.SO_CAP);
        assertThat(an.professionalLevel()).isEqualTo("Kỹ sư");
        assertThat(an.foreignLanguage()).isEqualTo("Anh B");
        assertThat(an.occupationBefore()).isEqualTo("Công nhân");
        assertThat(an.occupation()).isEqualTo("Hưu trí");
        assertThat(an.joinedDate()).isEqualTo(LocalDate.of(1980, 5, 19));
        assertThat(an.officialDate()).isEqualTo(LocalDate.of(1981, 5, 19));
        assertThat(an.partyCardNumber()).isEqualTo("01234567");
        assertThat(an.recordNumber()).isEqualTo("000123 HN");
        assertThat(an.badgeNumber()).isEqualTo("12345678");
        assertThat(an.serviceBackground()).isEqualTo("Bộ đội");
        assertThat(an.notes()).isEqualTo("Huy hiệu 40 năm");
        assertThat(an.birthDate()).isNull(); // Mẫu 7 has no birth date: on the work list
        assertThat(member("Nguyễn Văn An").status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(history(member("Nguyễn Văn An"))).containsExactly("ADMITTED 1980-05-19", "OFFICIAL 1981-05-19");
        assertThat(workList(member("Nguyễn Văn An"))).containsExactly("birthDate:member.problem.birth.required");

        Member binh = member("Trần Thị Bình");
        assertThat(binh.data().gender()).isEqualTo(Gender.NU);
        assertThat(binh.data().religion()).isEqualTo("Phật giáo");
        assertThat(binh.data().politicalTheory()).isNull();
        assertThat(binh.data().professionalLevel()).isEqualTo("Cử nhân");
        assertThat(binh.data().foreignLanguage()).isEqualTo("Anh C");
        assertThat(binh.data().partyCardNumber()).isNull();
        assertThat(binh.data().recordNumber()).isEqualTo("004567 HN");
        assertThat(binh.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(history(binh)).containsExactly("ADMITTED 2026-02-02", "TRANSFER_IN 2026-03-15 Đảng bộ phường Láng Thượng");

        Member cuong = member("Lê Văn Cường");
        assertThat(cuong.data().ethnicity()).isEqualTo("Tày");
        assertThat(cuong.data().politicalTheory()).isEqualTo(PoliticalTheory.TRUNG_CAP);
        assertThat(cuong.data().badgeNumber()).isEqualTo("00012345");
        assertThat(cuong.data().serviceBackground()).isEqualTo("Hưu trí");
        assertThat(cuong.status()).isEqualTo(MemberStatus.DECEASED);
        assertThat(history(cuong)).containsExactly("ADMITTED 1975-01-15", "OFFICIAL 1976-01-15", "DECEASED 2023-10-20 Bệnh");

        Member dung = member("Phạm Thị Dung");
        assertThat(dung.data().religion()).isEqualTo("Công giáo");
        assertThat(dung.data().politicalTheory()).isEqualTo(PoliticalTheory.CAO_CAP);
        assertThat(dung.data().partyCardNumber()).isEqualTo("001170002222");
        assertThat(dung.status()).isEqualTo(MemberStatus.TRANSFERRED_OUT);
        assertThat(history(dung)).containsExactly("ADMITTED 2010-02-03", "OFFICIAL 2011-02-03", "TRANSFER_OUT 2022-07-01 Đảng bộ xã Tả Thanh Oai");
    }

    @Test
    void mau7OneRowPerMemberWithLineBreaksInsideCells() {
        SheetLayout layout = imports.layout(file("mau7-mot-dong.xlsx"), null);
        assertThat(layout.officialRegister()).isTrue();
        assertThat(layout.headerLastRow()).isEqualTo(5); // the number row 1, 2, 3 … is part of the header
        assertMau7(commit("mau7-mot-dong.xlsx"), 6, 7, 8, 9);
    }

    @Test
    void mau7FourSubRowsPerMember() {
        assertMau7(commit("mau7-bon-dong.xlsx"), 6, 10, 14, 18);
    }

    private void assertLegacy(ImportResult r) {
        assertThat(columns(r)).containsExactly(Map.entry("A", SEQUENCE), Map.entry("B", FULL_NAME), Map.entry("C", GENDER),
                Map.entry("D", BIRTH_DATE), Map.entry("E", HOME_TOWN), Map.entry("F", JOINED_DATE), Map.entry("G", OFFICIAL_DATE),
                Map.entry("H", NOTES));
        assertThat(r.columns().get(7).column().header()).isEqualTo("Ghi chú");
        MemberDraft thuy = member("Nguyễn Thị Hồng Thúy").data();
        assertThat(thuy.gender()).isEqualTo(Gender.NU);
        assertThat(thuy.birthDate()).isEqualTo(LocalDate.of(1988, 9, 2));
        assertThat(thuy.homeTown()).isEqualTo("Thường Tín, Hà Nội");
        assertThat(thuy.notes()).isEqualTo("Bà mẹ có con liệt sĩ");
        assertThat(history(member("Nguyễn Thị Hồng Thúy"))).containsExactly("ADMITTED 2015-05-12", "OFFICIAL 2016-05-12");
        Member hung = member("Đặng Văn Hùng");
        assertThat(hung.data().homeTown()).isEqualTo("Đông Anh, Hà Nội");
        assertThat(hung.data().notes()).isEqualTo("Chuyển đến từ Đảng bộ huyện");
        assertThat(hung.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(history(hung)).containsExactly("ADMITTED 2000-02-03", "OFFICIAL 2001-02-03");
        assertThat(workList(hung)).containsExactly("officialDate:import.followUp.officialInferred");
    }

    @Test
    void tcvn3WhoseFontWasChangedIsDecodedByContentHeadersIncluded() {
        assertLegacy(commit("tcvn3-times.xlsx"));
    }

    @Test
    void vniIsDecoded() {
        assertLegacy(commit("vni-times.xlsx"));
    }

    @Test
    void vnTimeHCapitalsComeOutAsCapitals() {
        ImportResult r = commit("tcvn3-vntimeh.xlsx");
        assertThat(columns(r)).containsExactly(Map.entry("A", SEQUENCE), Map.entry("B", FULL_NAME), Map.entry("C", GENDER),
                Map.entry("D", BIRTH_DATE), Map.entry("E", HOME_TOWN), Map.entry("F", JOINED_DATE), Map.entry("G", NOTES));
        Member hang = member("Vũ Thị Hằng");
        assertThat(hang.data().gender()).isEqualTo(Gender.NU);
        assertThat(hang.data().birthYear()).isEqualTo(1970);
        assertThat(hang.data().homeTown()).isEqualTo("ỨNG HÒA, HÀ NỘI");
        assertThat(hang.data().notes()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA");
        assertThat(history(hang)).containsExactly("ADMITTED 1995-11-20", "OFFICIAL 1996-11-20");
    }

    @Test
    void transferBookIsRecognisedAndNeverTakenForAMemberList() {
        assertThatThrownBy(() -> commit("mau10-so-gioi-thieu.xlsx")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.transferBook"));
        assertThat(services.members().list()).isEmpty();
    }

    @Test
    void dryRunSaysExactlyWhatTheImportWillDoAndWritesNothing() {
        ImportResult dry = imports.importFile(file("csdl-dang-vien.xlsx"), null, MemberImportService.Mode.DRY_RUN, ProgressListener.NONE);
        assertThat(dry.committed()).isFalse();
        assertThat(dry.imported()).isEqualTo(5);
        assertThat(dry.updated()).isZero();
        assertThat(services.members().list()).isEmpty();
        assertThat(services.members().workList()).isEmpty();
        ImportResult real = commit("csdl-dang-vien.xlsx");
        assertThat(real.rows()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(dry.rows());
        ImportResult again = imports.importFile(file("csdl-dang-vien.xlsx"), null, MemberImportService.Mode.DRY_RUN, ProgressListener.NONE);
        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isEqualTo(5);
        assertThat(again.rows()).extracting(ImportResult.Row::state).containsOnly(RowState.UPDATE);
    }

    @Test
    void twoColumnsNeverSilentlyFeedOneField() {
        SheetLayout layout = imports.layout(file("csdl-dang-vien.xlsx"), null);
        Map<Integer, ColumnField> mapping = new LinkedHashMap<>(layout.suggestedMapping());
        mapping.put(7, SUB_BRANCH); // "Chi bộ nơi cư trú" chosen as the sub-branch as well as column G
        assertThatThrownBy(() -> imports.preview(file("csdl-dang-vien.xlsx"), layout, mapping, ProgressListener.NONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.columnsClash"));
        mapping.remove(6); // the clerk sets G to "not used": H now feeds the sub-branch, knowingly
        assertThat(imports.preview(file("csdl-dang-vien.xlsx"), layout, mapping, ProgressListener.NONE).rows()).hasSize(5);
    }

    @Test
    void theWorkListIsKeptUntilTheClerkMarksALineDone() {
        commit("mau7-mot-dong.xlsx");
        List<FollowUp> list = services.members().workList();
        assertThat(list).hasSize(4).allSatisfy(f -> {
            assertThat(f.problem().messageKey()).isEqualTo("member.problem.birth.required");
            assertThat(f.sourceParts()).first().isEqualTo("mau7-mot-dong.xlsx");
        });
        services.members().resolveFollowUp(list.get(0).id());
        assertThat(services.members().workList()).hasSize(3);
        // a later list that gives a birth date takes that line off by itself
        Member binh = member("Trần Thị Bình");
        services.members().update(binh.id(), withBirthYear(binh.data(), 1990));
        assertThat(services.members().workList()).hasSize(2).noneMatch(f -> f.memberId() == binh.id());
    }

    private static MemberDraft withBirthYear(MemberDraft d, int year) {
        return new MemberDraft(d.fullName(), d.otherNames(), d.gender(), null, year, d.birthPlace(), d.homeTown(), d.residence(),
                d.ethnicity(), d.religion(), d.personalId(), d.partyCardNumber(), d.recordNumber(), d.generalEducation(),
                d.professionalLevel(), d.politicalTheory(), d.occupation(), d.jobPosition(), d.partyPosts(), d.youthUnionDate(),
                d.admissionDecisionDate(), d.joinedDate(), d.officialDate(), d.subBranch(), d.phone(), d.notes(),
                d.residenceBranch(), d.badgeNumber(), d.permanentAddress(), d.foreignLanguage(), d.occupationBefore(),
                d.serviceBackground());
    }
}
