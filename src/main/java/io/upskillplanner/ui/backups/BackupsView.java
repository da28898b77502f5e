package io.upskillplanner.ui.backups;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import io.upskillplanner.ui.common.Columns;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.ViewLoader;

/** The Backups screen: a table of backups, Create and Restore. */
public final class BackupsView {

    private final BackupsViewModel viewModel;

    @FXML private TableView<BackupRow> backupTable;
    @FXML private TableColumn<BackupRow, String> dateColumn;
    @FXML private TableColumn<BackupRow, String> reasonColumn;
    @FXML private TableColumn<BackupRow, String> sizeColumn;
    @FXML private Button createButton;
    @FXML private Button restoreButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;

    public BackupsView(BackupsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        Parent root = ViewLoader.load(this);
        viewModel.reload();
        return root;
    }

    @FXML
    private void initialize() {
        backupTable.setItems(viewModel.backups());
        ColumnWidths.keepReadable(backupTable, dateColumn, reasonColumn, sizeColumn);
        Columns.text(dateColumn, row -> row.date());
        Columns.text(reasonColumn, row -> row.reason());
        Columns.text(sizeColumn, row -> row.size());
        progress.visibleProperty().bind(viewModel.busyProperty());
        createButton.disableProperty().bind(viewModel.busyProperty());
        restoreButton.disableProperty().bind(viewModel.busyProperty()
                .or(backupTable.getSelectionModel().selectedItemProperty().isNull()));
        statusLabel.textProperty().bind(viewModel.statusProperty());
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void restore() {
        viewModel.restore(backupTable.getSelectionModel().getSelectedItem());
    }
}
