package vn.sochibo.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import vn.sochibo.common.ProgressListener;

/**
 * A {@link UiExecutor} for tests that runs the work and its callback at once, on the calling thread: a view
 * model's command has finished when the call returns, with no toolkit and no waiting. {@link #hold()} keeps
 * submitted work instead, until {@link #runHeld()}, to look at a view model while its work is pending (busy
 * states, cancelling, what the first frame shows before anything loads).
 */
public final class DirectUiExecutor implements UiExecutor {

    /** A progress report a piece of work made. */
    public record Progress(long done, long total) {
    }

    private final List<Runnable> held = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final List<Progress> progress = new ArrayList<>();
    private boolean holding;
    private int submitted;

    /** From now on, keeps submitted work until {@link #runHeld()}. */
    public DirectUiExecutor hold() {
        holding = true;
        return this;
    }

    /** Runs the work held so far (and its callbacks), in order; later work runs at once again. */
    public void runHeld() {
        holding = false;
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
    }

    /** How many pieces of work are held, not yet run. */
    public int heldCount() {
        return held.size();
    }

    /** How many pieces of work were submitted since this executor was made. */
    public int submittedCount() {
        return submitted;
    }

    /** What the work that failed threw, in order (each was also handed to its failure callback). */
    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    /** The progress reported by the work, in order. */
    public List<Progress> progress() {
        return List.copyOf(progress);
    }

    @Override
    public <T> Running submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submitted++;
        boolean[] cancelled = {false};
        ProgressListener listener = new ProgressListener() {
            @Override
            public void worked(long done, long total) {
                progress.add(new Progress(done, total));
            }

            @Override
            public boolean cancelled() {
                return cancelled[0];
            }
        };
        Runnable run = () -> {
            if (cancelled[0]) {
                return; // as a cancelled task: no callback
            }
            T result;
            try {
                result = work.run(listener);
            } catch (Exception e) {
                failures.add(e);
                onFailure.accept(e);
                return;
            }
            if (!cancelled[0]) {
                onSuccess.accept(result);
            }
        };
        if (holding) {
            held.add(run);
        } else {
            run.run();
        }
        return () -> cancelled[0] = true;
    }
}
