package vn.sochibo.dues;

import java.time.LocalDate;
import java.util.Optional;

import vn.sochibo.rulebook.DatedValue;
import vn.sochibo.rulebook.RuleBook;

/**
 * Whether a person has reached the retirement age in normal working conditions (tuổi nghỉ hưu), which rises year by
 * year: the age that counts is the one in force in the year it is reached (Bộ luật Lao động 2019 Điều 169, Nghị định
 * 135/2020/NĐ-CP); once reached it stays reached. The ages are dated settings in months. Pure.
 */
public final class Retirement {

    /** The dated setting of the age, in months, by gender. */
    public static String key(boolean male) {
        return "labour.retirementAgeMonths." + (male ? "MALE" : "FEMALE");
    }

    private Retirement() {
    }

    /** True when someone born on {@code birth} has reached the retirement age on {@code on}. */
    public static boolean reached(LocalDate birth, boolean male, LocalDate on, RuleBook rules) {
        String key = key(male);
        for (int year = birth.getYear() + 40; year <= on.getYear(); year++) {
            Optional<DatedValue> age = rules.inForce(key, LocalDate.of(year, 1, 1));
            if (age.isEmpty()) {
                continue;
            }
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            LocalDate check = yearEnd.isBefore(on) ? yearEnd : on;
            if (!birth.plusMonths(Long.parseLong(age.get().value())).isAfter(check)) {
                return true;
            }
        }
        return false;
    }
}
