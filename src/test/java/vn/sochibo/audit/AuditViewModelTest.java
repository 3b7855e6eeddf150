package vn.sochibo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.ui.DirectUiExecutor;

/** Nhật ký thay đổi without the window: the newest changes a page at a time, the filters, the details, the export. */
class AuditViewModelTest {

    @TempDir
    Path dir;

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final Messages messages = Messages.forLanguage("vi");
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private AuditViewModel model;

    @BeforeEach
    void open() {
        services.samples().load(true);
        model = new AuditViewModel(services.audit(), executor, messages);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theNewestChangesComeFirstAndTheFiltersNarrowThem() {
        long member = services.members().create(MemberDraft.minimal("Nguyễn Văn Lưu", Gender.NAM, 1990, LocalDate.of(2020, 5, 19)));
        model.refresh();
        int all = services.audit().count(model.filter());
        assertThat(model.rows()).hasSize(Math.min(all, AuditViewModel.PAGE));
        assertThat(model.rows().get(0).object()).contains("Nguyễn Văn Lưu");
        assertThat(model.shownProperty().get()).isEqualTo(messages.get("audit.shown", model.rows().size(), all));
        assertThat(model.moreProperty().get()).isEqualTo(all > AuditViewModel.PAGE);

        model.kindProperty().set(AuditKind.MEETINGS);
        assertThat(model.rows()).isNotEmpty()
                .allSatisfy(r -> assertThat(AuditKind.MEETINGS.tables()).contains(r.entry().table()));
        model.kindProperty().set(null);
        model.searchTextProperty().set("nguyen van luu");
        assertThat(model.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.entry().summary()).contains("Nguyễn Văn Lưu"));
        model.actionProperty().set(AuditAction.DELETE);
        assertThat(model.rows()).isEmpty();
        assertThat(model.shownProperty().get()).isEqualTo(messages.get("audit.shown.none"));

        model.clearFilters();
        assertThat(model.shownProperty().get()).isEqualTo(messages.get("audit.shown", model.rows().size(), all));
        assertThat(member).isPositive();
    }

    @Test
    void aBackwardsRangeIsExplainedInsteadOfSearched() {
        model.refresh();
        model.fromProperty().set(LocalDate.of(2026, 12, 1));
        int submitted = executor.submittedCount();
        model.toProperty().set(LocalDate.of(2026, 11, 1));
        assertThat(model.problemProperty().get()).isEqualTo(messages.get("audit.filter.backwards"));
        assertThat(model.rows()).isEmpty();
        assertThat(executor.submittedCount()).as("nothing read").isEqualTo(submitted);
    }

    @Test
    void aChosenLineShowsItsFieldsAndABulkJobItsRows() {
        services.members().create(MemberDraft.minimal("Trần Thị Chọn", Gender.NU, 1991, LocalDate.of(2021, 5, 19)));
        services.database().labelled(vn.sochibo.storage.Operation.of("audit.op.import", "ds.xlsx"), // a bulk job
                () -> services.members().inOneTransaction(writer -> writer.create(vn.sochibo.bench.MemberGenerator.members(1000, 3))));
        model.refresh();
        AuditViewModel.Row single = model.rows().stream().filter(r -> !r.entry().grouped()).findFirst().orElseThrow();
        model.select(single);
        assertThat(model.selectedProperty().get()).isEqualTo(single);
        assertThat(model.detailTitleProperty().get()).isEqualTo(single.object());
        assertThat(model.detailsProperty().get().grouped()).isFalse();
        assertThat(model.detailsProperty().get().fields()).isNotEmpty();

        AuditViewModel.Row bulk = model.rows().stream().filter(r -> r.entry().grouped()).findFirst().orElseThrow();
        model.select(bulk);
        assertThat(model.detailsProperty().get().grouped()).isTrue();
        assertThat(model.detailsProperty().get().fields()).as("the job's rows, read in the background").hasSizeGreaterThan(1);

        model.select(null);
        assertThat(model.detailTitleProperty().get()).isEqualTo(messages.get("audit.details.none"));
    }

    @Test
    void aLongLogIsReadAPageAtATimeAndCounted() {
        for (int i = 0; services.audit().count(model.filter()) <= AuditViewModel.PAGE; i++) {
            String name = "Người " + (char) ('A' + i % 26) + (char) ('a' + i / 26 % 26);
            services.members().create(MemberDraft.minimal(name, Gender.NAM, 1990, LocalDate.of(2020, 5, 19)));
        }
        model.refresh();
        assertThat(model.rows()).hasSize(AuditViewModel.PAGE);
        assertThat(model.moreProperty().get()).isTrue();
        int total = services.audit().count(model.filter());
        assertThat(model.shownProperty().get()).isEqualTo(messages.get("audit.shown", AuditViewModel.PAGE, total));
        model.loadMore();
        assertThat(model.rows()).hasSize(Math.min(total, 2 * AuditViewModel.PAGE));
        assertThat(model.rows()).extracting(r -> r.entry().id()).doesNotHaveDuplicates();
    }

    @Test
    void theFilteredLogIsExportedToAWorkbook() throws Exception {
        model.refresh();
        Path file = dir.resolve(model.exportFileName());
        model.export(file);
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(Files.size(file)).isPositive();
        assertThat(model.exportMessageProperty().get()).endsWith(file.getFileName().toString() + ".");
    }
}
