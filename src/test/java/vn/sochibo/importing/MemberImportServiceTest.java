package vn.sochibo.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.io.excel.ImportFiles;
import vn.sochibo.importing.doc.SheetLayout;
import vn.sochibo.importing.doc.SheetProblem;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.common.ProgressListener;

/** Imports on a real in-memory H2 register. */
class MemberImportServiceTest {

    private final Services services = Services.inMemory(TestClocks.FIXED);
    private final MemberImportService imports = services.imports();
    private final Path office = ImportFiles.path("danh-sach-chi-bo.xlsx");

    @AfterEach
    void close() {
        services.close();
    }

    private int count() {
        return services.members().list().size();
    }

    @Test
    void importsTheGoodRowsAndReportsTheRestWithRowAndColumn() {
        ImportResult result = imports.importFile(office, null, MemberImportService.Mode.COMMIT, ProgressListener.NONE);
        assertThat(result.committed()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(8);
        assertThat(result.imported()).isEqualTo(5);
        assertThat(result.updated()).isZero();
        assertThat(result.rejected()).extracting(SheetProblem::row).containsOnly(14, 15, 16);
        assertThat(result.rejected()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(16);
            assertThat(p.column()).isEqualTo("B");
            assertThat(p.problem().messageKey()).isEqualTo("import.problem.duplicate");
            assertThat(p.problem().args()).containsExactly(9);
        });
        assertThat(result.warnings()).anySatisfy(p -> assertThat(p.problem().messageKey()).isEqualTo("import.warning.leadingZeros"));
        assertThat(count()).isEqualTo(5);
        MemberSummary thuy = services.members().list().stream().filter(m -> m.fullName().equals("Nguyễn Thị Hồng Thúy")).findFirst().orElseThrow();
        assertThat(thuy.birthDate()).isEqualTo(LocalDate.of(1988, 9, 2));
        assertThat(thuy.officialDate()).isEqualTo(LocalDate.of(2013, 5, 19));
        assertThat(thuy.status()).isEqualTo(vn.sochibo.member.MemberStatus.OFFICIAL);
    }

    @Test
    void importingTheSameFileAgainUpdatesInsteadOfAdding() {
        imports.importFile(office, null, MemberImportService.Mode.COMMIT, ProgressListener.NONE);
        ImportResult again = imports.importFile(office, null, MemberImportService.Mode.COMMIT, ProgressListener.NONE);
        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isEqualTo(5);
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void aStoredMemberIsMatchedByNameAndBirthDateAndKeepsWhatTheFileLeavesBlank() {
        long id = services.members().create(new MemberDraft("Nguyễn Thị Hồng Thúy", null, Gender.NU, LocalDate.of(1988, 9, 2), null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                LocalDate.of(2012, 5, 19), null, null, "0912345678", null));
        ImportPreview preview = imports.preview(office, imports.layout(office, null),
                imports.mappingFor(imports.layout(office, null)), ProgressListener.NONE);
        assertThat(preview.rows()).filteredOn(r -> r.rowNumber() == 10).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(RowState.UPDATE);
            assertThat(r.memberId()).isEqualTo(id);
        });
        assertThat(preview.count(RowState.NEW)).isEqualTo(4);
        assertThat(preview.count(RowState.DUPLICATE)).isEqualTo(1);
        assertThat(preview.count(RowState.ERROR)).isEqualTo(2);
        assertThat(count()).as("a preview writes nothing").isEqualTo(1);

        ImportResult result = imports.commit(preview, ProgressListener.NONE);
        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.updated()).isEqualTo(1);
        MemberDraft updated = services.members().details(id).member().data();
        assertThat(updated.partyCardNumber()).isEqualTo("038188001234");
        assertThat(updated.phone()).as("kept: the file has no phone column").isEqualTo("0912345678");
    }

    @Test
    void strictImportsNothingWhenARowIsRejected() {
        ImportResult result = imports.importFile(office, null, MemberImportService.Mode.STRICT, ProgressListener.NONE);
        assertThat(result.committed()).isFalse();
        assertThat(result.imported()).isZero();
        assertThat(result.rejectedRows()).isEqualTo(3);
        assertThat(count()).isZero();
    }

    @Test
    void aDryRunWritesNothing() {
        ImportResult result = imports.importFile(office, null, MemberImportService.Mode.DRY_RUN, ProgressListener.NONE);
        assertThat(result.committed()).isFalse();
        assertThat(result.rowsRead()).isEqualTo(8);
        assertThat(count()).isZero();
    }

    @Test
    void cancellingTheCommitHalfWayLeavesTheRegisterUnchanged() {
        SheetLayout layout = imports.layout(office, null);
        ImportPreview preview = imports.preview(office, layout, imports.mappingFor(layout), ProgressListener.NONE);
        ProgressListener cancelAfterThree = new ProgressListener() {
            long done;

            @Override
            public void worked(long d, long total) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 3;
            }
        };
        assertThatThrownBy(() -> imports.commit(preview, cancelAfterThree)).isInstanceOf(CancellationException.class);
        assertThat(count()).isZero();
    }

    @Test
    void aFileThatIsNotAWorkbookChangesNothing() {
        services.members().create(MemberDraft.minimal("Lê Văn Tám", Gender.NAM, 1970, LocalDate.of(1995, 1, 1)));
        for (String bad : new String[] {"bad-renamed-pdf.xlsx", "bad-truncated.xlsx", "bad-danh-sach.csv"}) {
            assertThatThrownBy(() -> imports.importFile(ImportFiles.path(bad), null, MemberImportService.Mode.COMMIT, ProgressListener.NONE))
                    .isInstanceOf(UserFacingException.class);
        }
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void theClerksMappingIsRememberedForFilesOfTheSameShape() {
        SheetLayout layout = imports.layout(office, null);
        Map<Integer, ColumnField> mapping = new LinkedHashMap<>(layout.suggestedMapping());
        mapping.put(12, ColumnField.PARTY_POSTS);
        mapping.remove(5);
        imports.rememberMapping(layout, mapping);
        SheetLayout sameShape = imports.layout(ImportFiles.path("danh-sach-chi-bo.xls"), null);
        assertThat(imports.mappingFor(sameShape)).isEqualTo(mapping);
        SheetLayout otherShape = imports.layout(ImportFiles.path("tcvn3-vntime.xls"), null);
        assertThat(imports.mappingFor(otherShape)).isEqualTo(otherShape.suggestedMapping());
    }

    @Test
    void withoutANameColumnNothingIsRead() {
        SheetLayout layout = imports.layout(office, null);
        Map<Integer, ColumnField> mapping = new LinkedHashMap<>(layout.suggestedMapping());
        mapping.remove(1);
        assertThatThrownBy(() -> imports.preview(office, layout, mapping, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class).hasMessage("import.error.noNameColumn");
    }
}
