package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateSummary;
import vn.sochibo.admission.Checklist;
import vn.sochibo.admission.Choice;
import vn.sochibo.admission.CandidateStage;
import vn.sochibo.admission.Step;
import vn.sochibo.meeting.Meeting;
import vn.sochibo.meeting.MeetingDraft;
import vn.sochibo.meeting.MeetingType;
import vn.sochibo.member.Member;
import vn.sochibo.member.MemberStatus;

/**
 * The admission screen on the sample branch: a candidate taken through every step in the window, from the
 * awareness class to full membership, with the votes at two meetings of Chi bộ Văn phòng, the ceremony making a
 * probationary member in the register, the decision making them official from the end of probation, and the
 * resolution on full membership written as .docx.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AdmissionFlowTest {

    private static final String OFFICE = "Chi bộ Văn phòng";
    private static final String NAME = "Võ Thị Hạnh";

    @TempDir
    Path dir;
    private TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.launch(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private long meeting(LocalDate date) {
        Meeting m = app.services().meetings().prepare(OFFICE, MeetingType.REGULAR, date);
        MeetingDraft h = new MeetingDraft(MeetingType.REGULAR, m.header().subject(), date, LocalTime.of(14, 0), LocalTime.of(16, 0),
                "Phòng họp tầng 2", "Trần Quốc Bảo", "Phạm Thị Ánh", null, null);
        return app.services().meetings().save(new Meeting(0, h, m.issuer(), m.term(), m.number(), m.agenda(), m.roll(), List.of(), List.of()));
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> {
            var node = robot.lookup(id).query();
            if (node instanceof TextArea area) {
                area.setText(text);
            } else {
                ((TextField) node).setText(text);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, Predicate<Object> which) {
        robot.interact(() -> {
            ComboBox<Object> box = robot.lookup(id).queryAs(ComboBox.class);
            box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow(() -> new AssertionError(id + ": no such item")));
        });
    }

    private static Predicate<Object> labelled(String start) {
        return o -> o instanceof Choice c && c.label().startsWith(start);
    }

    private Candidate candidate() {
        long id = app.services().admissions().list().stream().filter(r -> r.fullName().equals(NAME)).findFirst().orElseThrow().id();
        return app.services().admissions().find(id);
    }

    private void ok(FxRobot robot) throws TimeoutException {
        robot.clickOn("#formOkButton");
        app.awaitIdle();
    }

    private void step(FxRobot robot, Step step, String date, String ref, String content) throws TimeoutException {
        robot.clickOn("#stepButton");
        choose(robot, "#stepField", s -> s == step);
        type(robot, "#dateField", date);
        type(robot, "#refField", ref);
        type(robot, "#contentField", content);
        ok(robot);
        waitFor(() -> candidate().has(step));
    }

    private String problem(FxRobot robot) {
        return robot.lookup("#problemLabel").queryAs(Label.class).getText();
    }

    @Test
    void aCandidateGoesFromTheClassToFullMembership(FxRobot robot) throws Exception {
        long may2025 = meeting(LocalDate.of(2025, 5, 6));
        long july2026 = meeting(LocalDate.of(2026, 7, 15));
        Path out = dir.resolve("mau-13.docx");
        app.files().answerAlways(out);
        // the register's reminders list has the admission deadlines; a click opens the candidate's file
        waitFor(() -> robot.lookup("#reminderBox").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Hyperlink h && h.getText().startsWith("Trần Minh Tuấn")));
        javafx.scene.control.Hyperlink reminder = (javafx.scene.control.Hyperlink) robot.lookup("#reminderBox")
                .queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> n instanceof javafx.scene.control.Hyperlink h && h.getText().startsWith("Trần Minh Tuấn"))
                .findFirst().orElseThrow();
        assertThat(reminder.getText()).contains("Thẩm tra lý lịch", "quá hạn", "12/11/2026");
        robot.interact(reminder::fire);
        waitFor(() -> "Trần Minh Tuấn".equals(robot.lookup("#nameLabel").queryAs(Label.class).getText()));
        TableView<CandidateSummary> list = robot.lookup("#candidateTable").queryAs(TableView.class);
        waitFor(() -> list.getItems().size() == 7);
        app.snapshot("admission-1-list");

        // a new candidate on the list, helped by Đặng Thu Hà
        robot.clickOn("#addButton");
        choose(robot, "#issuerField", o -> o.equals(OFFICE));
        type(robot, "#fullNameField", "võ thị  hạnh");
        choose(robot, "#genderField", o -> o.equals("NU"));
        type(robot, "#birthDateField", "20/03/1999");
        type(robot, "#homeTownField", "xã Quảng Xương, tỉnh Thanh Hóa");
        type(robot, "#occupationField", "Chuyên viên Văn phòng Sở");
        choose(robot, "#helperField", labelled("Đặng Thu Hà"));
        type(robot, "#listedOnField", "10/01/2025");
        ok(robot);
        waitFor(() -> list.getSelectionModel().getSelectedItem() != null && list.getSelectionModel().getSelectedItem().fullName().equals(NAME));
        assertThat(robot.lookup("#nameLabel").queryAs(Label.class).getText()).isEqualTo(NAME);

        step(robot, Step.CLASS_CERTIFICATE, "20/02/2025", "Giấy chứng nhận số 31/GCN-TTCT", "");
        step(robot, Step.APPLICATION, "01/03/2025", "", "");
        step(robot, Step.BIOGRAPHY, "05/03/2025", "", "");
        for (String introducer : List.of("Trần Quốc Bảo", "Hoàng Văn Ân")) {
            robot.clickOn("#introducerButton");
            choose(robot, "#memberField", labelled(introducer));
            type(robot, "#sinceField", "01/01/2022");
            type(robot, "#onField", "05/03/2025");
            ok(robot);
        }
        waitFor(() -> candidate().introducers().size() == 2);
        robot.clickOn("#verificationButton");
        type(robot, "#subjectField", "Bản thân");
        type(robot, "#addresseeField", "Đảng ủy phường Hạc Thành");
        type(robot, "#receivedField", "10/03/2025");
        ok(robot);
        waitFor(() -> candidate().verifications().size() == 1);
        robot.clickOn("#replyButton");
        type(robot, "#repliedField", "01/04/2025");
        type(robot, "#resultField", "Lý lịch khai đúng.");
        ok(robot);
        waitFor(() -> candidate().verifications().get(0).answered());
        step(robot, Step.UNION_OPINIONS, "10/04/2025", "", "Công đoàn: 15/15 đồng ý.");
        step(robot, Step.RESIDENCE_COMMENT, "12/04/2025", "Chi bộ khu phố 1", "Chấp hành tốt quy định nơi cư trú.");
        step(robot, Step.COMMITTEE_SUMMARY, "15/04/2025", "", "Đủ điều kiện để chi bộ xét.");
        step(robot, Step.COMMITTEE_COMMENT, "15/04/2025", "", "Lập trường vững vàng, hoàn thành tốt nhiệm vụ.");

        // the vote is refused before the đảng ủy has certified the biography: said plainly, nothing recorded
        robot.clickOn("#voteButton");
        choose(robot, "#meetingField", o -> o instanceof Choice c && c.id() == may2025);
        assertThat(robot.lookup("#voteBaseLabel").queryAs(Label.class).getText()).contains("N = 10", "7");
        type(robot, "#forField", "9");
        type(robot, "#againstField", "1");
        ok(robot);
        waitFor(() -> problem(robot).contains("Đảng ủy cơ sở xác nhận lý lịch"));
        assertThat(candidate().votes()).isEmpty();

        step(robot, Step.ELIGIBILITY_CERTIFIED, "25/04/2025", "", "");
        robot.clickOn("#voteButton");
        choose(robot, "#meetingField", o -> o instanceof Choice c && c.id() == may2025);
        type(robot, "#forField", "9");
        type(robot, "#againstField", "1");
        ok(robot);
        waitFor(() -> candidate().stage() == CandidateStage.PROPOSED);
        waitFor(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("9/10"));
        app.snapshot("admission-2-voted");

        step(robot, Step.DECISION, "15/06/2025", "Số 45-QĐ/ĐU", "");
        step(robot, Step.DECISION_RECEIVED, "17/06/2025", "", "");
        robot.clickOn("#ceremonyButton");
        type(robot, "#dateField", "10/07/2025");
        ok(robot);
        waitFor(() -> candidate().stage() == CandidateStage.PROBATION);
        Member member = app.services().members().details(candidate().memberId()).member();
        assertThat(member.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(member.data().admissionDecisionDate()).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(member.data().joinedDate()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(member.data().subBranch()).isEqualTo(OFFICE);

        step(robot, Step.SELF_REVIEW, "12/07/2026", "", "");
        step(robot, Step.HELPER_ASSESSMENT, "12/07/2026", "", "Hoàn thành tốt nhiệm vụ, gương mẫu.");
        step(robot, Step.PROBATION_SUMMARY, "13/07/2026", "", "Đủ tư cách đảng viên chính thức.");
        robot.clickOn("#voteButton");
        choose(robot, "#meetingField", o -> o instanceof Choice c && c.id() == july2026);
        type(robot, "#forField", "8");
        type(robot, "#againstField", "1");
        ok(robot);
        waitFor(() -> candidate().stage() == CandidateStage.FULL_PROPOSED);
        robot.clickOn("#officialButton");
        type(robot, "#refField", "Số 210-QĐ/ĐU");
        type(robot, "#dateField", "20/08/2026");
        ok(robot);
        waitFor(() -> candidate().stage() == CandidateStage.OFFICIAL);
        Member official = app.services().members().details(candidate().memberId()).member();
        assertThat(official.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(official.data().officialDate()).as("the end of probation").isEqualTo(LocalDate.of(2026, 7, 10));
        TableView<Checklist.Line> checklist = robot.lookup("#checklistTable").queryAs(TableView.class);
        waitFor(() -> checklist.getItems().stream().anyMatch(l -> l.item() == vn.sochibo.admission.CheckItem.OFFICIAL_DECISION
                && l.state().settled()));
        assertThat(checklist.getItems()).filteredOn(l -> l.item() == vn.sochibo.admission.CheckItem.FULL_VOTE).singleElement()
                .satisfies(l -> assertThat(l.date()).isEqualTo(LocalDate.of(2026, 7, 15)));
        assertThat(robot.lookup("#stageLabel").queryAs(Label.class).getText()).isEqualTo("Đảng viên chính thức");
        app.snapshot("admission-3-official");

        // the resolution on full membership (Mẫu 13) as .docx
        robot.clickOn("#documentButton");
        robot.clickOn("#document13");
        type(robot, "#numberField", "7");
        ok(robot);
        waitFor(() -> Files.exists(out) && Files.size(out) > 0);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("NGHỊ QUYẾT", "Đề nghị công nhận đảng viên chính thức", NAME, "8/9",
                    "tính từ ngày 10 tháng 7 năm 2026");
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("Số 07-NQ/CB", "CHI BỘ VĂN PHÒNG");
        }
    }
}
