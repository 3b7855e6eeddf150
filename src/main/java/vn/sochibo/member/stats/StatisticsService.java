package vn.sochibo.member.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberEvent;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.member.PartyYears;
import vn.sochibo.member.PoliticalTheory;
import vn.sochibo.member.stats.MemberStatistics.AgeBand;
import vn.sochibo.member.stats.MemberStatistics.PartyYearsBand;

/** Computes the register's statistics as of today. Synchronous; call from a background thread. */
public final class StatisticsService {

    private final MemberService members;
    private final Clock clock;

    public StatisticsService(MemberService members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** Statistics of the whole register as of today. */
    public MemberStatistics compute() {
        return compute(members.list(), members.eventsForReminders(), members.subBranches(), LocalDate.now(clock));
    }

    /** Statistics of the given members (pure; used by tests and by {@link #compute()}). */
    public static MemberStatistics compute(List<MemberSummary> all, Map<Long, List<MemberEvent>> events,
                                           List<String> subBranches, LocalDate today) {
        Map<MemberStatus, Integer> byStatus = zeros(MemberStatus.class);
        Map<Gender, Integer> byGender = zeros(Gender.class);
        Map<AgeBand, Integer> byAge = zeros(AgeBand.class);
        Map<EducationLevel, Integer> byEducation = zeros(EducationLevel.class);
        Map<PoliticalTheory, Integer> byTheory = zeros(PoliticalTheory.class);
        Map<PartyYearsBand, Integer> byYears = zeros(PartyYearsBand.class);
        Map<String, Integer> bySubBranch = new LinkedHashMap<>();
        subBranches.forEach(name -> bySubBranch.put(name, 0));
        int onRegister = 0;
        int university = 0;
        int genderUnknown = 0;
        int withoutSubBranch = 0;
        for (MemberSummary m : all) {
            byStatus.merge(m.status(), 1, Integer::sum);
            if (!m.status().onRegister()) {
                continue;
            }
            onRegister++;
            if (m.gender() != null) {
                byGender.merge(m.gender(), 1, Integer::sum);
            } else {
                genderUnknown++; // an imported member whose gender is still to fill in (work list)
            }
            byAge.merge(ageBand(m, today), 1, Integer::sum);
            EducationLevel education = EducationLevel.of(m.professionalLevel());
            byEducation.merge(education, 1, Integer::sum);
            if (education.universityOrAbove()) {
                university++;
            }
            byTheory.merge(m.politicalTheory() == null ? PoliticalTheory.CHUA_QUA_DAO_TAO : m.politicalTheory(), 1, Integer::sum);
            Integer years = PartyYears.completedYears(m.partyYearsStart(), events.getOrDefault(m.id(), List.of()), today).orElse(null);
            byYears.merge(partyYearsBand(years), 1, Integer::sum);
            if (m.subBranch() != null) {
                bySubBranch.merge(m.subBranch(), 1, Integer::sum);
            } else {
                withoutSubBranch++;
            }
        }
        return new MemberStatistics(onRegister, byStatus.get(MemberStatus.PROBATIONARY), subBranches.size(), university,
                byStatus, byGender, byAge, byEducation, byTheory, byYears, bySubBranch, genderUnknown, withoutSubBranch);
    }

    static AgeBand ageBand(MemberSummary m, LocalDate today) {
        Integer age = null;
        if (m.birthDate() != null) {
            age = java.time.Period.between(m.birthDate(), today).getYears();
        } else if (m.birthYear() != null) {
            age = today.getYear() - m.birthYear();
        }
        if (age == null) {
            return AgeBand.UNKNOWN;
        }
        if (age <= 30) {
            return AgeBand.UNDER_31;
        }
        if (age <= 40) {
            return AgeBand.FROM_31_TO_40;
        }
        if (age <= 50) {
            return AgeBand.FROM_41_TO_50;
        }
        return age <= 60 ? AgeBand.FROM_51_TO_60 : AgeBand.OVER_60;
    }

    static PartyYearsBand partyYearsBand(Integer years) {
        if (years == null) {
            return PartyYearsBand.UNKNOWN;
        }
        if (years < 10) {
            return PartyYearsBand.UNDER_10;
        }
        if (years < 20) {
            return PartyYearsBand.FROM_10_TO_19;
        }
        if (years < 30) {
            return PartyYearsBand.FROM_20_TO_29;
        }
        return years < 40 ? PartyYearsBand.FROM_30_TO_39 : PartyYearsBand.FROM_40;
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0);
        }
        return map;
    }
}
