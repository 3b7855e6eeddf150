package vn.sochibo.election;

import vn.sochibo.election.engine.Office;

/**
 * One office to elect at a congress, with the show-of-hands vote on the number to elect.
 *
 * @param id           database id
 * @param congressId   the congress
 * @param office       what is elected
 * @param seats        official places the congress voted (or the upper level allocated, for delegates)
 * @param alternates   alternate places (delegates only)
 * @param handsFor     hands raised for the number
 * @param handsAgainst hands raised against it
 */
public record ElectionOffice(long id, long congressId, Office office, int seats, int alternates, int handsFor,
        int handsAgainst) {
}
