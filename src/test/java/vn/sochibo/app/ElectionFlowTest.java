package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.election.Attendance;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.service.CongressFixture;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.engine.TallyResult;

/** The congress flow through the real window: set up, enter ballots twice, resolve a disagreement, export. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ElectionFlowTest {

    private TestApp app;
    private Stage stage;

    @TempDir
    Path dir;

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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    private void type(FxRobot robot, String ballot) throws TimeoutException {
        String before = text(robot, "#sequenceLabel");
        robot.clickOn("#entryField");
        if (!ballot.isEmpty()) {
            robot.write(ballot);
        }
        robot.type(KeyCode.ENTER);
        waitFor(() -> !text(robot, "#sequenceLabel").equals(before) || !text(robot, "#errorLabel").isEmpty());
        app.awaitIdle();
    }

    private void snapshot(String name) throws IOException {
        Path target = Path.of(System.getProperty("election.snapshots", dir.toString()), name);
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = stage.getScene().snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        PixelReader pixels = image[0].getPixelReader();
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(target.getParent());
        ImageIO.write(out, "png", target.toFile());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCongressIsSetUpBallotsAreEnteredTwiceTheDisagreementResolvedAndTheCountRecordExported(FxRobot robot)
            throws Exception {
        robot.clickOn("#navElections");
        waitFor(() -> robot.lookup("#congressBox").tryQuery().isPresent());
        List<String> board = CongressFixture.board(app.services());
        robot.interact(() -> robot.lookup("#newCongressPane").queryAs(TitledPane.class).setExpanded(true));
        robot.clickOn("#termField").write("2025-2030");
        robot.clickOn("#dateField").write("22/11/2026");
        robot.clickOn("#placeField").write("Hội trường tầng 3");
        robot.clickOn("#boardHeadField").write(board.get(0));
        robot.clickOn("#boardMembersField").write(board.get(1));
        robot.clickOn("#createCongressButton");
        TableView<CongressAttendee> roll = robot.lookup("#rollTable").queryAs(TableView.class);
        waitFor(() -> !roll.getItems().isEmpty() && text(robot, "#baseLabel").contains("N ="));
        app.awaitIdle();
        long congressId = app.services().congresses().list().get(0).id();
        int n = app.services().congresses().voteBase(congressId).n();
        assertThat(text(robot, "#baseLabel")).contains("N = " + n);

        List<CongressAttendee> six = CongressFixture.candidates(app.services(), congressId, 7);
        CongressAttendee away = six.get(6);
        robot.interact(() -> {
            roll.getSelectionModel().select(roll.getItems().stream().filter(a -> a.id() == away.id()).findFirst()
                    .orElseThrow());
            robot.lookup("#attendanceBox").queryAs(ComboBox.class).setValue(Attendance.ABSENT_EXCUSED);
        });
        robot.clickOn("#setAttendanceButton");
        waitFor(() -> text(robot, "#baseLabel").contains("N = " + (n - 1)));
        snapshot("election-roll.png");

        tab(robot, 1);
        robot.interact(() -> robot.lookup("#officeKindBox").queryAs(ComboBox.class).setValue(Office.COMMITTEE));
        robot.clickOn("#seatsField").write("5");
        robot.clickOn("#handsForField").write("25");
        robot.clickOn("#addOfficeButton");
        ComboBox<ElectionOffice> officeBox = robot.lookup("#officeBox").queryAs(ComboBox.class);
        waitFor(() -> officeBox.getValue() != null);
        TableView<?> candidates = robot.lookup("#candidateTable").queryAs(TableView.class);
        ComboBox<CongressAttendee> nominee = robot.lookup("#nomineeBox").queryAs(ComboBox.class);
        waitFor(() -> nominee.getItems().size() >= 6);
        app.awaitIdle();
        for (int i = 0; i < 6; i++) {
            CongressAttendee person = six.get(i);
            robot.interact(() -> nominee.setValue(nominee.getItems().stream().filter(a -> a.id() == person.id())
                    .findFirst().orElseThrow()));
            robot.clickOn("#nominateButton");
            int expected = i + 1;
            waitFor(() -> candidates.getItems().size() == expected);
        }
        app.awaitIdle();
        assertThat(text(robot, "#listProblemsLabel")).isEmpty();
        snapshot("election-list.png");

        tab(robot, 2);
        robot.clickOn("#issuedField").write("3");
        robot.clickOn("#openRoundButton");
        waitFor(() -> text(robot, "#roundLabel").startsWith("Lần bầu thứ 1"));
        app.awaitIdle();
        assertThat(text(robot, "#sequenceLabel")).isEqualTo("Phiếu số 1");
        type(robot, ""); // a stray Enter on the empty field records nothing
        assertThat(text(robot, "#errorLabel")).contains("gõ 0");
        assertThat(text(robot, "#sequenceLabel")).isEqualTo("Phiếu số 1");
        assertThat(app.services().elections().entries(
                app.services().elections().rounds(officeBox.getValue().id()).get(0).id())).isEmpty();
        type(robot, "1");
        type(robot, "2");
        type(robot, "!Không có dấu của Ban kiểm phiếu");
        assertThat(text(robot, "#sequenceLabel")).isEqualTo("Phiếu số 4");
        robot.clickOn("#entry2Radio");
        waitFor(() -> text(robot, "#sequenceLabel").equals("Phiếu số 1"));
        type(robot, "1");
        type(robot, "3");
        // blind double entry: ballot 2 differs, but entry 2 is not done, so nothing of entry 1 is shown
        assertThat(robot.lookup("#disagreementList").queryAs(ListView.class).getItems()).isEmpty();
        assertThat(text(robot, "#comparisonLabel")).contains("3").contains("2");
        type(robot, "!Không có dấu của Ban kiểm phiếu");
        ListView<?> differing = robot.lookup("#disagreementList").queryAs(ListView.class);
        waitFor(() -> differing.getItems().size() == 1);
        snapshot("election-entry.png");

        robot.interact(() -> robot.lookup("#countButton").queryButton().fire());
        waitFor(() -> text(robot, "#errorLabel").contains("khác nhau"));
        RoundInfo open = app.services().elections().rounds(officeBox.getValue().id()).get(0);
        assertThat(open.counted()).isFalse();

        robot.interact(() -> differing.getSelectionModel().select(0));
        robot.clickOn("#fixButton");
        waitFor(() -> text(robot, "#sequenceLabel").equals("Phiếu số 2"));
        type(robot, "2");
        waitFor(differing.getItems()::isEmpty);
        snapshot("election-fixed.png");
        robot.interact(() -> robot.lookup("#countButton").queryButton().fire());
        waitFor(() -> text(robot, "#roundLabel").contains("đã kiểm phiếu") || !text(robot, "#errorLabel").isEmpty());
        assertThat(text(robot, "#errorLabel")).isEmpty();
        waitFor(() -> text(robot, "#roundLabel").contains("đã kiểm phiếu"));
        app.awaitIdle();

        tab(robot, 3);
        TallyResult result = app.services().elections().result(open.id());
        assertThat(robot.lookup("#resultTable").queryAs(TableView.class).getItems()).hasSize(6);
        assertThat(robot.lookup("#roundBox").queryAs(ComboBox.class).getItems()).hasSize(1);
        assertThat(text(robot, "#resultLabel")).contains("N = " + (n - 1));
        Path record = dir.resolve("bien-ban-kiem-phieu.docx");
        app.answerNextSaveWith(record);
        robot.clickOn("#exportRecordButton");
        waitFor(() -> text(robot, "#messageLabel").startsWith("Đã lưu"));
        snapshot("election-result.png");

        try (InputStream in = Files.newInputStream(record); XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String body = extractor.getText();
            assertThat(body).contains("(N): " + (n - 1)).contains("Số phiếu phát ra: 3")
                    .contains("Số phiếu hợp lệ: 2").contains("Số phiếu không hợp lệ: 1")
                    .contains("Không có dấu của Ban kiểm phiếu");
            XWPFTable table = doc.getTables().get(1);
            for (int i = 0; i < result.candidates().size(); i++) {
                assertThat(table.getRow(i + 1).getCell(1).getText()).isEqualTo(result.candidates().get(i).name());
                assertThat(table.getRow(i + 1).getCell(2).getText())
                        .isEqualTo(String.valueOf(result.candidates().get(i).votes()));
            }
            assertThat(result.candidates().stream().mapToInt(c -> c.votes()).sum()).isEqualTo(2 * 5);
        }
        robot.clickOn("#stopButton");
        waitFor(() -> text(robot, "#resultLabel").contains("Đại hội đã quyết định dừng."));
        assertThat(app.services().elections().rounds(officeBox.getValue().id()).get(0).decision())
                .isEqualTo(vn.sochibo.election.engine.Round.Decision.STOP);
        if (System.getProperty("election.snapshots") != null) {
            Files.copy(record, Path.of(System.getProperty("election.snapshots"), "flow-record.docx"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
