package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.common.Messages;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberRow;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.MemberSummary;

/** Key flows of the register, driven through the real window on the sample branch (in-memory H2). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MemberFlowTest {

    private TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.launch(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<MemberRow> table(FxRobot robot) {
        return robot.lookup("#memberTable").queryAs(TableView.class);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private MemberSummary stored(String fullName) {
        return app.services().members().list().stream().filter(m -> m.fullName().equals(fullName)).findFirst().orElse(null);
    }

    private void select(FxRobot robot, String fullName) throws TimeoutException {
        TableView<MemberRow> table = table(robot);
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.member().fullName().equals(fullName)));
        robot.interact(() -> {
            MemberRow row = table.getItems().stream().filter(r -> r.member().fullName().equals(fullName)).findFirst().orElseThrow();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        waitFor(() -> robot.lookup("#detailsNameLabel").queryAs(Label.class).getText().equals(fullName));
    }

    @Test
    void listShowsTheRegisterInVietnameseOrderWithCounts(FxRobot robot) throws TimeoutException {
        TableView<MemberRow> table = table(robot);
        waitFor(() -> table.getItems().size() == 33);
        assertThat(table.getItems().get(0).member().fullName()).endsWith(" Anh");
        assertThat(robot.lookup("#statusCountsLabel").queryAs(Label.class).getText()).isEqualTo("33 đảng viên, 03 dự bị");
    }

    @Test
    void searchFindsNamesWithoutDiacritics(FxRobot robot) throws TimeoutException {
        TableView<MemberRow> table = table(robot);
        waitFor(() -> table.getItems().size() == 33);
        robot.clickOn("#searchField").write("nguyen thi thuy");
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).member().fullName()).isEqualTo("Nguyễn Thị Hồng Thúy");
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).clear());
        waitFor(() -> table.getItems().size() == 33);
    }

    @Test
    void addAMemberThroughTheForm(FxRobot robot) throws TimeoutException {
        waitFor(() -> table(robot).getItems().size() == 33);
        robot.clickOn("#addMemberButton");
        waitFor(() -> robot.lookup("#fullNameField").tryQuery().isPresent());
        robot.clickOn("#saveMemberButton"); // empty form: errors shown, nothing saved
        waitFor(() -> !robot.lookup("#errorsLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#errorsLabel").queryAs(Label.class).getText()).contains("Họ và tên");

        robot.clickOn("#fullNameField").write("  trần   thị  mai  ");
        robot.interact(() -> robot.lookup("#genderBox").queryAs(ComboBox.class).getSelectionModel().select(Gender.NU));
        robot.clickOn("#birthDateField").write("31/02/1990");
        waitFor(() -> robot.lookup("#errorsLabel").queryAs(Label.class).getText().contains("31/02/1990"));
        robot.doubleClickOn("#birthDateField").eraseText(10).write("05/03/1990");
        robot.clickOn("#joinedDateField").write("19/05/2026");
        robot.clickOn("#personalIdField").write("381900012"); // 9 digits (an old identity card): a warning only
        waitFor(() -> robot.lookup("#errorsLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#warningsLabel").queryAs(Label.class).getText()).contains("12");
        robot.clickOn("#saveMemberButton");

        waitFor(() -> stored("Trần Thị Mai") != null);
        MemberSummary saved = stored("Trần Thị Mai");
        assertThat(saved.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(saved.birthDate()).isEqualTo(LocalDate.of(1990, 3, 5));
        assertThat(saved.personalId()).isEqualTo("381900012");
        waitFor(() -> table(robot).getItems().size() == 34);
        waitFor(() -> "Trần Thị Mai".equals(robot.lookup("#detailsNameLabel").queryAs(Label.class).getText()));
    }

    @Test
    void theFormRefusesAPersonalIdAnotherMemberHoldsAsTheImportDoes(FxRobot robot) throws TimeoutException {
        MemberSummary holder = app.services().members().list().stream().filter(m -> m.personalId() != null)
                .findFirst().orElseThrow();
        waitFor(() -> table(robot).getItems().size() == 33);
        robot.clickOn("#addMemberButton");
        waitFor(() -> robot.lookup("#fullNameField").tryQuery().isPresent());
        robot.clickOn("#fullNameField").write("Đỗ Văn Trùng");
        robot.interact(() -> robot.lookup("#genderBox").queryAs(ComboBox.class).getSelectionModel().select(Gender.NAM));
        robot.clickOn("#birthDateField").write("05/03/1990");
        robot.clickOn("#joinedDateField").write("19/05/2026");
        robot.clickOn("#personalIdField").write(holder.personalId());
        robot.clickOn("#saveMemberButton");
        waitFor(() -> robot.lookup("#errorsLabel").queryAs(Label.class).getText().contains(holder.fullName()));
        assertThat(robot.lookup("#errorsLabel").queryAs(Label.class).getText()).contains(holder.personalId());
        assertThat(stored("Đỗ Văn Trùng")).isNull();
        // the form holds unsaved input: "Hủy" asks before throwing it away, "Không" the default
        javafx.application.Platform.runLater(() -> robot.lookup("#cancelDialogButton").queryButton().fire());
        waitFor(() -> robot.lookup("#confirmDestructiveButton").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#confirmDestructiveButton").match(javafx.scene.Node::isVisible).queryButton().fire());
        waitFor(() -> robot.lookup("#fullNameField").tryQuery().isEmpty());
    }

    @Test
    void editAMember(FxRobot robot) throws TimeoutException {
        select(robot, "Phạm Thị Ánh");
        robot.clickOn("#editMemberButton");
        waitFor(() -> "Phạm Thị Ánh".equals(robot.lookup("#fullNameField").queryAs(TextField.class).getText()));
        robot.interact(() -> robot.lookup("#phoneField").queryAs(TextField.class).setText("0987 654 321"));
        robot.clickOn("#saveMemberButton");
        waitFor(() -> "0987 654 321".equals(app.services().members().details(stored("Phạm Thị Ánh").id()).member().data().phone()));
        assertThat(app.services().members().list()).hasSize(36);
    }

    @Test
    void recognisingAProbationaryMemberMakesThemOfficial(FxRobot robot) throws TimeoutException {
        MemberSummary probationary = app.services().members().list().stream()
                .filter(m -> m.status() == MemberStatus.PROBATIONARY && m.joinedDate().plusYears(1).isBefore(LocalDate.of(2026, 11, 22)))
                .findFirst().orElseThrow();
        select(robot, probationary.fullName());
        robot.clickOn("#recordEventButton");
        waitFor(() -> robot.lookup("#typeBox").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<MemberEventType> type = robot.lookup("#typeBox").queryAs(ComboBox.class);
        assertThat(type.getItems()).contains(MemberEventType.OFFICIAL).doesNotContain(MemberEventType.READMITTED);
        robot.interact(() -> type.getSelectionModel().select(MemberEventType.OFFICIAL));
        // the official date is proposed: 12 months after the ceremony
        String expected = vn.sochibo.common.Formats.date(probationary.joinedDate().plusYears(1));
        waitFor(() -> expected.equals(robot.lookup("#dateField").queryAs(TextField.class).getText()));
        robot.clickOn("#documentRefField").write("Quyết định số 45-QĐ/ĐU");
        robot.clickOn("#recordEventSaveButton");
        waitFor(() -> stored(probationary.fullName()).status() == MemberStatus.OFFICIAL);
        assertThat(stored(probationary.fullName()).officialDate()).isEqualTo(probationary.joinedDate().plusYears(1));
        waitFor(() -> robot.lookup("#statusCountsLabel").queryAs(Label.class).getText().equals("33 đảng viên, 02 dự bị"));
    }

    @Test
    void statisticsShowTheCountsAndTheHeadline(FxRobot robot) throws TimeoutException {
        robot.clickOn("#navStatistics");
        waitFor(() -> robot.lookup("#headlineLabel").queryAs(Label.class).getText().startsWith("Đảng bộ có"));
        assertThat(robot.lookup("#headlineLabel").queryAs(Label.class).getText())
                .startsWith("Đảng bộ có 33 đảng viên (03 dự bị), 03 chi bộ trực thuộc;");
        javafx.scene.chart.PieChart gender = robot.lookup("#genderChart").queryAs(javafx.scene.chart.PieChart.class);
        assertThat(gender.getData().stream().mapToDouble(javafx.scene.chart.PieChart.Data::getPieValue).sum()).isEqualTo(33.0);
        assertThat(robot.lookup("#summaryTable").queryAs(TableView.class).getItems()).isNotEmpty();
    }

    @Test
    void comingScreensSayWhatIsComing(FxRobot robot) throws TimeoutException {
        robot.clickOn("#navMeetings");
        waitFor(() -> robot.lookup("#meetingTable").tryQuery().isPresent());
        robot.clickOn("#navElections");
        waitFor(() -> robot.lookup("#congressBox").tryQuery().isPresent());
        Node members = robot.lookup("#navMembers").query();
        robot.clickOn(members);
        waitFor(() -> robot.lookup("#memberTable").tryQuery().isPresent());
    }

    @Test
    void largerTextAppliesEverywhereAndEnglishCanBeChosen(FxRobot robot) throws TimeoutException {
        robot.clickOn("#navSettings");
        waitFor(() -> robot.lookup("#textSizeBox").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#textSizeBox").queryAs(ComboBox.class).getSelectionModel().select(vn.sochibo.ui.TextSize.LARGER);
            robot.lookup("#languageBox").queryAs(ComboBox.class).getSelectionModel().select(vn.sochibo.settings.SettingsViewModel.Language.EN);
        });
        robot.clickOn("#applyDisplayButton");
        waitFor(() -> "Members".equals(robot.lookup("#navMembers").queryAs(javafx.scene.control.ToggleButton.class).getText()));
        Node root = robot.lookup("#navMembers").query().getScene().getRoot();
        assertThat(root.getStyle()).contains("20px");
        assertThat(root.getStyleClass()).contains("text-larger");
        assertThat(app.services().preferences().get("language", "vi")).isEqualTo("en");
        // the window still fits: nothing grows past the scene
        assertThat(((javafx.scene.layout.Region) root).minHeight(-1)).isLessThanOrEqualTo(800);
    }

    @Test
    void aboutBoxShowsTheDataFolderButton(FxRobot robot) throws TimeoutException {
        robot.clickOn("#navSettings");
        waitFor(() -> robot.lookup("#aboutLabel").tryQuery().isPresent());
        assertThat(robot.lookup("#aboutLabel").queryAs(Label.class).getText()).contains("0.1.0");
        // the button may lie below the fold of the settings page once the backup list has loaded: press it as the
        // keyboard would, wherever the page is scrolled
        Button open = robot.lookup("#openDataFolderButton").queryAs(Button.class);
        robot.interact(open::fire);
        waitFor(() -> app.openedFolders().size() == 1);
        assertThat(robot.lookup("#openDataFolderButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void settingsShowTheStoredKindOfOrganisationSelectedAndSaveAChange(FxRobot robot) throws TimeoutException {
        var stored = app.services().branch().profile().orElseThrow();
        app.services().branch().save(new vn.sochibo.branch.BranchProfile(stored.branchName(), stored.upperBody(),
                stored.placeName(), stored.term(), vn.sochibo.branch.BranchKind.CHI_BO));
        robot.clickOn("#navSettings");
        javafx.scene.control.RadioButton chiBo = robot.lookup("#kindChiBoRadio").queryAs(javafx.scene.control.RadioButton.class);
        javafx.scene.control.RadioButton dangBo = robot.lookup("#kindDangBoRadio").queryAs(javafx.scene.control.RadioButton.class);
        waitFor(() -> !robot.lookup("#branchNameField").queryAs(TextField.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chiBo.isSelected()).as("the stored 'Chi bộ' is shown selected").isTrue();
        assertThat(dangBo.isSelected()).isFalse();
        robot.clickOn(dangBo);
        robot.clickOn("#saveProfileButton");
        waitFor(() -> app.services().branch().profile().orElseThrow().kind() == vn.sochibo.branch.BranchKind.DANG_BO_CO_SO);
    }

    @Test
    void statisticsTablesExportToExcel(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("thong-ke.xlsx");
        app.files().answerAlways(out);
        robot.clickOn("#navStatistics");
        waitFor(() -> robot.lookup("#headlineLabel").queryAs(Label.class).getText().startsWith("Đảng bộ có"));
        robot.clickOn("#exportStatisticsButton");
        waitFor(() -> robot.lookup("#exportMessageLabel").queryAs(Label.class).getText().contains("thong-ke.xlsx"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(out))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("THỐNG KÊ ĐẢNG VIÊN");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).startsWith("Đảng bộ có 33 đảng viên (03 dự bị)");
            int women = -1;
            for (var row : sheet) {
                if (row.getRowNum() > 7 && "Nữ".equals(row.getCell(1).getStringCellValue())) {
                    women = (int) row.getCell(2).getNumericCellValue();
                }
            }
            assertThat(women).isEqualTo(app.services().statistics().compute().byGender().get(Gender.NU));
            // one definition of the branch's members: every share is out of the 33 of the sentence (not the 36 in the
            // register, which counts those who left), each group adds up to 33, those who left have no share
            Messages vi = Messages.forLanguage("vi");
            java.util.Map<String, Integer> totals = new java.util.LinkedHashMap<>();
            int left = 0;
            for (var row : sheet) {
                if (row.getRowNum() <= 7 || row.getCell(2) == null || row.getCell(2).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue;
                }
                String group = row.getCell(0).getStringCellValue();
                int count = (int) row.getCell(2).getNumericCellValue();
                String percent = row.getCell(3).getStringCellValue();
                if (group.equals(vi.get("stats.chart.left"))) {
                    left += count;
                    assertThat(percent).isEmpty();
                } else {
                    totals.merge(group, count, Integer::sum);
                    assertThat(percent).isEqualTo(new java.math.BigDecimal(count * 100L).divide(java.math.BigDecimal.valueOf(33), 2,
                            java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%");
                }
            }
            assertThat(totals).hasSize(7).allSatisfy((group, total) -> assertThat(total).as(group).isEqualTo(33));
            assertThat(left).isEqualTo(3);
        }
    }
}
