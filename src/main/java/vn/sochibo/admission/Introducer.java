package vn.sochibo.admission;

import java.time.LocalDate;

import vn.sochibo.common.Text;

/**
 * A member introducing the candidate: the member in the register ({@code memberId}, null when that record was
 * deleted), the name as it stands in the file, since when they worked, studied or lived together, the date of the
 * introduction, and whether the chi bộ assigned them after an earlier introducer left (no 12-month condition).
 */
public record Introducer(long id, Long memberId, String fullName, LocalDate togetherSince, LocalDate introducedOn,
                         boolean replacement) {

    public Introducer {
        fullName = Text.personName(Text.cleanOrNull(fullName));
    }
}
