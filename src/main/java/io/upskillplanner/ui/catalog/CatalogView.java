package io.upskillplanner.ui.catalog;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;

import io.upskillplanner.domain.CatalogSort;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.ui.common.CheckModelBinding;
import io.upskillplanner.ui.common.Columns;
import io.upskillplanner.ui.common.CredentialDrag;
import io.upskillplanner.ui.common.EnumConverter;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.TextConverter;
import io.upskillplanner.ui.common.ViewLoader;

import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.textfield.TextFields;

/**
 * The credential catalog: search as you type, filters, every field of the data model as a column
 * (the less important ones hidden; the table's menu button shows them), and the editors.
 */
public final class CatalogView {

    private final CatalogViewModel viewModel;

    @FXML private FlowPane searchBox;
    @FXML private Label summary, costRange, effortRange;
    @FXML private TableView<CatalogRow> credentialTable;
    @FXML private CheckComboBox<String> industryFilter;
    @FXML private CheckComboBox<DeliveryFormat> formatFilter;
    @FXML private CheckComboBox<Pacing> pacingFilter;
    @FXML private RangeSlider costSlider, effortSlider;
    @FXML private CheckBox accreditedBox, badgeBox, stackableBox;
    @FXML private Button editCredentialButton, deleteCredentialButton, attachButton;
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
        searchField.setPrefWidth(300);
        searchField.setMinWidth(180);
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        searchBox.getChildren().add(0, searchField);
        summary.textProperty().bind(viewModel.summaryProperty());
        bindFilters();
        CatalogTable.addColumns(credentialTable, viewModel::isStale);
        credentialTable.itemsProperty().bind(viewModel.rowsProperty());
        credentialTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        credentialTable.setSortPolicy(table -> {
            TableColumn<CatalogRow, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
            viewModel.sortBy(first == null ? null : (CatalogSort) first.getUserData(),
                    first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
        Columns.onDoubleClick(credentialTable, this::editCredential, row -> row.setOnDragDetected(e -> {
            if (!row.isEmpty()) {
                row.startDragAndDrop(TransferMode.COPY).setContent(CredentialDrag.content(
                        selected().stream().map(CatalogRow::id).toList()));
                e.consume();
            }
        }));
        Columns.onEnterAndDelete(credentialTable, this::editCredential, this::deleteCredential);
        credentialTable.setContextMenu(contextMenu());
        var noSelection = credentialTable.getSelectionModel().selectedItemProperty().isNull();
        editCredentialButton.disableProperty().bind(noSelection);
        deleteCredentialButton.disableProperty().bind(noSelection);
        attachButton.disableProperty().bind(noSelection.or(viewModel.state().currentGoalProperty().isNull()));
        attachButton.textProperty().bind(viewModel.attachText());
    }

    private void bindFilters() {
        industryFilter.setConverter(new TextConverter<>(Formats::industry));
        CheckModelBinding.bind(industryFilter, viewModel.industries(), viewModel.selectedIndustries());
        formatFilter.setConverter(new EnumConverter<>(DeliveryFormat.class));
        CheckModelBinding.bind(formatFilter, FXCollections.observableArrayList(DeliveryFormat.values()),
                viewModel.selectedFormats());
        pacingFilter.setConverter(new EnumConverter<>(Pacing.class));
        CheckModelBinding.bind(pacingFilter, FXCollections.observableArrayList(Pacing.values()),
                viewModel.selectedPacings());
        costSlider.maxProperty().bind(viewModel.costCeilingProperty());
        costSlider.lowValueProperty().bindBidirectional(viewModel.minCostProperty());
        costSlider.highValueProperty().bindBidirectional(viewModel.maxCostProperty());
        costRange.textProperty().bind(viewModel.costRangeText());
        effortSlider.maxProperty().bind(viewModel.effortCeilingProperty());
        effortSlider.lowValueProperty().bindBidirectional(viewModel.minEffortProperty());
        effortSlider.highValueProperty().bindBidirectional(viewModel.maxEffortProperty());
        effortRange.textProperty().bind(viewModel.effortRangeText());
        accreditedBox.selectedProperty().bindBidirectional(viewModel.accreditedOnlyProperty());
        badgeBox.selectedProperty().bindBidirectional(viewModel.badgeOnlyProperty());
        stackableBox.selectedProperty().bindBidirectional(viewModel.stackableOnlyProperty());
    }

    private ContextMenu contextMenu() {
        MenuItem edit = new MenuItem(Messages.get("catalog.edit"));
        edit.setOnAction(e -> editCredential());
        MenuItem attach = new MenuItem();
        attach.textProperty().bind(attachButton.textProperty());
        attach.disableProperty().bind(attachButton.disableProperty());
        attach.setOnAction(e -> attachToGoal());
        MenuItem delete = new MenuItem(Messages.get("catalog.delete"));
        delete.setOnAction(e -> deleteCredential());
        return new ContextMenu(edit, attach, delete);
    }

    private List<CatalogRow> selected() {
        return List.copyOf(credentialTable.getSelectionModel().getSelectedItems());
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    public void newCredential() {
        viewModel.newCredential(this::reveal);
    }

    @FXML
    public void editCredential() {
        viewModel.editCredential(credentialTable.getSelectionModel().getSelectedItem(), this::reveal);
    }

    /** The saved credential's row, selected and in view. */
    private void reveal(Credential credential) {
        int at = viewModel.rowsProperty().get().indexOfId(credential.id());
        if (at >= 0) {
            credentialTable.getSelectionModel().clearAndSelect(at);
            credentialTable.scrollTo(at);
        }
        credentialTable.requestFocus();
    }

    @FXML
    public void deleteCredential() {
        viewModel.askToDelete(credentialTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    public void newProvider() {
        viewModel.newProvider();
    }

    @FXML
    public void attachToGoal() {
        viewModel.attachToGoal(selected());
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }
}
