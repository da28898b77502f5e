package io.upskillplanner.ui.catalog;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;

import org.controlsfx.control.textfield.TextFields;

/** The credential catalog: search as you type, one row per credential. */
public final class CatalogView {

    private final CatalogViewModel viewModel;

    @FXML private HBox searchBox;
    @FXML private Label summary;
    @FXML private TableView<Credential> credentialTable;
    @FXML private TableColumn<Credential, String> titleColumn;
    @FXML private TableColumn<Credential, String> providerColumn;
    @FXML private TableColumn<Credential, String> kindColumn;
    @FXML private TableColumn<Credential, String> costColumn;
    @FXML private TableColumn<Credential, Number> effortColumn;
    @FXML private TableColumn<Credential, String> formatColumn;
    @FXML private TableColumn<Credential, String> accreditationColumn;
    @FXML private TableColumn<Credential, String> recognitionColumn;
    @FXML private TableColumn<Credential, Credential> verifiedColumn;
    private TextField searchField;

    public CatalogView(CatalogViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        searchField = TextFields.createClearableTextField();
        searchField.setId("catalogSearch");
        searchField.setPromptText(Messages.get("catalog.searchPrompt"));
        searchField.setPrefWidth(360);
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        searchBox.getChildren().add(0, searchField);
        summary.textProperty().bind(viewModel.summaryProperty());
        credentialTable.setItems(viewModel.credentials());
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        providerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().providerName()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.label(c.getValue().kind())));
        costColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.money(c.getValue().costs().oneOff())));
        effortColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().effortHours()));
        formatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.label(c.getValue().format())));
        accreditationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().quality().accreditationBody() == null ? Messages.get("catalog.notAccredited")
                        : c.getValue().quality().accreditationBody()));
        recognitionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(topRecognition(c.getValue())));
        verifiedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        verifiedColumn.setCellFactory(column -> new VerifiedCell());
    }

    private static String topRecognition(Credential credential) {
        return credential.recognition().stream().findFirst()
                .map((Recognition r) -> r.industry() + " " + r.level() + "/5").orElse("");
    }

    /** Last-verified date, marked when the fact is over a year old. */
    private final class VerifiedCell extends TableCell<Credential, Credential> {
        @Override
        protected void updateItem(Credential credential, boolean empty) {
            super.updateItem(credential, empty);
            getStyleClass().remove("stale");
            setTooltip(null);
            if (empty || credential == null) {
                setText(null);
                return;
            }
            String date = Formats.date(credential.provenance().lastVerified());
            if (viewModel.isStale(credential)) {
                setText(Messages.get("catalog.staleDate", date));
                getStyleClass().add("stale");
                setTooltip(new Tooltip(Messages.get("catalog.staleTooltip")));
            } else {
                setText(date);
            }
        }
    }
}
