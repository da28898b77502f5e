package io.upskillplanner.ui.common;

import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A chart on a card with "Copy" and "Save as PNG…" above it and in its context menu. What was done
 * (or what went wrong) is said through {@code status}, so the screen shows it where it shows the rest.
 */
public final class ChartCard extends VBox {

    private final Chart chart;
    private final String fileName;
    private final Consumer<String> status;

    /** @param fileName the PNG's suggested name, without ".png" */
    public ChartCard(Chart chart, String fileName, Consumer<String> status) {
        super(4);
        this.chart = chart;
        this.fileName = fileName;
        this.status = status;
        getStyleClass().add("chart-card");
        setMinWidth(0);
        setPrefWidth(1);
        chart.setMinSize(0, 300);
        chart.setPrefHeight(400);
        chart.setAnimated(false);
        Button copy = new Button(Messages.get("compare.chart.copy"));
        Button save = new Button(Messages.get("compare.chart.save"));
        copy.getStyleClass().addAll("small", "flat");
        save.getStyleClass().addAll("small", "flat");
        copy.setOnAction(e -> copy());
        save.setOnAction(e -> save());
        MenuItem copyItem = new MenuItem(Messages.get("compare.chart.copy"));
        MenuItem saveItem = new MenuItem(Messages.get("compare.chart.save"));
        copyItem.setOnAction(e -> copy());
        saveItem.setOnAction(e -> save());
        ContextMenu menu = new ContextMenu(copyItem, saveItem);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(4, spacer, copy, save);
        tools.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(tools, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
    }

    private void copy() {
        ChartExport.copy(chart, this);
        status.accept(Messages.get("compare.chart.copied"));
    }

    private void save() {
        try {
            File file = ChartExport.save(chart, this, getScene().getWindow(), Messages.get("compare.chart.saveTitle"),
                    fileName);
            if (file != null) {
                status.accept(Messages.get("compare.chart.saved", file));
            }
        } catch (IOException e) {
            status.accept(Messages.get("status.error", e.getMessage()));
        }
    }
}
