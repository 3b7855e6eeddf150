package vn.sochibo.evaluation.view;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import vn.sochibo.common.Messages;
import vn.sochibo.evaluation.EvaluationTexts;
import vn.sochibo.ui.UiExecutor;

/**
 * A save that runs in the background: busy while it runs, then the caller's follow-up, or every problem of a refused
 * save said in the clerk's words. FX thread only.
 */
final class SaveCommand {

    /** The save itself (runs off the FX thread). */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private final UiExecutor executor;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    SaveCommand(UiExecutor executor, Messages messages) {
        this.executor = executor;
        this.messages = messages;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    boolean busy() {
        return busy.get();
    }

    /** Shows a problem found before saving (nothing is submitted), or clears it with "". */
    void problem(String text) {
        problem.set(text);
    }

    /** Runs {@code work} in the background; {@code onSaved} runs on the FX thread when it succeeded. */
    void run(Work work, Runnable onSaved) {
        busy.set(true);
        problem.set("");
        executor.submit(progress -> {
            work.run();
            return Boolean.TRUE;
        }, saved -> {
            busy.set(false);
            onSaved.run();
        }, failure -> {
            busy.set(false);
            problem.set(EvaluationTexts.failure(messages, failure));
        });
    }
}
