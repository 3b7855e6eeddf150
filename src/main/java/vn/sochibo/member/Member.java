package vn.sochibo.member;

/** A stored member: the record, its database id and the status derived from its events. */
public record Member(long id, MemberDraft data, MemberStatus status) {
}
