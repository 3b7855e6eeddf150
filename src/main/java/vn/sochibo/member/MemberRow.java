package vn.sochibo.member;

import vn.sochibo.common.PersonName;

/** A table row: the member plus what the table sorts and shows without recomputing. */
public record MemberRow(MemberSummary member, PersonName.SortKey sortKey, Integer partyYears) implements Comparable<MemberRow> {

    /** Vietnamese list order: given name, family name, middle names; then id for a stable order. */
    @Override
    public int compareTo(MemberRow other) {
        int c = sortKey.compareTo(other.sortKey);
        return c != 0 ? c : Long.compare(member.id(), other.member.id());
    }
}
