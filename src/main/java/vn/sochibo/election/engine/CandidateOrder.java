package vn.sochibo.election.engine;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The orders in which candidates are listed (DOMAIN.md §1.4, §1.9, §1.10).
 *
 * <p>Comparisons use the JDK's Vietnamese collator, in which "Đ" follows "D" and unaccented letters come
 * before accented ones. The comparators are safe to share between threads.
 */
public final class CandidateOrder {

    private static final Collator VIETNAMESE = Collator.getInstance(new Locale("vi", "VN"));

    private static final Comparator<Candidate> ALPHABETICAL = Comparator
            .comparing(Candidate::givenName, CandidateOrder::compareWords)
            .thenComparing(Candidate::familyName, CandidateOrder::compareWords)
            .thenComparing(Candidate::middleNames, CandidateOrder::compareWords)
            .thenComparing(Candidate::name);

    private CandidateOrder() {
    }

    /**
     * Vietnamese ABC order: given name, then family name, then middle names (the State convention that
     * Party congresses copy, §1.4); a final code-point comparison of the full name keeps it total.
     *
     * @return a comparator consistent with equals on names
     */
    public static Comparator<Candidate> alphabetical() {
        return ALPHABETICAL;
    }

    /**
     * Alternates' order (§1.9, decision 2): more votes first, then more Party years, then ABC order.
     *
     * @param votesOf the votes of each candidate in the round
     * @return a comparator over the candidates of one round
     */
    public static Comparator<Candidate> alternates(ToIntFunction<Candidate> votesOf) {
        return Comparator.comparingInt(votesOf).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::partyYears).reversed())
                .thenComparing(ALPHABETICAL);
    }

    private static int compareWords(String left, String right) {
        return VIETNAMESE.compare(left, right);
    }
}
