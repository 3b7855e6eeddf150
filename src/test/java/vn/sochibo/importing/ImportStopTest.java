package vn.sochibo.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.TestClocks;
import vn.sochibo.bench.MemberGenerator;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.common.ProgressListener;
import vn.sochibo.ui.UiExecutor;

/**
 * "Dừng" in the import wizard stops a running import cleanly: pressed while the rows are being written, the one
 * transaction rolls back and the register is as it was, and the wizard says so (issue 17: "Dừng" did nothing
 * visible). Real H2 register, a real 2,000-row workbook written by the program's own export.
 */
class ImportStopTest {

    @TempDir
    Path dir;

    private final Services source = Services.inMemory(TestClocks.FIXED);
    private final Services target = Services.inMemory(TestClocks.FIXED);
    private final Messages vi = Messages.forLanguage("vi");

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    /** Runs each step on its own thread (as the app's executor does) and lets the test wait for its end. */
    private static final class ThreadExecutor implements UiExecutor {
        private final AtomicInteger worked = new AtomicInteger();
        private volatile Runnable atRow500 = () -> { };
        private volatile CountDownLatch finished = new CountDownLatch(1);

        @Override
        public <T> Running submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            CountDownLatch done = new CountDownLatch(1);
            finished = done;
            Thread t = new Thread(() -> {
                try {
                    T value = work.run(new ProgressListener() {
                        @Override
                        public void worked(long rows, long total) {
                            if (worked.incrementAndGet() == 500) {
                                atRow500.run();
                            }
                        }

                        @Override
                        public boolean cancelled() {
                            return false;
                        }
                    });
                    onSuccess.accept(value);
                } catch (Throwable e) {
                    onFailure.accept(e);
                } finally {
                    done.countDown();
                }
            });
            t.start();
            return () -> { };
        }

        void await() throws InterruptedException {
            assertThat(finished.await(120, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void stoppingACommitMidwayWritesNothingAndSaysSo() throws Exception {
        source.members().createAllWithHistory(MemberGenerator.members(2000, 7));
        Path file = dir.resolve("danh-sach-2000.xlsx");
        source.exports().exportAll(file);

        ThreadExecutor executor = new ThreadExecutor();
        MemberImportViewModel wizard = new MemberImportViewModel(target.imports(), executor, vi);
        wizard.open(file);
        executor.await();
        wizard.preview();
        executor.await();
        assertThat(wizard.rows()).hasSize(2000);
        long importable = wizard.rows().stream().filter(PreviewRow::importable).count();
        assertThat(importable).isGreaterThan(1000);

        executor.worked.set(0);
        executor.atRow500 = wizard::cancel; // "Dừng" while the rows are being written
        wizard.commit();
        executor.await();

        assertThat(executor.worked.get()).as("the commit was under way").isGreaterThanOrEqualTo(500).isLessThan(2000);
        assertThat(wizard.rows()).hasSize(2000);
        assertThat(target.members().list()).as("nothing half-written").isEmpty();
        assertThat(wizard.resultProperty().get()).isNull();
        assertThat(wizard.busyProperty().get()).isFalse();
        assertThat(wizard.summaryProperty().get()).isEqualTo(vi.get("import.wizard.cancelled"));
        assertThat(wizard.problemProperty().get()).isEmpty();

        // and "Nhập" again afterwards imports the whole list
        executor.atRow500 = () -> { };
        wizard.commit();
        executor.await();
        assertThat(target.members().list()).hasSize((int) importable);
    }
}
