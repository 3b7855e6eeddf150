package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.audit.AuditViewModel;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberSummary;

/** The clerk opens the change log from the rail, narrows it to one member's edit, reads it and exports it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AuditFlowTest {

    private TestApp app;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        app = TestApp.launch(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#auditTable").queryAs(TableView.class);
    }

    private void changePhone(String fullName, String phone) {
        MemberSummary m = app.services().members().list().stream().filter(s -> s.fullName().equals(fullName)).findFirst().orElseThrow();
        MemberDraft d = app.services().members().details(m.id()).member().data();
        app.services().members().update(m.id(), new MemberDraft(d.fullName(), d.otherNames(), d.gender(), d.birthDate(), d.birthYear(),
                d.birthPlace(), d.homeTown(), d.residence(), d.ethnicity(), d.religion(), d.personalId(), d.partyCardNumber(),
                d.recordNumber(), d.generalEducation(), d.professionalLevel(), d.politicalTheory(), d.occupation(), d.jobPosition(),
                d.partyPosts(), d.youthUnionDate(), d.admissionDecisionDate(), d.joinedDate(), d.officialDate(), d.subBranch(),
                phone, d.notes()));
    }

    @Test
    void openFilterReadAndExportTheLog(FxRobot robot) throws Exception {
        changePhone("Nguyễn Thị Hồng Thúy", "0987654321");
        Path out = dir.resolve("nhat-ky.xlsx");
        app.files().answerAlways(out);
        robot.clickOn("#navAudit");
        TableView<AuditViewModel.Row> table = table(robot);
        waitFor(() -> table.getItems().size() == AuditViewModel.PAGE);
        assertThat(table.getItems().get(0).object()).isEqualTo("Đảng viên: Nguyễn Thị Hồng Thúy");
        waitFor(() -> robot.lookup("#shownLabel").queryAs(Label.class).getText().startsWith("Đang hiện 200 trong "));
        assertThat(robot.lookup("#detailTitleLabel").queryAs(Label.class).getText()).isEqualTo("Chọn một dòng để xem chi tiết.");

        robot.clickOn("#auditSearchField").write("hong thuy");
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().size() < AuditViewModel.PAGE
                && table.getItems().stream().allMatch(r -> r.object().contains("Nguyễn Thị Hồng Thúy")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> actions = robot.lookup("#actionBox").queryAs(ComboBox.class);
        robot.interact(() -> actions.getSelectionModel().select(2)); // "Sửa"
        @SuppressWarnings("unchecked")
        ComboBox<Object> kinds = robot.lookup("#kindBox").queryAs(ComboBox.class);
        robot.interact(() -> kinds.getSelectionModel().select(1)); // "Đảng viên": the sample's evaluation rows name her too
        waitFor(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        waitFor(() -> robot.lookup("#detailTitleLabel").queryAs(Label.class).getText().equals("Đảng viên: Nguyễn Thị Hồng Thúy"));
        GridPane grid = robot.lookup("#detailGrid").queryAs(GridPane.class);
        List<String> texts = grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("Thông tin", "Trước khi sửa", "Sau khi sửa", "Điện thoại", "0987654321");

        // a read-only page: the only buttons export, clear the filters and read further back
        Node page = robot.lookup("#auditTable").query().getScene().lookup("#contentPane");
        List<String> buttons = robot.from(page).lookup((java.util.function.Predicate<Node>) n -> n instanceof Button).queryAllAs(Button.class).stream()
                .map(Node::getId).toList();
        assertThat(buttons).containsExactlyInAnyOrder("exportAuditButton", "clearFiltersButton", "loadMoreButton");

        robot.clickOn("#exportAuditButton");
        waitFor(() -> Files.exists(out) && robot.lookup("#exportMessageLabel").queryAs(Label.class).getText().contains("nhat-ky.xlsx"));
        assertThat(robot.lookup("#exportMessageLabel").queryAs(Label.class).getText()).startsWith("Đã xuất 1 dòng");

        robot.clickOn("#clearFiltersButton");
        waitFor(() -> table.getItems().size() == AuditViewModel.PAGE);
    }
}
