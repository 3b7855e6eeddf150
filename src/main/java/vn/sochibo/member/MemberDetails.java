package vn.sochibo.member;

import java.util.List;

/** A member with its lifecycle history, oldest event first. */
public record MemberDetails(Member member, List<MemberEvent> events) {
}
