package vn.sochibo.member;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.sochibo.common.Messages;

/** The work list "Cần bổ sung" as a table with a "Đã xong" button; binds to {@link WorkListViewModel}, no logic. */
public final class WorkListView {

    private final WorkListViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<FollowUp> table = new TableView<>();

    public WorkListView(WorkListViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        root.setId("workList");
        root.getStyleClass().add("work-list"); // sized in em (app.css): it grows with the text
        Label hint = new Label(messages.get("workList.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("muted");
        Label count = new Label();
        count.setId("workListCount");
        count.textProperty().bind(viewModel.countProperty());
        VBox top = new VBox(6, hint, count);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        TableColumn<FollowUp, String> member = new TableColumn<>(messages.get("workList.member"));
        member.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().memberName()));
        member.setPrefWidth(190);
        TableColumn<FollowUp, String> what = new TableColumn<>(messages.get("workList.what"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.what(c.getValue())));
        what.setPrefWidth(560);
        TableColumn<FollowUp, String> source = new TableColumn<>(messages.get("workList.source"));
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.source(c.getValue())));
        source.setPrefWidth(380);
        table.getColumns().add(member);
        table.getColumns().add(what);
        table.getColumns().add(source);
        table.setItems(viewModel.items());
        table.setId("workListTable");
        vn.sochibo.ui.Styles.scaleColumnsWithText(table);
        for (TableColumn<FollowUp, String> column : java.util.List.of(member, what, source)) {
            column.setCellFactory(col -> vn.sochibo.ui.Cells.wrapping());
        }
        table.setPlaceholder(new Label(messages.get("workList.empty")));
        root.setCenter(table);
        Button done = new Button(messages.get("workList.done"));
        done.setId("workListDoneButton");
        done.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty()));
        done.setOnAction(e -> viewModel.markDone(table.getSelectionModel().getSelectedItem()));
        done.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(viewModel.problemProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, problem, gap, done);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        root.setBottom(bottom);
    }

    public WorkListViewModel viewModel() {
        return viewModel;
    }

    public BorderPane root() {
        return root;
    }
}
