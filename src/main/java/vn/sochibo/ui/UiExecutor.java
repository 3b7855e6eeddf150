package vn.sochibo.ui;

import java.util.function.Consumer;

import vn.sochibo.common.ProgressListener;

/**
 * Runs work off the FX thread. Callbacks always arrive on the FX thread (or inline in tests).
 * View models submit everything that touches the database or files through this.
 */
public interface UiExecutor {

    <T> Running submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** A unit of background work. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressListener progress) throws Exception;
    }

    /** A handle on submitted work. */
    interface Running {
        void cancel();
    }
}
