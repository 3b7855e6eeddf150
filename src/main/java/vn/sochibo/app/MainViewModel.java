package vn.sochibo.app;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import vn.sochibo.branch.BranchService;
import vn.sochibo.common.Messages;
import vn.sochibo.ui.UiExecutor;

/** State of the main window: the branch name shown above the navigation rail. FX thread only. */
public final class MainViewModel {

    private final BranchService branch;
    private final UiExecutor executor;
    private final Messages messages;
    private final ReadOnlyStringWrapper branchName = new ReadOnlyStringWrapper(this, "branchName", "");

    public MainViewModel(BranchService branch, UiExecutor executor, Messages messages) {
        this.branch = branch;
        this.executor = executor;
        this.messages = messages;
    }

    public ReadOnlyStringProperty branchNameProperty() {
        return branchName.getReadOnlyProperty();
    }

    private boolean primed;

    /** Shows a branch profile read just before (at start-up); the next {@link #load} is skipped. */
    public void prime(java.util.Optional<vn.sochibo.branch.BranchProfile> profile) {
        branchName.set(profile.map(p -> p.branchName()).orElse(""));
        primed = true;
    }

    /** Loads the branch name in the background. */
    public void load() {
        if (primed) {
            primed = false;
            return;
        }
        executor.submit(progress -> branch.profile(),
                profile -> branchName.set(profile.map(p -> p.branchName()).orElse("")),
                failure -> branchName.set(messages.get("main.branch.unknown")));
    }
}
