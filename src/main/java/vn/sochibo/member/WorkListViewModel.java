package vn.sochibo.member;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.UiExecutor;

/**
 * The work list "Cần bổ sung": what imports inferred (to confirm) or found missing (to fill in), member by
 * member, kept until the clerk marks a line done. Loads and saves in the background; FX thread only.
 */
public final class WorkListViewModel {

    private final MemberService members;
    private final UiExecutor executor;
    private final Messages messages;
    private final ObservableList<FollowUp> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public WorkListViewModel(MemberService members, UiExecutor executor, Messages messages) {
        this.members = members;
        this.executor = executor;
        this.messages = messages;
    }

    public ObservableList<FollowUp> items() { return items; }
    public ReadOnlyStringProperty countProperty() { return count.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Reads the list again. */
    public void load() {
        reload(members::workList);
    }

    /** Takes a line off the list (one transaction), then shows the list as stored. */
    public void markDone(FollowUp item) {
        if (item == null || busy.get()) {
            return;
        }
        reload(() -> {
            members.resolveFollowUp(item.id());
            return members.workList();
        });
    }

    /** Runs {@code work} in the background (it returns the list as stored) and shows what it returns. */
    private void reload(java.util.concurrent.Callable<java.util.List<FollowUp>> work) {
        busy.set(true);
        executor.submit(p -> work.call(), list -> {
            busy.set(false);
            items.setAll(list);
            showCount();
        }, failure -> {
            busy.set(false);
            problem.set(messages.describe(failure));
        });
    }

    /** What to do, in the user's language ("Ngày chính thức: … cần xác nhận"). */
    public String what(FollowUp item) {
        return messages.describe(item.problem());
    }

    /** Where it came from: "Tệp "…", trang tính "…", dòng 12". */
    public String source(FollowUp item) {
        var parts = item.sourceParts();
        return parts.size() == 3 ? messages.get("workList.sourceText", parts.toArray()) : parts.isEmpty() ? "" : parts.get(0).toString();
    }

    private void showCount() {
        count.set(items.isEmpty() ? messages.get("workList.empty") : messages.get("workList.count", items.size()));
    }
}
