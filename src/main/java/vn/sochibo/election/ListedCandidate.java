package vn.sochibo.election;

import vn.sochibo.election.engine.Candidate;

/**
 * A name on an office's list as stored.
 *
 * @param id         database id
 * @param name       full name
 * @param partyYears Party years (orders alternates with equal votes)
 * @param floorVotes hands in favour for a nomination from the floor; {@code null} for the convening
 *                   committee's nominations
 * @param withdrawn  whether the congress accepted the withdrawal
 */
public record ListedCandidate(long id, String name, int partyYears, Integer floorVotes, boolean withdrawn) {

    /**
     * The engine's candidate.
     *
     * @return the candidate
     */
    public Candidate toCandidate() {
        return new Candidate(name, partyYears);
    }
}
