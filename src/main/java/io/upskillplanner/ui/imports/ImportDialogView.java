package io.upskillplanner.ui.imports;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;

/** The preview of an import: what each file will add or change, before anything is written. */
public final class ImportDialogView {

    private final ImportViewModel viewModel;

    @FXML private Parent root;
    @FXML private Label heading;
    @FXML private ListView<String> previewList;

    public ImportDialogView(ImportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        heading.setText(Messages.get("import.previewHeading"));
        previewList.setItems(viewModel.preview());
    }
}
