package vn.sochibo.election.engine;

import java.util.Comparator;
import java.util.function.ToIntFunction;

import vn.sochibo.common.PersonName;

/**
 * The orders in which candidates are listed (src/site/rules.md, "Bầu cử tại đại hội chi bộ": the ballot in ABC
 * order, alternates by votes then Party years).
 *
 * <p>Names compare as the register sorts them ({@link PersonName#sortKey}: the Vietnamese collator, "Đ" after "D",
 * unaccented letters before accented ones). The comparators are safe to share between threads.
 */
public final class CandidateOrder {

    private static final Comparator<Candidate> ALPHABETICAL = Comparator
            .comparing((Candidate candidate) -> PersonName.sortKey(candidate.name()))
            .thenComparing(Candidate::name);

    private CandidateOrder() {
    }

    /**
     * Vietnamese ABC order: given name, then family name, then middle names (the State convention that Party
     * congresses copy); a final code-point comparison of the full name keeps it total.
     *
     * @return a comparator consistent with equals on names
     */
    public static Comparator<Candidate> alphabetical() {
        return ALPHABETICAL;
    }

    /**
     * Alternates' order: more votes first, then more Party years, then ABC order (Quy định 294-QĐ/TW §11.4.2).
     *
     * @param votesOf the votes of each candidate in the round
     * @return a comparator over the candidates of one round
     */
    public static Comparator<Candidate> alternates(ToIntFunction<Candidate> votesOf) {
        return Comparator.comparingInt(votesOf).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::partyYears).reversed())
                .thenComparing(ALPHABETICAL);
    }
}
