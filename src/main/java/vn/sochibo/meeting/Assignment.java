package vn.sochibo.meeting;

import java.time.LocalDate;

import vn.sochibo.common.Text;

/**
 * A task given at a meeting: who, what, by when, and where it stands. {@code carriedFrom} is the assignment of an
 * earlier meeting this one continues ({@code null} for a new task); {@code id} is 0 before it is stored.
 */
public record Assignment(long id, String assignee, String task, LocalDate dueDate, AssignmentStatus status, Long carriedFrom) {

    public Assignment {
        assignee = Text.personName(assignee);
        task = Text.clean(task);
        status = status == null ? AssignmentStatus.OPEN : status;
    }

    /** A new open assignment. */
    public static Assignment open(String assignee, String task, LocalDate dueDate) {
        return new Assignment(0, assignee, task, dueDate, AssignmentStatus.OPEN, null);
    }
}
