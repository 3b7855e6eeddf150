package vn.sochibo.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link FileDialogs} for tests: answers with paths instead of showing a dialog, and records every question.
 * Queued answers ({@link #answerNext}) come first, then the standing answer ({@link #answerWith}); with neither,
 * the question is cancelled.
 */
public final class TestFileDialogs implements FileDialogs {

    /** What a dialog asked: open, save or folder; for a folder, kind and name are null. */
    public record Question(String operation, String title, FileKind kind, String suggestedName) {
    }

    private final Deque<Path> next = new ArrayDeque<>();
    private final List<Question> asked = new ArrayList<>();
    private volatile Function<Question, Path> standing = q -> null;

    /** The next question (of any kind) gets {@code file}. */
    public TestFileDialogs answerNext(Path file) {
        next.add(file);
        return this;
    }

    /** Every question without a queued answer gets what {@code answer} says (null: cancelled). */
    public TestFileDialogs answerWith(Function<Question, Path> answer) {
        standing = answer;
        return this;
    }

    /** Every question without a queued answer gets {@code file}. */
    public TestFileDialogs answerAlways(Path file) {
        return answerWith(q -> file);
    }

    /** The questions asked so far, oldest first. */
    public List<Question> asked() {
        return List.copyOf(asked);
    }

    @Override
    public Optional<Path> open(String title, FileKind kind) {
        return answer(new Question("open", title, kind, null));
    }

    @Override
    public Optional<Path> save(String title, FileKind kind, String suggestedName) {
        return answer(new Question("save", title, kind, suggestedName));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return answer(new Question("folder", title, null, null));
    }

    private Optional<Path> answer(Question question) {
        asked.add(question);
        Path queued = next.poll();
        return Optional.ofNullable(queued != null ? queued : standing.apply(question));
    }
}
