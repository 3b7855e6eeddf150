package vn.sochibo.admission;

import vn.sochibo.common.Problem;

/**
 * One finding of the checks before a step: a rule broken that the program is sure of ({@link Kind#BLOCK}: the step
 * is refused), a rule it cannot be sure of or that a consent lifts ({@link Kind#NEEDS_REASON}: refused until the
 * clerk accepts {@link #check} with a reason, then recorded), or something to know ({@link Kind#WARN}: shown,
 * never refused).
 *
 * @param check the check a reason lifts ({@code null} unless {@link Kind#NEEDS_REASON})
 * @param problem what to tell the clerk (message key and arguments)
 * @param accepted whether the clerk already accepted {@code check} with a reason
 */
public record Finding(Kind kind, AcceptableCheck check, Problem problem, boolean accepted) {

    public enum Kind { BLOCK, NEEDS_REASON, WARN }

    static Finding block(String key, Object... args) {
        return new Finding(Kind.BLOCK, null, Problem.error(null, key, args), false);
    }

    static Finding warn(String key, Object... args) {
        return new Finding(Kind.WARN, null, Problem.warning(null, key, args), false);
    }

    static Finding needsReason(Candidate candidate, AcceptableCheck check, String key, Object... args) {
        boolean accepted = candidate.accepted(check).isPresent();
        return new Finding(Kind.NEEDS_REASON, check, accepted ? Problem.warning(null, key, args)
                : Problem.error(null, key, args), accepted);
    }

    /** Whether the finding stops the step now: a block, or a check not yet accepted. */
    public boolean stops() {
        return kind == Kind.BLOCK || kind == Kind.NEEDS_REASON && !accepted;
    }
}
