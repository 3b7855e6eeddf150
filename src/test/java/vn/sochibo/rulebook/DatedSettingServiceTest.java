package vn.sochibo.rulebook;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.sochibo.TestClocks;
import vn.sochibo.audit.AuditFilter;
import vn.sochibo.common.Messages;
import vn.sochibo.common.ValidationException;
import vn.sochibo.core.Services;
import vn.sochibo.rulebook.service.DatedSettingService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dated settings: the program's values from the Party texts, the clerk's later values with a reason, by date. */
class DatedSettingServiceTest {

    private Services services;

    @BeforeEach
    void open() {
        services = Services.inMemory(TestClocks.FIXED);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    @DisplayName("the shipped values parse, every key has a kind, a source and a label in both languages")
    void shippedDefaultsAreComplete() {
        RuleBook book = DatedSettingService.loadDefaults();
        assertThat(book.keys()).contains("member.probationMonths");
        for (String key : book.keys()) {
            assertThat(book.history(key)).as(key).isNotEmpty().allSatisfy(v -> assertThat(v.source()).isNotBlank());
            for (String language : new String[] {"vi", "en"}) {
                assertThat(Messages.forLanguage(language).has("rulebook." + key)).as(language + " " + key).isTrue();
            }
        }
        assertThat(book.integer("member.probationMonths", LocalDate.of(2026, 12, 4))).isEqualTo(12);
    }

    @Test
    @DisplayName("a value the clerk enters applies from its date on; before it the older value; before any, a clear error")
    void valuesApplyFromTheirDate() {
        services.datedSettings().set("member.probationMonths", LocalDate.of(2027, 1, 1), " 18 ",
                "Thử: quy định mới số 99-QĐ/TW");

        RuleBook book = services.datedSettings().book();
        assertThat(book.integer("member.probationMonths", LocalDate.of(2026, 12, 31))).isEqualTo(12);
        assertThat(book.integer("member.probationMonths", LocalDate.of(2027, 1, 1))).isEqualTo(18);
        DatedValue local = book.inForce("member.probationMonths", LocalDate.of(2030, 5, 1)).orElseThrow();
        assertThat(local.local()).isTrue();
        assertThat(local.source()).isEqualTo("Thử: quy định mới số 99-QĐ/TW");
        assertThatThrownBy(() -> book.integer("member.probationMonths", LocalDate.of(1920, 1, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(Messages.forLanguage("vi")
                        .describe(e)).isEqualTo("Chưa có giá trị “Thời gian dự bị (tháng)” áp dụng cho ngày 01/01/1920: "
                                + "hãy nhập quy định có hiệu lực từ ngày đó (Cài đặt → Quy định theo ngày)."));
        assertThat(services.audit().page(new AuditFilter(null, null, null, null, null), null, 10).entries())
                .anySatisfy(e -> assertThat(e.operation()).isEqualTo("audit.op.rulebook.set"));
    }

    @Test
    @DisplayName("bad input (negative, not a number, no reason, no date, unknown key) is refused and changes nothing")
    void badInputChangesNothing() {
        LocalDate from = LocalDate.of(2027, 1, 1);
        assertThatThrownBy(() -> services.datedSettings().set("member.probationMonths", from, "-3", "lý do"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.datedSettings().set("member.probationMonths", from, "mười hai", "lý do"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.datedSettings().set("member.probationMonths", from, "12", "  "))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.datedSettings().set("member.probationMonths", null, "12", "lý do"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.datedSettings().set("no.such.rule", from, "12", "lý do"))
                .isInstanceOf(ValidationException.class);
        assertThat(services.datedSettings().book().history("member.probationMonths")).hasSize(1);
        assertThatThrownBy(() -> services.datedSettings().remove("member.probationMonths", LocalDate.of(1930, 2, 3)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("a clerk's value on the same date as the program's wins; removing it brings the program's back")
    void localValueReplacesTheProgramsOnTheSameDate() {
        LocalDate start = LocalDate.of(1930, 2, 3);
        services.datedSettings().set("member.probationMonths", start, "6", "thử");
        assertThat(services.datedSettings().book().integer("member.probationMonths", start)).isEqualTo(6);
        services.datedSettings().remove("member.probationMonths", start);
        assertThat(services.datedSettings().book().integer("member.probationMonths", start)).isEqualTo(12);
    }

    @Test
    @DisplayName("kinds: decimal commas, yes/no in Vietnamese, thousands dots in whole numbers")
    void kindsNormaliseWhatTheClerkTypes() {
        assertThat(SettingKind.DECIMAL.normalise("0,50")).contains("0.5");
        assertThat(SettingKind.INTEGER.normalise("4.960.000")).contains("4960000");
        assertThat(SettingKind.BOOLEAN.normalise("Có")).contains("true");
        assertThat(SettingKind.INTEGER.normalise("1e3")).isEmpty();
        assertThat(SettingKind.DECIMAL.normalise("-1")).isEmpty();
    }

    @Test
    @DisplayName("a defaults line without a source or with a bad date is a packaging error")
    void malformedDefaultsAreRefused() throws Exception {
        Properties p = new Properties();
        p.load(new StringReader("a.kind=INTEGER\na@2026-01-01=5\n"));
        assertThatThrownBy(() -> RuleDefaults.parse(p)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("source");
        Properties q = new Properties();
        q.load(new StringReader("a.kind=INTEGER\na@2026-13-01=5 | x\n"));
        assertThatThrownBy(() -> RuleDefaults.parse(q)).isInstanceOf(IllegalStateException.class);
    }
}
