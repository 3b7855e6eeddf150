package vn.sochibo.meeting;

import java.nio.file.Path;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.UiExecutor;

/**
 * The minutes template part of Cài đặt: export the built-in template to edit it in Word, put an edited one back,
 * go back to the built-in one. File work runs through the {@link UiExecutor}; methods on the FX thread.
 */
public final class MinutesTemplateViewModel {

    private final MinutesService minutes;
    private final UiExecutor executor;
    private final Messages messages;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper ownTemplate = new ReadOnlyBooleanWrapper(this, "ownTemplate");

    public MinutesTemplateViewModel(MinutesService minutes, UiExecutor executor, Messages messages) {
        this.minutes = minutes;
        this.executor = executor;
        this.messages = messages;
    }

    public ReadOnlyStringProperty stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty ownTemplateProperty() { return ownTemplate.getReadOnlyProperty(); }

    /** Reads whether the user's own template is in use. */
    public void refresh() {
        run(minutes::hasUserTemplate, null);
    }

    /** Saves the built-in template to {@code target} for editing in Word. */
    public void exportBuiltIn(Path target) {
        run(() -> {
            minutes.exportBuiltInTemplate(target);
            return minutes.hasUserTemplate();
        }, messages.get("meeting.template.exported", target));
    }

    /** Makes the edited template at {@code source} the one used for minutes; a broken file changes nothing. */
    public void install(Path source) {
        run(() -> {
            minutes.installUserTemplate(source);
            return minutes.hasUserTemplate();
        }, messages.get("meeting.template.installed"));
    }

    /** Goes back to the built-in template. */
    public void reset() {
        run(() -> {
            minutes.removeUserTemplate();
            return minutes.hasUserTemplate();
        }, messages.get("meeting.template.reset"));
    }

    private interface Job {
        boolean call();
    }

    private void run(Job job, String success) {
        problem.set("");
        message.set("");
        executor.submit(progress -> job.call(), own -> {
            ownTemplate.set(own);
            state.set(messages.get(own ? "meeting.template.state.own" : "meeting.template.state.builtIn"));
            if (success != null) {
                message.set(success);
            }
        }, failure -> problem.set(messages.describe(failure)));
    }
}
