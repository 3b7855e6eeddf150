package vn.sochibo.rulebook.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.ui.DirectUiExecutor;

/** "Quy định theo ngày" in Settings on a real register: the list, the history, a new value from a date, removal. */
class DatedSettingsViewModelTest {

    private static final String WAGE_I = "dues.minimumWage.I";
    private Services services;
    private DatedSettingsViewModel vm;

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
        vm = new DatedSettingsViewModel(services.datedSettings(), new DirectUiExecutor(), Messages.forLanguage("vi"),
                TestClocks.FIXED);
        vm.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private DatedSettingsViewModel.Setting row(String key) {
        return vm.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("every setting with today's value as the clerk reads it, sorted by label, found by a filter without diacritics")
    void listsEverySettingWithTodaysValue() {
        assertThat(vm.rows()).hasSize(services.datedSettings().book().keys().size());
        DatedSettingsViewModel.Setting wage = row(WAGE_I);
        assertThat(wage.label()).isEqualTo("Lương tối thiểu tháng vùng I (đồng)");
        assertThat(wage.value()).isEqualTo("5.310.000");
        assertThat(wage.from()).isEqualTo("01/01/2026");
        assertThat(wage.source()).contains("293/2025/NĐ-CP");
        assertThat(row("dues.rate.NO_PENSION.working").value()).isEqualTo("0,3");
        assertThat(row("dues.amount.STUDENT").value()).isEqualTo("5.000");
        assertThat(row("labour.retirementAgeMonths.FEMALE").value()).isEqualTo("684");
        assertThat(vm.rows()).extracting(DatedSettingsViewModel.Setting::label)
                .isSortedAccordingTo(vn.sochibo.common.PersonName::compareText)
                .containsSubsequence("Đảng phí: các mức giảm được phép (%)", "Lương tối thiểu tháng vùng I (đồng)",
                        "Tuổi nghỉ hưu của nữ (tháng tuổi)");

        vm.filterProperty().set("VUNG IV");
        assertThat(vm.rows()).extracting(DatedSettingsViewModel.Setting::key).containsExactly("dues.minimumWage.IV");
        vm.filterProperty().set("");
        assertThat(vm.rows()).hasSize(services.datedSettings().book().keys().size());
    }

    @Test
    @DisplayName("a new value from a date, with a reason: history newest first, today's value unchanged, then removed again")
    void entersAndRemovesAValueFromADate() {
        vm.selectedProperty().set(row("dues.rate.NO_PENSION.working"));
        assertThat(vm.history()).extracting(DatedSettingsViewModel.Value::from).containsExactly("01/01/2028", "01/02/2026");
        assertThat(vm.history()).extracting(DatedSettingsViewModel.Value::shown).containsExactly("0,5", "0,3");
        assertThat(vm.history()).extracting(DatedSettingsViewModel.Value::who).containsOnly("Chương trình");
        vm.selectedValueProperty().set(vm.history().get(0));
        assertThat(vm.canRemoveProperty().get()).as("the program's values cannot be removed").isFalse();

        vm.selectedProperty().set(row(WAGE_I));
        assertThat(vm.canSaveProperty().get()).isTrue();
        vm.fromProperty().set(LocalDate.of(2027, 1, 1));
        vm.valueProperty().set("5.650.000");
        vm.reasonProperty().set("Nghị định thử số 1/2026/NĐ-CP ngày 01/12/2026");
        vm.save();

        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get())
                .isEqualTo("Đã lưu: “Lương tối thiểu tháng vùng I (đồng)” từ ngày 01/01/2027.");
        assertThat(vm.selectedProperty().get().key()).isEqualTo(WAGE_I);
        assertThat(row(WAGE_I).value()).as("today is 22/11/2026").isEqualTo("5.310.000");
        assertThat(vm.history()).extracting(DatedSettingsViewModel.Value::shown).containsExactly("5.650.000", "5.310.000");
        assertThat(vm.history().get(0).who()).isEqualTo("Chi bộ nhập");
        assertThat(vm.history().get(0).source()).isEqualTo("Nghị định thử số 1/2026/NĐ-CP ngày 01/12/2026");
        assertThat(services.datedSettings().book().integer(WAGE_I, LocalDate.of(2027, 1, 1))).isEqualTo(5_650_000);
        assertThat(vm.valueProperty().get()).as("the form is cleared for the next value").isEmpty();

        vm.selectedValueProperty().set(vm.history().get(0));
        assertThat(vm.canRemoveProperty().get()).isTrue();
        vm.remove();
        assertThat(vm.messageProperty().get()).isEqualTo("Đã xóa giá trị đã nhập.");
        assertThat(vm.history()).extracting(DatedSettingsViewModel.Value::shown).containsExactly("5.310.000");
        assertThat(services.datedSettings().book().integer(WAGE_I, LocalDate.of(2027, 1, 1))).isEqualTo(5_310_000);
    }

    @Test
    @DisplayName("bad input is refused with a clear message saying what, and nothing is stored")
    void badInputChangesNothing() {
        vm.selectedProperty().set(row(WAGE_I));
        vm.fromProperty().set(null);
        vm.valueProperty().set("năm triệu");
        vm.reasonProperty().set(" ");
        vm.save();

        assertThat(vm.problemProperty().get())
                .contains("“Lương tối thiểu tháng vùng I (đồng)” phải là một số nguyên không âm (đã nhập “năm triệu”)")
                .contains("Hãy nhập ngày bắt đầu có hiệu lực.")
                .contains("Hãy ghi lý do");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.history()).hasSize(1);
        assertThat(services.datedSettings().book().history(WAGE_I)).hasSize(1);
    }
}
