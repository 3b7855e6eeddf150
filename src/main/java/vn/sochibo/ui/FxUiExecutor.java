package vn.sochibo.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.concurrent.Task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sochibo.common.ProgressListener;

/** {@link UiExecutor} on two named daemon threads; results come back on the FX thread via {@link Task}. */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxUiExecutor.class);

    private final ExecutorService threads;
    private final AtomicInteger running = new AtomicInteger();

    public FxUiExecutor() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "sochibo-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught in {}", thread.getName(), e));
            return t;
        };
        this.threads = Executors.newFixedThreadPool(2, factory);
    }

    @Override
    public <T> Running submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (threads.isShutdown()) {
            // the window is closing: late events (a selection cleared on shutdown) have nothing left to do
            LOG.debug("Work submitted after shutdown was dropped");
            return () -> { };
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new ProgressListener() {
                    @Override
                    public void worked(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        running.incrementAndGet();
        task.setOnSucceeded(e -> {
            running.decrementAndGet();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.decrementAndGet();
            LOG.warn("Background work failed", task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> running.decrementAndGet());
        try {
            threads.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running.decrementAndGet();
            LOG.debug("Work submitted during shutdown was dropped");
        }
        return () -> task.cancel(true);
    }

    /** Work submitted and not yet finished (tests wait for 0). */
    public int runningCount() {
        return running.get();
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
