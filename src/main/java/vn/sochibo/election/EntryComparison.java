package vn.sochibo.election;

import java.util.List;

/**
 * How far the two entries of a round have got, and where they differ. The differences may be shown only once
 * both have entered the same number of ballots: until then the second entry must stay blind to the first
 * (src/site/rules.md, "Sinh hoạt chi bộ và đại hội").
 *
 * @param entered1  ballots entry 1 has entered
 * @param entered2  ballots entry 2 has entered
 * @param differing ballots where they differ or which only one entered
 */
public record EntryComparison(int entered1, int entered2, List<Disagreement> differing) {

    /** Copies the list. */
    public EntryComparison {
        differing = List.copyOf(differing);
    }

    /** Whether both entries have entered the same, non-zero number of ballots (the comparison may be shown). */
    public boolean bothDone() {
        return entered1 > 0 && entered1 == entered2;
    }
}
