package io.upskillplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import io.upskillplanner.ui.FxTestBase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Column minimums follow the font the style sheet gives the headers, however the table comes to
 * be shown: set up before it has headers, set up after it was laid out, with columns hidden later.
 */
class ColumnWidthsFxTest extends FxTestBase {

    private static final List<String> COSTS = List.of("1.944,00 $", "175,00 $");

    private TableView<String> table;
    private TableColumn<String, String> cost;
    private TableColumn<String, String> onTime;
    private StackPane root;

    @BeforeEach
    void buildTable() {
        table = new TableView<>(FXCollections.observableArrayList(COSTS));
        cost = column("Kosten");
        onTime = column("Rechtzeitig");
        root = new StackPane(table);
        table.getColumns().setAll(List.of(column("Akkreditierung"), cost, onTime));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        root.setStyle("-fx-font-size: 20px;");
    }

    @Test
    void aTableSetUpBeforeItIsShownMeasuresInTheFontOfItsStyle() throws Exception {
        ColumnWidths.keepReadable(table, cost);
        show(500);

        assertHeadersAndCostsReadable(20);
    }

    @Test
    void aTableSetUpAfterItWasLaidOutIsMeasuredWithoutWaitingForAChange() throws Exception {
        show(500);
        WaitForAsyncUtils.asyncFx(() -> ColumnWidths.keepReadable(table, cost)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertHeadersAndCostsReadable(20);
    }

    @Test
    void headersThatAppearWithNoChangeOfRowsOrWidthAreMeasuredAfterTheLayout() throws Exception {
        ColumnWidths.keepReadable(table, cost);
        // Its width comes before it has headers, and the window gives it the same width again.
        table.resize(500, 300);
        show(500);

        assertThat(table.getWidth()).isEqualTo(500);
        assertHeadersAndCostsReadable(20);
    }

    @Test
    void headersRebuiltForHiddenColumnsAndANewFontAreMeasuredAgain() throws Exception {
        ColumnWidths.keepReadable(table, cost);
        show(500);
        interact(() -> {
            onTime.setVisible(false);
            root.setStyle("-fx-font-size: 26px;");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertHeadersAndCostsReadable(26);
    }

    @Test
    void minimumsThatDoNotFitMakeTheTableScrollInsteadOfSqueezing() throws Exception {
        ColumnWidths.keepReadable(table, cost);
        show(260);

        assertThat(table.getColumnResizePolicy()).isSameAs(TableView.UNCONSTRAINED_RESIZE_POLICY);
        assertThat(table.getVisibleLeafColumns()).allSatisfy(
                column -> assertThat(column.getWidth()).isGreaterThanOrEqualTo(column.getMinWidth()));
    }

    private void show(double width) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(root, width, 300));
            stage.show();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertHeadersAndCostsReadable(double fontSize) {
        for (TableColumn<String, ?> column : table.getVisibleLeafColumns()) {
            assertThat(column.getMinWidth()).as(column.getText() + " header at " + fontSize + " px")
                    .isGreaterThan(width(column.getText(), fontSize));
        }
        for (String value : COSTS) {
            assertThat(cost.getMinWidth()).as(value + " at " + fontSize + " px").isGreaterThan(width(value, fontSize));
        }
    }

    private static double width(String text, double fontSize) {
        Text measure = new Text(text);
        measure.setFont(Font.font(Font.getDefault().getFamily(), fontSize));
        return measure.getLayoutBounds().getWidth();
    }

    private static TableColumn<String, String> column(String header) {
        TableColumn<String, String> column = new TableColumn<>(header);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
        return column;
    }
}
