package vn.sochibo.admission;

/**
 * The checks of rules the program cannot be sure of (marked uncertain in src/site/rules.md) or that a document can
 * lift (an upper level's consent): they stop the step until the clerk accepts them with a recorded reason.
 */
public enum AcceptableCheck {
    /** The class certificate is older than the validity period (60 months: Hanoi guide; no national text found). */
    CERTIFICATE_EXPIRED,
    /** Age in the birth month: 18 (or 60) by months, not yet (or past) by days; which one counts is uncertain. */
    AGE_MONTH_BOUNDARY,
    /** Over 60 at the vote: needs the provincial standing committee's prior written consent. */
    AGE_OVER_MAX,
    /** Introduced by the Youth Union while over youth age (30 in the Hanoi guide). */
    YOUTH_AGE,
    /** Ceremony later than the working days allowed: needs the upper committee's consent. */
    CEREMONY_LATE
}
