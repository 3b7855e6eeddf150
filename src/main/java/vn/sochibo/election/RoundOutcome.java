package vn.sochibo.election;

import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.TallyResult;

/**
 * A round's result with what may happen next in its office's election, read together for the result screen.
 *
 * @param result the result (as kept once counted)
 * @param next   what may happen next in the office's election
 */
public record RoundOutcome(TallyResult result, Election.NextStep next) {
}
