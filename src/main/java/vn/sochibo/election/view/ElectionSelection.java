package vn.sochibo.election.view;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import vn.sochibo.election.Congress;
import vn.sochibo.election.ElectionOffice;

/**
 * What the clerk works on in the "Đại hội &amp; bầu cử" screen, shared by its tabs: the congress, the office, a
 * counter that moves whenever a round of that office changes (opened, counted, decided) so the tabs showing rounds
 * reload, and the screen's status line (the last error, the last message). FX thread only.
 */
public final class ElectionSelection {

    private final ReadOnlyObjectWrapper<Congress> congress = new ReadOnlyObjectWrapper<>(this, "congress");
    private final ReadOnlyObjectWrapper<ElectionOffice> office = new ReadOnlyObjectWrapper<>(this, "office");
    private final ReadOnlyIntegerWrapper roundsChanged = new ReadOnlyIntegerWrapper(this, "roundsChanged");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** The congress shown; null before one exists. */
    public ReadOnlyObjectProperty<Congress> congressProperty() {
        return congress.getReadOnlyProperty();
    }

    /** The office worked on; null while the congress has none. */
    public ReadOnlyObjectProperty<ElectionOffice> officeProperty() {
        return office.getReadOnlyProperty();
    }

    /** Moves by one whenever a round of the office is opened, counted or decided. */
    public ReadOnlyIntegerProperty roundsChangedProperty() {
        return roundsChanged.getReadOnlyProperty();
    }

    /** The last error, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last message (a file saved, a round counted), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Calls {@code reload} whenever the office changes or one of its rounds does. */
    void followRounds(Runnable reload) {
        office.addListener((obs, old, now) -> reload.run());
        roundsChanged.addListener((obs, old, now) -> reload.run());
    }

    void selectCongress(Congress chosen) {
        congress.set(chosen);
    }

    void selectOffice(ElectionOffice chosen) {
        office.set(chosen);
    }

    void roundsChanged() {
        roundsChanged.set(roundsChanged.get() + 1);
    }

    void fail(String text) {
        error.set(text);
    }

    void clearError() {
        error.set("");
    }

    void tell(String text) {
        message.set(text);
    }
}
