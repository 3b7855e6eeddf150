package vn.sochibo.election;

import java.util.List;

import vn.sochibo.election.engine.CongressRoll;

/**
 * A congress's roll read in one go: the lines as the clerk sees them and the engine's view of them (N with its
 * working, who gets a ballot, notes).
 *
 * @param lines every line of the roll, in name order
 * @param roll  the engine's roll
 */
public record AttendanceList(List<CongressAttendee> lines, CongressRoll roll) {

    /** Copies the list. */
    public AttendanceList {
        lines = List.copyOf(lines);
    }
}
