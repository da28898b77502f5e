package io.upskillplanner.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import io.upskillplanner.ui.common.ChartCard;

/**
 * The Compare screen's three charts on their cards: side by side where there is room for three
 * readable plots, one above the other below that (a 1200-pixel window), where three columns left
 * each plot a few ticks wide and cut the axis labels and titles short.
 */
final class ChartRow {

    private static final double SIDE_BY_SIDE_MIN_WIDTH = 1200;

    private final GridPane grid;
    private final CostChart cost = new CostChart();
    private final TimelineChart time = new TimelineChart();
    private final RecognitionChart recognition = new RecognitionChart();

    ChartRow(GridPane grid, Consumer<String> status) {
        this.grid = grid;
        grid.getChildren().setAll(new ChartCard(cost, "cost", status), new ChartCard(time, "timeline", status),
                new ChartCard(recognition, "recognition", status));
        grid.widthProperty().addListener((obs, old, width) -> layOut(width.doubleValue()));
        layOut(grid.getWidth());
    }

    void show(CompareCharts charts) {
        cost.show(charts);
        time.show(charts);
        recognition.show(charts);
    }

    private void layOut(double width) {
        int columns = width == 0 || width >= SIDE_BY_SIDE_MIN_WIDTH ? grid.getChildren().size() : 1;
        if (grid.getColumnConstraints().size() == columns) {
            return;
        }
        List<ColumnConstraints> constraints = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            constraints.add(column);
        }
        grid.getColumnConstraints().setAll(constraints);
        for (int i = 0; i < grid.getChildren().size(); i++) {
            GridPane.setConstraints(grid.getChildren().get(i), columns == 1 ? 0 : i, columns == 1 ? i : 0);
        }
    }
}
