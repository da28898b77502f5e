package io.upskillplanner.ui.reports;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.ReportSection;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.common.FxDialogService;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;

/** Reports: a client-ready PDF of a profile's plan, and a preview of its pages beside the choices. */
public final class ReportsView {

    /** Room around a page inside the preview's scroll pane: the pages' padding and their border. */
    private static final double PAGE_INSET = 2 * 16 + 2 + 4;

    private final ReportsViewModel viewModel;
    private File lastFolder;

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
    private DoubleBinding fitWidth;

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
        ToggleGroup zoom = new ToggleGroup();
        fitWidthButton.setToggleGroup(zoom);
        actualSizeButton.setToggleGroup(zoom);
        zoom.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                // One zoom is always chosen: clicking the chosen one again keeps it.
                zoom.selectToggle(old);
            }
        });
        fitWidth = Bindings.createDoubleBinding(
                () -> Math.max(120, previewScroll.getViewportBounds().getWidth() - PAGE_INSET),
                previewScroll.viewportBoundsProperty());
        viewModel.previewPages().addListener((ListChangeListener<Image>) change -> showPages());
        previewScroll.vvalueProperty().addListener(obs -> followVisiblePage());
        previewScroll.viewportBoundsProperty().addListener(obs -> followVisiblePage());
        previewPagesBox.heightProperty().addListener(obs -> followVisiblePage());
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
        showPages();
    }

    /** Puts each page's picture on white paper; "100 %" shows it pixel for pixel (it is drawn at 96 dpi). */
    private void showPages() {
        previewPagesBox.getChildren().clear();
        List<Image> pages = viewModel.previewPages();
        for (int i = 0; i < pages.size(); i++) {
            Image image = pages.get(i);
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.when(fitWidthButton.selectedProperty())
                    .then(fitWidth).otherwise(image.getWidth()));
            view.setAccessibleText(viewModel.pageDescription(i));
            StackPane paper = new StackPane(view);
            paper.getStyleClass().add("preview-page");
            paper.setMaxWidth(Region.USE_PREF_SIZE);
            previewPagesBox.getChildren().add(paper);
        }
    }

    /** The page that fills the upper part of the viewport is the one "Page N of M" names. */
    private void followVisiblePage() {
        List<Node> pages = previewPagesBox.getChildren();
        if (pages.isEmpty()) {
            return;
        }
        Bounds viewport = previewScroll.getViewportBounds();
        double hidden = Math.max(0, previewPagesBox.getHeight() - viewport.getHeight());
        double top = previewScroll.getVvalue() * hidden;
        double line = top + viewport.getHeight() / 3;
        int visible = 1;
        for (int i = 0; i < pages.size(); i++) {
            Node page = pages.get(i);
            if (page.getBoundsInParent().getMinY() <= line) {
                visible = i + 1;
            }
        }
        viewModel.visiblePageProperty().set(visible);
    }

    @FXML
    private void preview() {
        viewModel.preview();
    }

    @FXML
    private void export() {
        File folder = lastFolder != null ? lastFolder : new File(System.getProperty("user.home"));
        File file = FxDialogService.over(exportButton).saveFile(Messages.get("reports.chooser.title"),
                viewModel.suggestedFileName(), Optional.of(folder.toPath()),
                List.of(DialogService.FileType.of(Messages.get("reports.chooser.pdf"), "*.pdf")))
                .map(Path::toFile).orElse(null);
        if (file != null) {
            lastFolder = file.getParentFile();
            Path target = file.getName().toLowerCase(Locale.ROOT).endsWith(".pdf") ? file.toPath()
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
