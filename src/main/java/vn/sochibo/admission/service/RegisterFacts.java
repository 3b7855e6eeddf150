package vn.sochibo.admission.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.sochibo.member.MemberEvent;
import vn.sochibo.member.MemberLifecycle;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.MemberSummary;

/**
 * What admission asks of the register, read once: whether a member was an official member on a day (introducers
 * and the helping member must be), and members by id.
 */
final class RegisterFacts {

    /** Statuses of an official member still in the branch's headcount. */
    private static final Set<MemberStatus> OFFICIAL = EnumSet.of(MemberStatus.OFFICIAL, MemberStatus.TEMPORARILY_AWAY,
            MemberStatus.EXEMPT);

    private final Map<Long, MemberSummary> members;
    private final Map<Long, List<MemberEvent>> events;

    RegisterFacts(MemberService register) {
        this.members = register.list().stream().collect(Collectors.toMap(MemberSummary::id, Function.identity()));
        this.events = register.allEvents();
    }

    MemberSummary member(long id) {
        return members.get(id);
    }

    /** Whether the member was an official member, on the register, on {@code date}. */
    boolean officialOn(Long memberId, LocalDate date) {
        MemberSummary m = memberId == null ? null : members.get(memberId);
        if (m == null) {
            return false;
        }
        MemberStatus status = MemberLifecycle.statusAt(m, events.getOrDefault(memberId, List.of()), date);
        return status != null && OFFICIAL.contains(status) && (m.officialDate() == null || !m.officialDate().isAfter(date));
    }
}
