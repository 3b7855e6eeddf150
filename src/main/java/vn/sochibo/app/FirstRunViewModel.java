package vn.sochibo.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import vn.sochibo.branch.BranchProfile;
import vn.sochibo.branch.BranchProfileForm;
import vn.sochibo.branch.BranchService;
import vn.sochibo.common.Messages;
import vn.sochibo.sample.SampleBranchLoader;
import vn.sochibo.ui.UiExecutor;

/** The first-run step: the branch profile, and the offer to load the sample branch. FX thread only. */
public final class FirstRunViewModel {

    private final BranchService branch;
    private final SampleBranchLoader samples;
    private final UiExecutor executor;
    private final Messages messages;
    private final BranchProfileForm form;
    private final BooleanProperty loadSample = new SimpleBooleanProperty(this, "loadSample", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public FirstRunViewModel(BranchService branch, SampleBranchLoader samples, UiExecutor executor, Messages messages) {
        this.branch = branch;
        this.samples = samples;
        this.executor = executor;
        this.messages = messages;
        this.form = new BranchProfileForm(messages);
        form.termProperty().set("2025–2030");
        // the sample is a đảng bộ cơ sở with three chi bộ: ticking it proposes that kind, so the sample's
        // meetings, book and reminders belong to a chi bộ the screens offer (the clerk may still change it)
        loadSample.addListener((obs, was, now) -> {
            if (now) {
                executor.submit(progress -> samples.read().profile().kind(),
                        kind -> form.kindProperty().set(vn.sochibo.branch.BranchKind.valueOf(kind)), failure -> { });
            }
        });
    }

    public BranchProfileForm form() { return form; }
    public BooleanProperty loadSampleProperty() { return loadSample; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Saves the profile (and loads the sample if asked) in one go; {@code onDone} runs on the FX thread. */
    public void finish(Runnable onDone) {
        if (!form.check()) {
            return;
        }
        BranchProfile profile = form.profile();
        boolean sample = loadSample.get();
        busy.set(true);
        executor.submit(progress -> {
            branch.save(profile);
            return sample ? samples.load(false) : 0;
        }, loaded -> {
            busy.set(false);
            onDone.run();
        }, failure -> {
            busy.set(false);
            form.showError(messages.describe(failure));
        });
    }
}
