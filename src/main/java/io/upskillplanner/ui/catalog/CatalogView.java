package io.upskillplanner.ui.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

import io.upskillplanner.domain.CatalogSort;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.Dialogs;
import io.upskillplanner.ui.common.EnumConverter;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.SampleMark;
import io.upskillplanner.ui.common.ViewLoader;

import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.textfield.TextFields;

/**
 * The credential catalog: search as you type, filters, every field of the data model as a column
 * (the less important ones hidden; the table's menu button shows them), and the editors.
 */
public final class CatalogView {

    /** Drag-and-drop format of credential ids, one per line, for dropping onto a goal's candidates. */
    public static final String DRAG_PREFIX = "upskill-credentials:";

    private final CatalogViewModel viewModel;

    @FXML private FlowPane searchBox;
    @FXML private Label summary;
    @FXML private TableView<CatalogRow> credentialTable;
    @FXML private CheckComboBox<String> industryFilter;
    @FXML private CheckComboBox<DeliveryFormat> formatFilter;
    @FXML private CheckComboBox<Pacing> pacingFilter;
    @FXML private RangeSlider costSlider;
    @FXML private Label costRange;
    @FXML private RangeSlider effortSlider;
    @FXML private Label effortRange;
    @FXML private CheckBox accreditedBox;
    @FXML private CheckBox badgeBox;
    @FXML private CheckBox stackableBox;
    @FXML private Button editCredentialButton;
    @FXML private Button deleteCredentialButton;
    @FXML private Button attachButton;
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
        buildColumns();
        credentialTable.itemsProperty().bind(viewModel.rowsProperty());
        credentialTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        credentialTable.setSortPolicy(table -> {
            TableColumn<CatalogRow, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
            viewModel.sortBy(first == null ? null : (CatalogSort) first.getUserData(),
                    first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
        credentialTable.setRowFactory(table -> row());
        credentialTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editCredential();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteCredential();
            }
        });
        credentialTable.setContextMenu(contextMenu());
        var noSelection = credentialTable.getSelectionModel().selectedItemProperty().isNull();
        editCredentialButton.disableProperty().bind(noSelection);
        deleteCredentialButton.disableProperty().bind(noSelection);
        attachButton.disableProperty().bind(noSelection.or(viewModel.state().currentGoalProperty().isNull()));
        attachButton.textProperty().bind(Bindings.createStringBinding(() -> viewModel.targetGoal() == null
                ? Messages.get("catalog.attachNoGoal") : Messages.get("catalog.attachTo", viewModel.targetGoal().title()),
                viewModel.state().currentGoalProperty()));
    }

    private void bindFilters() {
        industryFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String stored) {
                return Formats.industry(stored);
            }

            @Override
            public String fromString(String shown) {
                return Formats.storedIndustry(shown);
            }
        });
        industryFilter.getItems().setAll(viewModel.industries());
        viewModel.industries().addListener((ListChangeListener<String>) c -> {
            List<String> checked = new ArrayList<>(viewModel.selectedIndustries());
            industryFilter.getItems().setAll(viewModel.industries());
            checked.forEach(industryFilter.getCheckModel()::check);
        });
        syncChecks(industryFilter, viewModel.selectedIndustries());
        formatFilter.getItems().setAll(DeliveryFormat.values());
        formatFilter.setConverter(new EnumConverter<>(DeliveryFormat.class));
        syncChecks(formatFilter, viewModel.selectedFormats());
        pacingFilter.getItems().setAll(Pacing.values());
        pacingFilter.setConverter(new EnumConverter<>(Pacing.class));
        syncChecks(pacingFilter, viewModel.selectedPacings());
        costSlider.maxProperty().bind(viewModel.costCeilingProperty());
        costSlider.lowValueProperty().bindBidirectional(viewModel.minCostProperty());
        costSlider.highValueProperty().bindBidirectional(viewModel.maxCostProperty());
        costRange.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("catalog.rangeValue",
                        Math.round(viewModel.minCostProperty().get()), Math.round(viewModel.maxCostProperty().get())),
                viewModel.minCostProperty(), viewModel.maxCostProperty()));
        effortSlider.maxProperty().bind(viewModel.effortCeilingProperty());
        effortSlider.lowValueProperty().bindBidirectional(viewModel.minEffortProperty());
        effortSlider.highValueProperty().bindBidirectional(viewModel.maxEffortProperty());
        effortRange.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("catalog.rangeHours",
                        Math.round(viewModel.minEffortProperty().get()), Math.round(viewModel.maxEffortProperty().get())),
                viewModel.minEffortProperty(), viewModel.maxEffortProperty()));
        accreditedBox.selectedProperty().bindBidirectional(viewModel.accreditedOnlyProperty());
        badgeBox.selectedProperty().bindBidirectional(viewModel.badgeOnlyProperty());
        stackableBox.selectedProperty().bindBidirectional(viewModel.stackableOnlyProperty());
    }

    /** The check model and the view model's list follow each other. */
    private static <T> void syncChecks(CheckComboBox<T> box, ObservableList<T> selected) {
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            List<T> checked = List.copyOf(box.getCheckModel().getCheckedItems());
            if (!checked.equals(selected)) {
                selected.setAll(checked);
            }
        });
        selected.addListener((ListChangeListener<T>) c -> {
            if (!selected.equals(box.getCheckModel().getCheckedItems())) {
                box.getCheckModel().clearChecks();
                selected.forEach(box.getCheckModel()::check);
            }
        });
    }

    private void buildColumns() {
        TableColumn<CatalogRow, String> title = column("credential.title", 280, true, CatalogSort.TITLE,
                Credential::title);
        title.setId("titleColumn");
        SampleMark.install(title, row -> SampleMark.isSample(row.credential()));
        column("credential.provider", 160, true, CatalogSort.PROVIDER, Credential::providerName);
        column("credential.kind", 100, true, null, c -> Formats.label(c.kind()));
        TableColumn<CatalogRow, String> cost = column("credential.cost", 90, true, CatalogSort.COST,
                c -> Formats.money(c.costs().oneOff()));
        cost.setId("costColumn");
        cost.getStyleClass().add("numeric");
        column("credential.effortHours", 65, true, CatalogSort.EFFORT, c -> Integer.toString(c.effortHours()))
                .getStyleClass().add("numeric");
        column("credential.format", 80, true, null, c -> Formats.label(c.format()));
        column("credential.pacing", 90, false, null, c -> Formats.label(c.pacing()));
        column("credential.accreditation", 150, true, null, c -> c.isAccredited() ? c.quality().accreditationBody()
                : Messages.get("catalog.notAccredited"));
        column("credential.topRecognition", 150, true, null, CatalogView::topRecognition);
        column("credential.recognition", 260, false, null, CatalogView::allRecognition);
        column("credential.skills", 240, false, null,
                c -> c.skills().stream().map(SkillRef::label).collect(Collectors.joining(", ")));
        column("credential.tuition", 80, false, null, c -> money(c, c.costs().tuition()));
        column("credential.exam", 80, false, null, c -> money(c, c.costs().exam()));
        column("credential.materials", 80, false, null, c -> money(c, c.costs().materials()));
        column("credential.renewal", 110, false, null, c -> c.costs().renewalPeriodMonths() == null ? ""
                : Messages.get("catalog.renewalEvery", money(c, c.costs().renewal()), c.costs().renewalPeriodMonths()));
        column("credential.durationWeeks", 80, false, null, c -> text(c.fixedDurationWeeks()));
        column("credential.curriculumStandard", 150, false, null, c -> c.quality().curriculumStandard());
        column("credential.instructorExpertise", 80, false, null, c -> c.quality().instructorExpertise() + "/5");
        column("credential.careerSupport", 80, false, null, c -> c.quality().careerSupport() + "/5");
        column("credential.credits", 150, false, null, c -> c.credits() == null ? ""
                : Formats.number(c.credits().amount()) + " " + Formats.label(c.credits().unit())
                + (c.credits().stacksInto() == null ? "" : " → " + c.credits().stacksInto()));
        column("credential.badgeStandard", 110, false, null, c -> Formats.label(c.badgeStandard()));
        column("credential.validityMonths", 80, false, null, c -> text(c.validityMonths()));
        column("credential.eqfLevel", 50, false, null, c -> text(c.eqfLevel()));
        column("credential.drawbacks", 200, false, null, Credential::drawbacks);
        column("credential.url", 200, false, null, Credential::url);
        column("credential.source", 200, false, null, c -> c.provenance().source());
        column("credential.origin", 70, false, null, c -> Formats.label(c.origin()));
        TableColumn<CatalogRow, Credential> verified = new TableColumn<>(Messages.get("credential.lastVerified"));
        verified.setPrefWidth(130);
        verified.setUserData(CatalogSort.LAST_VERIFIED);
        verified.setCellValueFactory(c -> c.getValue().credentialProperty());
        verified.setCellFactory(column -> new VerifiedCell());
        credentialTable.getColumns().add(verified);
        ColumnWidths.keepReadable(credentialTable, title, cost);
    }

    private TableColumn<CatalogRow, String> column(String key, double width, boolean visible, CatalogSort sort,
                                                   Function<Credential, String> value) {
        TableColumn<CatalogRow, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setVisible(visible);
        column.setUserData(sort);
        column.setSortable(sort != null);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            Credential credential = c.getValue().credential();
            return credential == null ? "" : value.apply(credential);
        }, c.getValue().credentialProperty()));
        credentialTable.getColumns().add(column);
        return column;
    }

    private TableRow<CatalogRow> row() {
        TableRow<CatalogRow> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                editCredential();
            }
        });
        row.setOnDragDetected(e -> {
            if (row.isEmpty()) {
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + selected().stream().map(r -> r.id().toString())
                    .collect(Collectors.joining("\n")));
            row.startDragAndDrop(TransferMode.COPY).setContent(content);
            e.consume();
        });
        return row;
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
        CredentialEditorView.open(credentialTable, viewModel.newCredentialEditor(), this::saved);
    }

    @FXML
    public void editCredential() {
        CredentialEditorViewModel editor = viewModel.editCredentialEditor(
                credentialTable.getSelectionModel().getSelectedItem());
        if (editor != null) {
            CredentialEditorView.open(credentialTable, editor, this::saved);
        }
    }

    private void saved(Credential credential) {
        viewModel.credentialSaved(credential);
        int at = viewModel.rowsProperty().get().indexOfId(credential.id());
        if (at >= 0) {
            credentialTable.getSelectionModel().clearAndSelect(at);
            credentialTable.scrollTo(at);
        }
        credentialTable.requestFocus();
    }

    @FXML
    public void deleteCredential() {
        CatalogRow row = credentialTable.getSelectionModel().getSelectedItem();
        if (row != null && row.credential() != null) {
            Dialogs.confirm(credentialTable, Messages.get("catalog.deleteTitle"), viewModel.deleteQuestion(row),
                    Messages.get("button.delete"), () -> viewModel.delete(row));
        }
    }

    @FXML
    public void newProvider() {
        ProviderEditorView.open(credentialTable, viewModel.newProviderEditor(), saved -> viewModel.providerSaved());
    }

    @FXML
    public void attachToGoal() {
        viewModel.attachToGoal(selected());
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    private static String money(Credential c, BigDecimal amount) {
        return Formats.money(new Money(amount, c.costs().currency()));
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String topRecognition(Credential credential) {
        return credential.recognition().stream().findFirst()
                .map((Recognition r) -> Formats.industry(r.industry()) + " " + r.level() + "/5").orElse("");
    }

    private static String allRecognition(Credential credential) {
        return credential.recognition().stream().map(r -> Formats.industry(r.industry()) + " " + r.level() + "/5")
                .collect(Collectors.joining(", "));
    }

    /** Last-verified date, marked when the fact is over a year old. */
    private final class VerifiedCell extends TableCell<CatalogRow, Credential> {
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
                setText(credential.provenance().lastVerified() == null ? Messages.get("catalog.neverVerified")
                        : Messages.get("catalog.staleDate", date));
                getStyleClass().add("stale");
                setTooltip(new Tooltip(Messages.get("catalog.staleTooltip")));
            } else {
                setText(date);
            }
        }
    }
}
