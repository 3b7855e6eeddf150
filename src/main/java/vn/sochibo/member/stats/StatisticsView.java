package vn.sochibo.member.stats;

import java.util.Map;

import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import vn.sochibo.common.Messages;

/** Code-behind of the statistics page: the headline, a summary table and one chart per breakdown. */
public final class StatisticsView {

    private final StatisticsViewModel viewModel;
    private final Messages messages;

    @FXML private Label headlineLabel;
    @FXML private FlowPane chartPane;
    @FXML private TableView<String[]> summaryTable;
    @FXML private TableColumn<String[], String> summaryGroupColumn;
    @FXML private TableColumn<String[], String> summaryItemColumn;
    @FXML private TableColumn<String[], String> summaryCountColumn;
    @FXML private TableColumn<String[], String> summaryPercentColumn;

    private final vn.sochibo.ui.FileDialogs files;

    @FXML private Label exportMessageLabel;

    public StatisticsView(StatisticsViewModel viewModel, Messages messages, vn.sochibo.ui.FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void onExport() {
        files.save(messages.get("stats.export.button"), vn.sochibo.ui.FileKind.WORKBOOK, messages.get("stats.export.fileName"))
                .ifPresent(viewModel::export);
    }

    @FXML
    private void initialize() {
        headlineLabel.textProperty().bind(viewModel.headlineProperty());
        exportMessageLabel.textProperty().bind(viewModel.exportMessageProperty());
        summaryGroupColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue()[0]));
        summaryItemColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue()[1]));
        summaryCountColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue()[2]));
        summaryPercentColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue()[3]));
        viewModel.currentProperty().addListener((obs, o, s) -> show(s));
        vn.sochibo.ui.Styles.scaleColumnsWithText(summaryTable);
    }

    /** Recomputes (called whenever the page is shown). */
    public void refresh() {
        viewModel.refresh();
    }

    private void show(MemberStatistics s) {
        chartPane.getChildren().clear();
        summaryTable.getItems().clear();
        if (s == null) {
            return;
        }
        chartPane.getChildren().add(bar("statusChart", "stats.chart.status", s.onRegisterByStatus()));
        chartPane.getChildren().add(pie("genderChart", "stats.chart.gender", s.byGender()));
        chartPane.getChildren().add(bar("ageChart", "stats.chart.age", s.byAge()));
        chartPane.getChildren().add(bar("educationChart", "stats.chart.education", s.byEducation()));
        chartPane.getChildren().add(bar("theoryChart", "stats.chart.theory", s.byPoliticalTheory()));
        chartPane.getChildren().add(bar("partyYearsChart", "stats.chart.partyYears", s.byPartyYears()));
        if (!s.bySubBranch().isEmpty()) {
            chartPane.getChildren().add(bar("subBranchChart", "stats.chart.subBranch", s.bySubBranch()));
        }
        for (StatisticsTable.Line line : StatisticsTable.lines(s, messages)) {
            summaryTable.getItems().add(new String[] {line.group(), line.item(), String.valueOf(line.count()), line.percent()});
        }
    }

    private String name(Object key) {
        return key instanceof Enum<?> e ? viewModel.label(e) : String.valueOf(key);
    }

    private VBox pie(String id, String titleKey, Map<?, Integer> counts) {
        PieChart chart = new PieChart();
        chart.setId(id);
        counts.forEach((key, count) -> {
            if (count > 0) {
                chart.getData().add(new PieChart.Data(name(key) + " (" + count + ")", count));
            }
        });
        chart.setLegendVisible(true);
        chart.setLabelsVisible(false);
        return card(titleKey, chart);
    }

    /** Horizontal bars: category names read left to right (older users, long Vietnamese labels); whole counts. */
    private VBox bar(String id, String titleKey, Map<?, Integer> counts) {
        CategoryAxis names = new CategoryAxis();
        NumberAxis values = new NumberAxis();
        values.setMinorTickVisible(false);
        values.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
        BarChart<Number, String> chart = new BarChart<>(values, names);
        chart.setId(id);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        java.util.List<XYChart.Data<Number, String>> data = new java.util.ArrayList<>();
        counts.forEach((key, count) -> data.add(new XYChart.Data<>(count, name(key))));
        java.util.Collections.reverse(data); // first category on top
        series.getData().setAll(data);
        chart.getData().add(series);
        return card(titleKey, chart);
    }

    private VBox card(String titleKey, javafx.scene.chart.Chart chart) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("section-title");
        chart.setPrefSize(460 * vn.sochibo.ui.Styles.scale(chartPane), 280 * vn.sochibo.ui.Styles.scale(chartPane));
        chart.setAnimated(false);
        VBox card = new VBox(4, title, chart);
        card.getStyleClass().add("chart-card");
        return card;
    }
}
