package vn.sochibo.election.view;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import vn.sochibo.common.Messages;
import vn.sochibo.election.Attendance;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.engine.Attendee;
import vn.sochibo.ui.Controls;

/** Code-behind of the roll tab: the roll, the attendance chooser and N worked out. */
public final class CongressRollView {

    private final CongressRollViewModel model;
    private final Messages messages;

    @FXML private TableView<CongressAttendee> rollTable;
    @FXML private TableColumn<CongressAttendee, String> rollNameColumn;
    @FXML private TableColumn<CongressAttendee, String> rollStandingColumn;
    @FXML private TableColumn<CongressAttendee, String> rollAttendanceColumn;
    @FXML private ComboBox<Attendance> attendanceBox;
    @FXML private Label baseLabel;

    /** Wires the view to its view model. */
    public CongressRollView(CongressRollViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Controls.rows(rollTable, model.rollProperty());
        Controls.textColumn(rollNameColumn, CongressAttendee::name);
        Controls.textColumn(rollStandingColumn, a -> messages.label(a.standing())
                + (a.situation() == Attendee.Situation.ACTIVE ? "" : " · " + messages.label(a.situation())));
        Controls.textColumn(rollAttendanceColumn, a -> messages.label(a.attendance()));
        attendanceBox.getItems().setAll(Attendance.values());
        attendanceBox.setConverter(Controls.converter(messages::label));
        baseLabel.textProperty().bind(model.baseTextProperty());
    }

    @FXML
    private void onSetAttendance() {
        model.setAttendance(rollTable.getSelectionModel().getSelectedItem(), attendanceBox.getValue());
    }
}
