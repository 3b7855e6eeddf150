package vn.sochibo.branch;

import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.sochibo.common.Messages;

/** The branch profile as form state, shared by the first-run step and the settings page. FX thread only. */
public final class BranchProfileForm {

    private final Messages messages;
    private final StringProperty branchName = new SimpleStringProperty(this, "branchName", "");
    private final StringProperty upperBody = new SimpleStringProperty(this, "upperBody", "");
    private final StringProperty placeName = new SimpleStringProperty(this, "placeName", "");
    private final StringProperty term = new SimpleStringProperty(this, "term", "");
    private final ObjectProperty<BranchKind> kind = new SimpleObjectProperty<>(this, "kind", BranchKind.CHI_BO);
    private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper(this, "errors", "");

    public BranchProfileForm(Messages messages) {
        this.messages = messages;
    }

    public StringProperty branchNameProperty() { return branchName; }
    public StringProperty upperBodyProperty() { return upperBody; }
    public StringProperty placeNameProperty() { return placeName; }
    public StringProperty termProperty() { return term; }
    public ObjectProperty<BranchKind> kindProperty() { return kind; }
    public ReadOnlyStringProperty errorsProperty() { return errors.getReadOnlyProperty(); }

    /** The profile typed so far. */
    public BranchProfile profile() {
        return new BranchProfile(branchName.get(), upperBody.get(), placeName.get(), term.get(), kind.get());
    }

    /** Fills the form from a stored profile. */
    public void fill(BranchProfile p) {
        branchName.set(p.branchName());
        upperBody.set(p.upperBody());
        placeName.set(p.placeName());
        term.set(p.term());
        kind.set(p.kind());
    }

    /** Shows the problems of the current input; returns true when there are none. */
    public boolean check() {
        var problems = profile().problems();
        errors.set(problems.stream().map(messages::describe).collect(Collectors.joining("\n")));
        return problems.isEmpty();
    }

    public void showError(String text) {
        errors.set(text);
    }
}
