package vn.sochibo.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the status bar shows: the register counts and the latest message. FX thread only. */
public final class StatusBarModel {

    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public StringProperty countsProperty() {
        return counts;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
