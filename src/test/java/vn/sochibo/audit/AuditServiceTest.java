package vn.sochibo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.ui.UiExecutor;

/** The log page's queries, the view model and the .xlsx export on the sample branch plus one edit (real H2). */
class AuditServiceTest {

    private Services services;
    private AuditService audit;

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
        services.samples().load(true);
        MemberSummary thuy = services.members().list().stream().filter(m -> m.fullName().equals("Nguyễn Thị Hồng Thúy"))
                .findFirst().orElseThrow();
        MemberDraft d = services.members().details(thuy.id()).member().data();
        services.members().update(thuy.id(), new MemberDraft(d.fullName(), d.otherNames(), d.gender(), d.birthDate(), d.birthYear(),
                d.birthPlace(), d.homeTown(), d.residence(), d.ethnicity(), d.religion(), d.personalId(), d.partyCardNumber(),
                d.recordNumber(), d.generalEducation(), d.professionalLevel(), d.politicalTheory(), d.occupation(), d.jobPosition(),
                d.partyPosts(), d.youthUnionDate(), d.admissionDecisionDate(), d.joinedDate(), d.officialDate(), d.subBranch(),
                "0987654321", d.notes()));
        audit = services.audit();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<AuditEntry> all(AuditFilter filter) {
        return audit.page(filter, null, 100_000).entries();
    }

    @Test
    void filtersByKindActionAndTextWithoutDiacritics() {
        int total = audit.count(AuditFilter.ALL);
        List<AuditEntry> members = all(new AuditFilter(null, null, AuditKind.MEMBERS, null, null));
        List<AuditEntry> meetings = all(new AuditFilter(null, null, AuditKind.MEETINGS, null, null));
        assertThat(members).isNotEmpty().allSatisfy(e -> assertThat(AuditKind.MEMBERS.tables()).contains(e.table()));
        assertThat(meetings).isNotEmpty().allSatisfy(e -> assertThat(e.table()).startsWith("meeting"));
        assertThat(members.size() + meetings.size()).isLessThan(total);

        List<AuditEntry> updates = all(new AuditFilter(null, null, AuditKind.MEMBERS, AuditAction.UPDATE, null));
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).summary()).isEqualTo("Nguyễn Thị Hồng Thúy");

        List<AuditEntry> plain = all(new AuditFilter(null, null, null, null, "nguyen thi hong thuy"));
        List<AuditEntry> accented = all(new AuditFilter(null, null, null, null, "  HỒNG   THÚY "));
        assertThat(plain).isNotEmpty().isEqualTo(accented)
                .allSatisfy(e -> assertThat(e.summary()).contains("Nguyễn Thị Hồng Thúy"));
        assertThat(plain).extracting(AuditEntry::table).contains("member", "member_event", "meeting_attendance");
        assertThat(all(new AuditFilter(null, null, null, null, "không có ai tên này"))).isEmpty();
        assertThat(all(new AuditFilter(null, null, null, null, "100%_"))).isEmpty();
    }

    @Test
    void filtersByDays() {
        LocalDate today = LocalDate.now();
        int total = audit.count(AuditFilter.ALL);
        assertThat(audit.count(new AuditFilter(today.minusDays(1), today.plusDays(1), null, null, null))).isEqualTo(total);
        assertThat(audit.count(new AuditFilter(today, today, null, null, null))).isEqualTo(total);
        assertThat(audit.count(new AuditFilter(today.plusDays(1), null, null, null, null))).isZero();
        assertThat(audit.count(new AuditFilter(null, today.minusDays(1), null, null, null))).isZero();
        assertThat(new AuditFilter(today, today.minusDays(1), null, null, null).backwards()).isTrue();
    }

    @Test
    void pagesFollowOneAnotherNewestFirstWithoutGapsOrRepeats() {
        int total = audit.count(AuditFilter.ALL);
        assertThat(total).isGreaterThan(200);
        Set<Long> seen = new HashSet<>();
        Long before = null;
        long previous = Long.MAX_VALUE;
        boolean more = true;
        int pages = 0;
        while (more) {
            AuditService.Page page = audit.page(AuditFilter.ALL, before, 50);
            for (AuditEntry e : page.entries()) {
                assertThat(e.id()).isLessThan(previous);
                previous = e.id();
                assertThat(seen.add(e.id())).isTrue();
            }
            more = page.more();
            before = page.entries().get(page.entries().size() - 1).id();
            pages++;
            assertThat(page.entries()).hasSize(more ? 50 : total - 50 * (pages - 1));
        }
        assertThat(seen).hasSize(total);
        assertThat(audit.page(AuditFilter.ALL, null, 1).subBranches()).containsValue("Chi bộ Văn phòng");
    }

    @Test
    void theExportCanBeReadBackWithTheFilteredRowsNewestFirst() throws Exception {
        AuditFilter members = new AuditFilter(null, null, AuditKind.MEMBERS, null, null);
        Path file = dir.resolve("nhat-ky.xlsx");
        int written = audit.export(file, members);
        assertThat(written).isEqualTo(audit.count(members));
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nhật ký thay đổi");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("NHẬT KÝ THAY ĐỔI DỮ LIỆU");
            Row header = sheet.getRow(2);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Thời gian");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Nội dung thay đổi");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + written);
            Row newest = sheet.getRow(3);
            assertThat(newest.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(newest.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(newest.getCell(1))).isTrue();
            assertThat(newest.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now());
            assertThat(newest.getCell(2).getStringCellValue()).isEqualTo("Sửa thông tin đảng viên");
            assertThat(newest.getCell(3).getStringCellValue()).isEqualTo("Sửa");
            assertThat(newest.getCell(4).getStringCellValue()).isEqualTo("Đảng viên: Nguyễn Thị Hồng Thúy");
            assertThat(newest.getCell(5).getStringCellValue()).contains("Điện thoại: ").contains(" → 0987654321");
            List<String> objects = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                objects.add(sheet.getRow(r).getCell(4).getStringCellValue());
            }
            assertThat(objects).allSatisfy(o -> assertThat(o).matches("(Đảng viên|Quá trình đảng viên|Chi bộ trực thuộc): .+"));
        }
    }

    /** Runs background work at once, on the calling thread (no toolkit needed). */
    private static final UiExecutor INLINE = new vn.sochibo.ui.DirectUiExecutor();

    @Test
    void theViewModelPagesFiltersAndShowsDetails() {
        AuditViewModel vm = new AuditViewModel(audit, INLINE, Messages.forLanguage("vi"));
        vm.refresh();
        int total = audit.count(AuditFilter.ALL);
        assertThat(vm.rows()).hasSize(AuditViewModel.PAGE);
        assertThat(vm.moreProperty().get()).isTrue();
        assertThat(vm.shownProperty().get()).isEqualTo("Đang hiện 200 trong " + total + " thay đổi, mới nhất ở trên.");
        AuditViewModel.Row newest = vm.rows().get(0);
        assertThat(newest.object()).isEqualTo("Đảng viên: Nguyễn Thị Hồng Thúy");
        assertThat(newest.operation()).isEqualTo("Sửa thông tin đảng viên");
        assertThat(newest.action()).isEqualTo("Sửa");
        assertThat(newest.time()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");

        vm.loadMore();
        assertThat(vm.rows()).hasSize(Math.min(total, 2 * AuditViewModel.PAGE));
        assertThat(vm.rows().stream().map(r -> r.entry().id()).distinct().count()).isEqualTo(vm.rows().size());

        vm.searchTextProperty().set("hong thuy");
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.object()).contains("Nguyễn Thị Hồng Thúy"));
        vm.actionProperty().set(AuditAction.UPDATE);
        vm.kindProperty().set(AuditKind.MEMBERS); // the sample's evaluation rows name her too
        assertThat(vm.rows()).hasSize(1);
        vm.select(vm.rows().get(0));
        assertThat(vm.detailTitleProperty().get()).isEqualTo("Đảng viên: Nguyễn Thị Hồng Thúy");
        assertThat(vm.detailInfoProperty().get()).contains("Sửa thông tin đảng viên");
        assertThat(vm.rows().get(0).fields()).extracting(FieldChange::field).containsExactly("Điện thoại");
        assertThat(vm.rows().get(0).fields().get(0).after()).isEqualTo("0987654321");

        vm.fromProperty().set(LocalDate.now().plusDays(2));
        vm.toProperty().set(LocalDate.now());
        assertThat(vm.problemProperty().get()).contains("Từ ngày");
        assertThat(vm.rows()).isEmpty();
        vm.clearFilters();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.rows()).hasSize(AuditViewModel.PAGE);
    }
}
