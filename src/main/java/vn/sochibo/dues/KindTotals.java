package vn.sochibo.dues;

/** A year's figures for one kind of basis (or the exempt, or those with no basis when {@code kind} is null). */
public record KindTotals(DuesKind kind, int members, long due, long collected) {
}
