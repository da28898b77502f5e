package io.upskillplanner.ui.reports;

import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.ReportSection;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.PagePreview;
import io.upskillplanner.ui.common.TextCell;
import io.upskillplanner.ui.common.ViewLoader;

/** Reports: a client-ready PDF of a profile's plan, and a preview of its pages beside the choices. */
public final class ReportsView {

    private final ReportsViewModel viewModel;
    private final DialogService dialogs;

    @FXML private VBox root;
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
    @FXML private Button previewButton;
    @FXML private Label pageLabel;
    @FXML private Label previewStatusLabel;
    @FXML private ToggleButton fitWidthButton;
    @FXML private ToggleButton actualSizeButton;
    @FXML private ScrollPane previewScroll;
    @FXML private VBox previewPagesBox;

    public ReportsView(ReportsViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        profileBox.setItems(viewModel.profiles());
        profileBox.valueProperty().bindBidirectional(viewModel.profileProperty());
        profileBox.setButtonCell(new TextCell<>(Profile::name, null));
        profileBox.setCellFactory(list -> new TextCell<>(Profile::name, null));
        paperBox.getItems().setAll(PaperSize.values());
        paperBox.valueProperty().bindBidirectional(viewModel.paperProperty());
        paperBox.setButtonCell(paperCell());
        paperBox.setCellFactory(list -> paperCell());
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
        initializePreview();
    }

    private void initializePreview() {
        previewButton.disableProperty().bind(viewModel.canPreviewProperty().not());
        pageLabel.textProperty().bind(viewModel.pageIndicatorProperty());
        previewStatusLabel.textProperty().bind(viewModel.previewStatusProperty());
        viewModel.previewStateProperty().addListener((obs, old, state) -> {
            previewStatusLabel.getStyleClass().removeAll("stale");
            if (state == PreviewState.STALE) {
                previewStatusLabel.getStyleClass().add("stale");
            }
        });
        PagePreview.show(previewScroll, previewPagesBox, fitWidthButton, actualSizeButton, viewModel.previewPages(),
                viewModel::pageDescription, viewModel.visiblePageProperty());
        // F5 draws the preview again, as it reloads a page in a browser: on the window's scene, so it
        // works wherever the focus is (the navigation too) for as long as this screen is the one shown.
        EventHandler<KeyEvent> refreshKey = event -> {
            if (event.getCode() == KeyCode.F5 && !event.isConsumed() && !previewButton.isDisabled()) {
                event.consume();
                viewModel.preview();
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, refreshKey);
            }
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, refreshKey);
            }
        });
    }

    private static TextCell<PaperSize> paperCell() {
        return new TextCell<>(paper -> Messages.get("reports.paper." + paper.name()), null);
    }

    @FXML
    private void preview() {
        viewModel.preview();
    }

    @FXML
    private void export() {
        viewModel.chooseAndExport(dialogs);
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void open() {
        viewModel.openLastReport();
    }

}
