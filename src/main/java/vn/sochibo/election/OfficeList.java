package vn.sochibo.election;

import java.util.List;

import vn.sochibo.common.Problem;

/**
 * An office's candidate list read in one go for the list screen.
 *
 * @param candidates every name put on the list, withdrawn ones included, in ballot order
 * @param problems   what the rules say about the list for the next round, as message keys
 * @param eligible   who may still be put on it
 */
public record OfficeList(List<ListedCandidate> candidates, List<Problem> problems, List<CongressAttendee> eligible) {

    /** Copies the lists. */
    public OfficeList {
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
        eligible = List.copyOf(eligible);
    }
}
