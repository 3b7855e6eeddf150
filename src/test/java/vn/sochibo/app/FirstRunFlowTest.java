package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
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

import vn.sochibo.branch.BranchKind;

/** First start: the clerk types the branch profile and takes the sample branch. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FirstRunFlowTest {

    private TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.launchFirstRun(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void profileIsCheckedSavedAndTheSampleLoaded(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#termField").queryAs(TextField.class).setText("2025-2020"));
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#errorsLabel").queryAs(Label.class).getText().isEmpty());
        String errors = robot.lookup("#errorsLabel").queryAs(Label.class).getText();
        assertThat(errors).contains("Tên chi bộ").contains("Nhiệm kỳ");
        assertThat(app.services().branch().profile()).isEmpty();

        robot.clickOn("#branchNameField").write("Chi bộ Sở Thông tin và Truyền thông");
        robot.clickOn("#upperBodyField").write("Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh");
        robot.clickOn("#placeNameField").write("Thanh Hóa");
        robot.interact(() -> robot.lookup("#termField").queryAs(TextField.class).setText("2025 - 2030"));
        robot.clickOn("#loadSampleCheck");
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#memberTable").tryQuery().isPresent());
        var profile = app.services().branch().profile().orElseThrow();
        assertThat(profile.branchName()).isEqualTo("Chi bộ Sở Thông tin và Truyền thông");
        assertThat(profile.term()).isEqualTo("2025–2030");
        // the sample is a đảng bộ cơ sở with three chi bộ: ticking it proposed that kind, so its meetings are usable
        assertThat(profile.kind()).isEqualTo(BranchKind.DANG_BO_CO_SO);
        assertThat(app.services().members().list()).hasSize(36);
        assertThat(app.services().meetings().issuers()).containsAll(app.services().meetings().list().stream()
                .map(m -> app.services().meetings().find(m.id()).issuer()).toList());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Chi bộ Sở Thông tin và Truyền thông".equals(robot.lookup("#branchLabel").queryAs(Label.class).getText()));
    }
}
