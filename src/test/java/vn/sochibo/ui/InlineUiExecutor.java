package vn.sochibo.ui;

import java.util.function.Consumer;

import vn.sochibo.common.ProgressListener;

/** Runs background work at once, on the calling thread (no toolkit needed): view-model tests. */
public final class InlineUiExecutor implements UiExecutor {

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
