package vn.sochibo.ui;

import java.util.function.Consumer;

import vn.sochibo.common.ProgressListener;

/**
 * Runs work at once on the calling thread, then its callback: view models are tested without the toolkit and without
 * waiting. A failure goes to the failure callback, as with the real executor.
 */
public final class DirectUiExecutor implements UiExecutor {

    @Override
    public <T> Running submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.run(ProgressListener.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
