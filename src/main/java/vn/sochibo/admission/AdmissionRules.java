package vn.sochibo.admission;

import java.time.LocalDate;

/**
 * The figures and the calendar the admission rules read: every age limit, validity period, tenure and deadline is
 * a dated setting in force on the day it concerns, never a constant here (src/site/rules.md, "Quy định theo ngày
 * hiệu lực"). The service answers it from the register's rule book.
 */
public interface AdmissionRules {

    /** The settings admission reads, with their keys in the rule book. */
    enum Setting {
        MIN_AGE("admission.minAge"),
        MAX_AGE("admission.maxAge"),
        CERTIFICATE_VALIDITY_MONTHS("admission.certificateValidityMonths"),
        INTRODUCER_TENURE_MONTHS("admission.introducerTenureMonths"),
        YOUTH_UNION_MAX_AGE("admission.youthUnionMaxAge"),
        VERIFICATION_DAYS("admission.verificationWorkingDays"),
        VERIFICATION_ABROAD_DAYS("admission.verificationAbroadWorkingDays"),
        DECISION_DAYS("admission.decisionWorkingDays"),
        DECISION_EXTENSION_DAYS("admission.decisionExtensionWorkingDays"),
        CEREMONY_DAYS("admission.ceremonyWorkingDays"),
        MEMBER_RECORDS_DAYS("admission.memberRecordsWorkingDays"),
        // the register's own setting (written in two parts: it is a rule-book key, not a message key)
        PROBATION_MONTHS("member" + ".probationMonths"),
        FULL_MEMBERSHIP_DAYS("admission.fullMembershipWorkingDays"),
        FULL_DECISION_DAYS("admission.fullDecisionWorkingDays"),
        FULL_DECISION_EXTENSION_DAYS("admission.fullDecisionExtensionWorkingDays"),
        MAX_FAILED_VOTES("admission.maxFailedVotes");

        private final String key;

        Setting(String key) {
            this.key = key;
        }

        /** The key in the rule book (and, with "rulebook." before it, its label). */
        public String key() {
            return key;
        }
    }

    /**
     * The setting's value in force on {@code at}.
     *
     * @throws vn.sochibo.common.ValidationException when no value applies on that day (names the setting and day)
     */
    int value(Setting setting, LocalDate at);

    /** The {@code days}-th working day after {@code from} (which is not counted). */
    LocalDate plusWorkingDays(LocalDate from, int days);

    /** Whether the public holidays of {@code year} are known (else deadlines count weekends only, and say so). */
    boolean holidaysKnown(int year);

    /** A deadline: {@code days} working days (the setting's value on {@code from}) after {@code from}. */
    default LocalDate deadline(LocalDate from, Setting days) {
        return plusWorkingDays(from, value(days, from));
    }
}
