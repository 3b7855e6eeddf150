package vn.sochibo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PartyYearsTest {

    private static MemberEvent event(MemberEventType type, String date, String note) {
        return new MemberEvent(1, 1, type, LocalDate.parse(date), null, null, note);
    }

    @Test
    void partyYearsCountFromTheAdmissionDecisionAsInT10() {
        LocalDate decision = LocalDate.of(2025, 2, 20);
        assertThat(PartyYears.completedYears(decision, List.of(), LocalDate.of(2055, 2, 19))).contains(29);
        assertThat(PartyYears.completedYears(decision, List.of(), LocalDate.of(2055, 2, 20))).contains(30);
    }

    @Test
    void thirtyYearBadgeOfT10IsPresentedInTheThirdOfFebruaryRound() {
        var badge = PartyYears.nextBadge(LocalDate.of(2025, 2, 20), List.of(), LocalDate.of(2026, 11, 22)).orElseThrow();
        assertThat(badge.years()).isEqualTo(30);
        assertThat(badge.reached()).isEqualTo(LocalDate.of(2055, 2, 20));
        assertThat(badge.presentation()).isEqualTo(LocalDate.of(2055, 2, 3));
    }

    @Test
    void presentationRoundsFollowTheSchedule() {
        assertThat(PartyYears.presentationDay(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(PartyYears.presentationDay(LocalDate.of(2027, 4, 30))).isEqualTo(LocalDate.of(2027, 5, 19));
        assertThat(PartyYears.presentationDay(LocalDate.of(2027, 7, 1))).isEqualTo(LocalDate.of(2027, 9, 2));
        assertThat(PartyYears.presentationDay(LocalDate.of(2027, 10, 1))).isEqualTo(LocalDate.of(2027, 11, 7));
    }

    @Test
    void timeOutOfThePartyIsSubtracted() {
        LocalDate decision = LocalDate.of(1990, 1, 1);
        List<MemberEvent> events = List.of(
                event(MemberEventType.REMOVED, "2000-01-01", null),
                event(MemberEventType.READMITTED, "2005-01-01", null));
        // 36 calendar years minus 5 years out
        assertThat(PartyYears.completedYears(decision, events, LocalDate.of(2026, 1, 2))).contains(31);
        assertThat(PartyYears.completedYears(decision, List.of(), LocalDate.of(2026, 1, 2))).contains(36);
    }

    @Test
    void awardedBadgesAreSkipped() {
        List<MemberEvent> events = List.of(event(MemberEventType.BADGE_AWARDED, "2020-02-03", "30 năm tuổi đảng"));
        var badge = PartyYears.nextBadge(LocalDate.of(1990, 1, 15), events, LocalDate.of(2026, 1, 1)).orElseThrow();
        assertThat(badge.years()).isEqualTo(40);
    }

    @Test
    void unknownStartGivesNoYears() {
        assertThat(PartyYears.completedYears(null, List.of(), LocalDate.now())).isEmpty();
    }

    @Test
    void partyYearsStopAtDeathRemovalOrExpulsionAndNoBadgeIsDueAfter() {
        LocalDate decision = LocalDate.of(1990, 1, 1);
        LocalDate later = LocalDate.of(2026, 11, 22);
        for (MemberEventType end : List.of(MemberEventType.DECEASED, MemberEventType.REMOVED, MemberEventType.EXPELLED)) {
            List<MemberEvent> events = List.of(event(end, "2015-06-01", null));
            assertThat(PartyYears.completedYears(decision, events, later)).as(end.name()).contains(25);
            assertThat(PartyYears.nextBadge(decision, events, later)).as(end.name()).isEmpty();
            assertThat(PartyYears.membershipEnded(events, later)).contains(LocalDate.of(2015, 6, 1));
        }
        // re-admitted: years count again, minus the gap, and badges are due again
        List<MemberEvent> back = List.of(event(MemberEventType.REMOVED, "2015-06-01", null),
                event(MemberEventType.READMITTED, "2016-06-01", null));
        assertThat(PartyYears.completedYears(decision, back, later)).contains(35);
        assertThat(PartyYears.nextBadge(decision, back, later)).isPresent();
        // a death after a removal ends it at the removal
        List<MemberEvent> removedThenDied = List.of(event(MemberEventType.REMOVED, "2010-06-01", null),
                event(MemberEventType.DECEASED, "2020-06-01", null));
        assertThat(PartyYears.completedYears(decision, removedThenDied, later)).contains(20);
    }
}
