package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.dues.Dong;
import vn.sochibo.dues.MonthBook;
import vn.sochibo.dues.MonthLine;
import vn.sochibo.dues.Standing;
import vn.sochibo.dues.view.DuesViewModel;
import vn.sochibo.ui.FileKind;

/** The dues book on the sample branch: record November from the keyboard, save, export the list to send up. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DuesFlowTest {

    @TempDir
    Path dir;
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.launch(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private MonthLine line(MonthBook book, String name) {
        return book.lines().stream().filter(l -> l.fullName().equals(name)).findFirst().orElseThrow();
    }

    private void select(FxRobot robot, TableView<DuesViewModel.Row> table, String name) {
        robot.interact(() -> {
            DuesViewModel.Row row = table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        robot.clickOn("#amountField");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDuesReminderOpensTheMonthItIsAboutWithTheMemberSelected(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup(".reminder").queryAll().stream()
                .anyMatch(n -> ((Hyperlink) n).getText().contains("Bùi Minh Đạt") && ((Hyperlink) n).getText().contains("xóa tên")));
        Hyperlink dat = robot.lookup(".reminder").queryAll().stream().map(Hyperlink.class::cast)
                .filter(h -> h.getText().contains("Bùi Minh Đạt") && h.getText().contains("xóa tên")).findFirst().orElseThrow();
        robot.interact(dat::fire);
        waitFor(() -> robot.lookup("#duesTable").tryQuery().isPresent());
        TableView<DuesViewModel.Row> table = robot.lookup("#duesTable").queryAs(TableView.class);
        waitFor(() -> "03/2026".equals(robot.lookup("#monthField").queryAs(TextField.class).getText())
                && !table.getItems().isEmpty() && table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("Bùi Minh Đạt");
        assertThat(table.getSelectionModel().getSelectedItem().paid()).as("March: nothing paid").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordNovemberFromTheKeyboardAndExportTheList(FxRobot robot) throws Exception {
        Path list = dir.resolve("dang-phi-thang-11-2026.xlsx");
        app.files().answerNext(list);
        robot.clickOn("#navDues");
        TableView<DuesViewModel.Row> table = robot.lookup("#duesTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 32);
        assertThat(robot.lookup("#monthField").queryAs(TextField.class).getText()).isEqualTo("11/2026");
        assertThat(robot.lookup("#totalsLabel").queryAs(Label.class).getText()).startsWith("Đã thu 11/32 đồng chí");
        assertThat(robot.lookup("#flagsLabel").queryAs(Label.class).getText()).contains("Bùi Minh Đạt").contains("xóa tên");
        Snapshots.save(robot, stage, "dues-1-month");

        // everyone else paid as due; then the exceptions from the keyboard
        robot.clickOn("#allPaidButton");
        waitFor(() -> robot.lookup("#pendingLabel").queryAs(Label.class).getText().startsWith("21 dòng"));
        select(robot, table, "Trương Văn Khải");
        robot.interact(() -> robot.lookup("#amountField").queryAs(TextField.class).clear());
        robot.clickOn("#reasonField").write("Đi công tác nước ngoài cả tháng");
        robot.type(KeyCode.ENTER);
        select(robot, table, "Hà Văn Khiêm");
        robot.interact(() -> robot.lookup("#amountField").queryAs(TextField.class).clear());
        robot.write("30.000").type(KeyCode.ENTER);
        // a typo is refused on the spot
        select(robot, table, "Ngô Thị Huyền");
        robot.interact(() -> robot.lookup("#amountField").queryAs(TextField.class).clear());
        robot.write("5o.000").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#problemLabel").queryAs(Label.class).getText().contains("5o.000"));
        robot.interact(() -> robot.lookup("#amountField").queryAs(TextField.class).setText("57.564"));
        robot.type(KeyCode.ENTER);
        Snapshots.save(robot, stage, "dues-2-entered");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#pendingLabel").queryAs(Label.class).getText().isEmpty()
                && robot.lookup("#totalsLabel").queryAs(Label.class).getText().startsWith("Đã thu 31/32"));

        MonthBook november = app.services().duesBook().month(YearMonth.of(2026, 11), null);
        assertThat(line(november, "Trương Văn Khải").standing()).isEqualTo(Standing.EXCUSED);
        assertThat(line(november, "Trương Văn Khải").entry().reason()).isEqualTo("Đi công tác nước ngoài cả tháng");
        assertThat(line(november, "Hà Văn Khiêm").standing()).isEqualTo(Standing.PART_PAID);
        assertThat(line(november, "Ngô Thị Huyền").paid()).isEqualTo(57_564);
        assertThat(line(november, "Phạm Quang Vinh").entry().paidOn()).isEqualTo(vn.sochibo.TestClocks.TODAY);
        Snapshots.save(robot, stage, "dues-3-saved");

        String collected = Dong.format(november.totals().collected());
        assertThat(robot.lookup("#totalsLabel").queryAs(Label.class).getText()).contains("đã thu " + collected + " đ");

        robot.clickOn("#exportListButton");
        waitFor(() -> Files.exists(list) && robot.lookup("#messageLabel").queryAs(Label.class).getText().contains(list.getFileName().toString()));
        assertThat(app.files().asked()).extracting(q -> q.kind(), q -> q.suggestedName())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FileKind.WORKBOOK, "dang-phi-thang-11-2026.xlsx"));
        try (InputStream in = Files.newInputStream(list); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH THU, NỘP ĐẢNG PHÍ THÁNG 11/2026");
            List<String> texts = new ArrayList<>();
            Row total = null;
            for (Row row : sheet) {
                row.forEach(cell -> texts.add(cell.toString()));
                if (row.getCell(0) != null && "Cộng".equals(row.getCell(0).toString())) {
                    total = row;
                }
            }
            assertThat(texts).contains("Trương Văn Khải", "Hà Văn Khiêm", "Ngô Thị Huyền",
                    "Số đảng viên phải nộp: " + november.totals().owing() + " đồng chí; số đã nộp: 31 đồng chí.");
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Tổng số đảng phí thu được: " + collected + " đồng (bằng chữ: "));
            assertThat(total).as("the total line").isNotNull();
            assertThat((long) total.getCell(6).getNumericCellValue()).isEqualTo(november.totals().collected());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMemberRecordOpensTheDuesBasis(FxRobot robot) throws Exception {
        TableView<vn.sochibo.member.MemberRow> members = robot.lookup("#memberTable").queryAs(TableView.class);
        waitFor(() -> !members.getItems().isEmpty());
        robot.interact(() -> members.getSelectionModel().select(members.getItems().stream()
                .filter(r -> r.member().fullName().equals("Phạm Quang Vinh")).findFirst().orElseThrow()));
        waitFor(() -> !robot.lookup("#memberDuesButton").queryButton().isDisabled());
        robot.clickOn("#memberDuesButton");
        waitFor(() -> robot.lookup("#basisTable").tryQuery().isPresent()
                && !robot.lookup("#basisTable").queryAs(TableView.class).getItems().isEmpty());
        TableView<vn.sochibo.dues.DuesBasis> bases = robot.lookup("#basisTable").queryAs(TableView.class);
        assertThat(bases.getItems()).extracting(vn.sochibo.dues.DuesBasis::base).contains(13_291_200L);
        Snapshots.save(robot, stage, "dues-4-basis");
        robot.clickOn("#closeDuesBasisButton");
    }
}
