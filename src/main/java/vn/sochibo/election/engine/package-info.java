/**
 * The counting engine: ballots and how they are ruled, a tally and its result, who takes the places, ties and
 * further rounds, the candidate list's checks, N from the roll. Pure Java on {@code common} and {@code vote}: no
 * database, no window, no file. Problems are message keys with their arguments ({@link vn.sochibo.common.Problem}),
 * never finished sentences.
 */
package vn.sochibo.election.engine;
