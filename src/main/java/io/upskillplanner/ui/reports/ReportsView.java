package io.upskillplanner.ui.reports;

import java.io.File;
import java.nio.file.Path;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.ReportSection;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;

/** Reports: a client-ready PDF of a profile's plan. */
public final class ReportsView {

    private final ReportsViewModel viewModel;
    private File lastFolder;

    @FXML private ComboBox<Profile> profileBox;
    @FXML private ComboBox<PaperSize> paperBox;
    @FXML private TextField authorField;
    @FXML private ListView<GoalChoice> goalList;
    @FXML private FlowPane sectionBoxes;
    @FXML private Button exportButton;
    @FXML private Button cancelButton;
    @FXML private Button openButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;

    public ReportsView(ReportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        profileBox.setItems(viewModel.profiles());
        profileBox.valueProperty().bindBidirectional(viewModel.profileProperty());
        profileBox.setButtonCell(new ProfileCell());
        profileBox.setCellFactory(list -> new ProfileCell());
        paperBox.getItems().setAll(PaperSize.values());
        paperBox.valueProperty().bindBidirectional(viewModel.paperProperty());
        paperBox.setButtonCell(new PaperCell());
        paperBox.setCellFactory(list -> new PaperCell());
        authorField.textProperty().bindBidirectional(viewModel.authorProperty());
        goalList.setItems(viewModel.goals());
        goalList.setCellFactory(CheckBoxListCell.forListView(GoalChoice::selectedProperty));
        for (ReportSection section : ReportSection.values()) {
            CheckBox box = new CheckBox(Messages.get("reports.section." + section.name()));
            box.setId("section-" + section.name());
            box.selectedProperty().bindBidirectional(viewModel.sectionProperty(section));
            sectionBoxes.getChildren().add(box);
        }
        exportButton.disableProperty().bind(viewModel.canExportProperty().not());
        cancelButton.visibleProperty().bind(viewModel.runningProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.runningProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        openButton.visibleProperty().bind(viewModel.lastReportProperty().isNotNull());
        openButton.managedProperty().bind(openButton.visibleProperty());
        profileBox.disableProperty().bind(viewModel.runningProperty());
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("reports.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("reports.chooser.pdf"), "*.pdf"));
        chooser.setInitialFileName(viewModel.suggestedFileName());
        File folder = lastFolder != null ? lastFolder : new File(System.getProperty("user.home"));
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File file = chooser.showSaveDialog(exportButton.getScene().getWindow());
        if (file != null) {
            lastFolder = file.getParentFile();
            Path target = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? file.toPath()
                    : file.toPath().resolveSibling(file.getName() + ".pdf");
            viewModel.export(target);
        }
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void open() {
        viewModel.openLastReport();
    }

    private static final class ProfileCell extends ListCell<Profile> {
        @Override
        protected void updateItem(Profile profile, boolean empty) {
            super.updateItem(profile, empty);
            setText(empty || profile == null ? null : profile.name());
        }
    }

    private static final class PaperCell extends ListCell<PaperSize> {
        @Override
        protected void updateItem(PaperSize paper, boolean empty) {
            super.updateItem(paper, empty);
            setText(empty || paper == null ? null : Messages.get("reports.paper." + paper.name()));
        }
    }
}
