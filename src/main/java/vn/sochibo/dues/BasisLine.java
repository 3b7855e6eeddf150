package vn.sochibo.dues;

import java.util.List;

import vn.sochibo.common.Problem;

/**
 * One row of an imported list of bases: the row number in the file, the name as written, the basis read from it
 * (member id 0 until matched; null when the row could not be read at all), the member it was matched to (0: none)
 * and what is wrong with it. Only rows without problems are stored.
 */
public record BasisLine(int row, String name, DuesBasis basis, long memberId, List<Problem> problems) {

    public BasisLine {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && basis != null && memberId > 0;
    }
}
