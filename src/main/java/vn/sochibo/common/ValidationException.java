package vn.sochibo.common;

import java.util.List;

/** Thrown by a service when input has errors; nothing was changed. Carries every problem found. */
public final class ValidationException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.isEmpty() ? "validation.failed" : problems.get(0).messageKey(),
                problems.isEmpty() ? new Object[0] : problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
