package vn.sochibo.election.engine;

import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.ValidationException;

/**
 * A person on an election list.
 *
 * <p>The name is cleaned as every text entering the program ({@link Text#clean}: NFC, blanks collapsed, no
 * leading or trailing blanks), so a name typed on another keyboard (decomposed accents) or pasted with no-break
 * spaces still matches the ballot. How a Vietnamese name splits into family, middle and given names, and how it
 * sorts, is the register's ({@link vn.sochibo.common.PersonName}).
 *
 * @param name       full name as printed on the ballot, not blank
 * @param partyYears whole years of Party membership (tuổi đảng), used only to order alternates with equal
 *                   votes (src/site/rules.md, "Bầu cử tại đại hội chi bộ"); not negative
 */
public record Candidate(String name, int partyYears) {

    /**
     * Cleans and checks the name.
     *
     * @throws ValidationException  ({@code election.engine.blankCandidateName}, or
     *                              {@code election.engine.negativePartyYears} with the name and the years) if the
     *                              name is blank or the Party years are negative
     * @throws NullPointerException if the name is null
     */
    public Candidate {
        name = Text.clean(java.util.Objects.requireNonNull(name, "name"));
        if (name.isEmpty()) {
            throw new ValidationException(List.of(Problem.error("candidate", "election.engine.blankCandidateName")));
        }
        if (partyYears < 0) {
            throw new ValidationException(List.of(Problem.error("candidate", "election.engine.negativePartyYears",
                    name, partyYears)));
        }
    }

    /**
     * A candidate whose Party years do not matter here.
     *
     * @param name full name, not blank
     * @return a candidate with 0 Party years
     */
    public static Candidate named(String name) {
        return new Candidate(name, 0);
    }
}
