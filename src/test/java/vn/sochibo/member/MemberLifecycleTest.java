package vn.sochibo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MemberLifecycleTest {

    private final List<MemberEvent> events = new ArrayList<>();

    private void add(MemberEventType type, String date) {
        events.add(new MemberEvent(events.size() + 1, 1, type, LocalDate.parse(date), null, null, null));
    }

    private MemberStatus status() {
        return MemberLifecycle.status(events, MemberStatus.PROBATIONARY);
    }

    @Test
    void admittedMemberIsProbationaryUntilRecognised() {
        add(MemberEventType.ADMITTED, "2025-03-14");
        assertThat(status()).isEqualTo(MemberStatus.PROBATIONARY);
        add(MemberEventType.OFFICIAL, "2026-03-14");
        assertThat(status()).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void officialDateIsTwelveMonthsAfterTheCeremonyAsInT10() {
        assertThat(MemberLifecycle.probationEnd(LocalDate.of(2025, 3, 14))).isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void temporaryLeaveAndReturn() {
        add(MemberEventType.ADMITTED, "2010-01-10");
        add(MemberEventType.OFFICIAL, "2011-01-10");
        add(MemberEventType.TEMPORARY_LEAVE, "2026-03-02");
        assertThat(status()).isEqualTo(MemberStatus.TEMPORARILY_AWAY);
        assertThat(status().onRegister()).isTrue();
        add(MemberEventType.TEMPORARY_RETURN, "2026-09-01");
        assertThat(status()).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void suspensionWinsOverExemption() {
        add(MemberEventType.ADMITTED, "2000-01-10");
        add(MemberEventType.OFFICIAL, "2001-01-10");
        add(MemberEventType.EXEMPTED, "2020-01-01");
        add(MemberEventType.SUSPENDED, "2021-01-01");
        assertThat(status()).isEqualTo(MemberStatus.SUSPENDED);
        add(MemberEventType.SUSPENSION_ENDED, "2021-06-01");
        assertThat(status()).isEqualTo(MemberStatus.EXEMPT);
    }

    @Test
    void leavingEventsTakeTheMemberOffTheRegister() {
        add(MemberEventType.ADMITTED, "2000-01-10");
        add(MemberEventType.OFFICIAL, "2001-01-10");
        add(MemberEventType.DECEASED, "2025-08-14");
        assertThat(status()).isEqualTo(MemberStatus.DECEASED);
        assertThat(status().onRegister()).isFalse();
        assertThat(MemberLifecycle.allowedNext(MemberStatus.DECEASED)).isEmpty();
    }

    @Test
    void readmissionMakesTheMemberProbationaryAgain() {
        add(MemberEventType.ADMITTED, "2000-01-10");
        add(MemberEventType.OFFICIAL, "2001-01-10");
        add(MemberEventType.REMOVED, "2010-01-10");
        assertThat(status()).isEqualTo(MemberStatus.REMOVED);
        add(MemberEventType.READMITTED, "2015-01-10");
        assertThat(status()).isEqualTo(MemberStatus.PROBATIONARY);
    }

    @Test
    void eventsAreAppliedInDateOrderNotEntryOrder() {
        add(MemberEventType.OFFICIAL, "2011-01-10");
        add(MemberEventType.ADMITTED, "2010-01-10");
        assertThat(status()).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void onlyFittingEventsAreOffered() {
        assertThat(MemberLifecycle.allowedNext(MemberStatus.PROBATIONARY)).contains(MemberEventType.OFFICIAL)
                .doesNotContain(MemberEventType.BADGE_AWARDED, MemberEventType.READMITTED);
        assertThat(MemberLifecycle.allowedNext(MemberStatus.OFFICIAL)).doesNotContain(MemberEventType.OFFICIAL);
        assertThat(MemberLifecycle.allowedNext(MemberStatus.REMOVED)).containsExactly(MemberEventType.READMITTED);
    }
}
