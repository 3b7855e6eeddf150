package vn.sochibo.dues.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.dues.DecisionKind;
import vn.sochibo.dues.DuesKind;
import vn.sochibo.ui.DirectUiExecutor;

/** A member's dues record without the window: bases with their dates, a decision, the transfer letter's month. */
class DuesBasisViewModelTest {

    private Services services;
    private DuesBasisViewModel model;
    private long vinh;

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
        services.samples().load(true);
        vinh = services.members().list().stream().filter(m -> m.fullName().equals("Phạm Quang Vinh")).findFirst().orElseThrow().id();
        model = new DuesBasisViewModel(services.dues(), new DirectUiExecutor(), Messages.forLanguage("vi"));
        model.start(vinh);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theRecordIsShownAndTheNewBasisOfferedFromThisMonth() {
        assertThat(model.bases()).extracting(b -> b.base()).contains(13_291_200L);
        assertThat(model.kindProperty().get()).isEqualTo(DuesKind.SALARIED);
        assertThat(model.baseTextProperty().get()).isEqualTo("13.291.200");
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(model.lastPaidProperty().get()).startsWith("Ghi vào giấy giới thiệu khi chuyển đi: đã đóng đảng phí hết tháng");
        assertThat(model.steps()).containsExactly(30, 50, 70);
    }

    @Test
    void aNewBasisADecisionAndTheTransferLetter() {
        int before = model.bases().size();
        model.baseTextProperty().set("mười bốn triệu");
        model.saveBasis();
        assertThat(model.problemProperty().get()).isEqualTo("\"mười bốn triệu\" không phải số tiền (đồng).");
        assertThat(model.bases()).hasSize(before);

        model.fromProperty().set(LocalDate.of(2027, 1, 1));
        model.baseTextProperty().set("14.000.000");
        model.saveBasis();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Đã lưu căn cứ áp dụng từ ngày 01/01/2027.");
        assertThat(model.bases()).hasSize(before + 1);
        assertThat(services.duesBook().month(YearMonth.of(2027, 1), null).lines().stream()
                .filter(l -> l.memberId() == vinh).findFirst().orElseThrow().due().amount()).isEqualTo(140_000);

        model.decisionKindProperty().set(DecisionKind.REDUCTION);
        model.percentProperty().set(50);
        model.decisionFromProperty().set("13/2027");
        model.saveDecision();
        assertThat(model.problemProperty().get()).contains("13/2027");
        model.decisionFromProperty().set("01/2027");
        model.decisionToProperty().set("06/2027");
        model.documentRefProperty().set("QĐ 05-QĐ/CB ngày 20/12/2026");
        model.saveDecision();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.decisions()).hasSize(1);
        assertThat(model.decisionText(model.decisions().get(0))).contains("50%");

        model.paidThroughProperty().set("10/2026");
        model.saveTransferIn();
        assertThat(model.messageProperty().get()).isEqualTo("Đã lưu tháng đã đóng ở chi bộ cũ.");
        assertThat(services.dues().transferIn(vinh)).contains(YearMonth.of(2026, 10));
    }
}
