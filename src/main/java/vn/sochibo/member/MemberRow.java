package vn.sochibo.member;

/**
 * A table row: the member plus what the table sorts and shows without recomputing. {@code nameRank} is the
 * row's position in Vietnamese name order (given name, family name, middle names) within the loaded list, so
 * sorting 100,000 rows by name compares integers, not collation keys.
 */
public record MemberRow(MemberSummary member, int nameRank, Integer partyYears) implements Comparable<MemberRow> {

    @Override
    public int compareTo(MemberRow other) {
        return Integer.compare(nameRank, other.nameRank);
    }
}
