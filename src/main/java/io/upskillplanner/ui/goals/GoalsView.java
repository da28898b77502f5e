package io.upskillplanner.ui.goals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.ui.catalog.CatalogRow;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.CredentialDrag;
import io.upskillplanner.ui.common.Dialogs;
import io.upskillplanner.ui.common.EnumConverter;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;

import org.controlsfx.control.textfield.TextFields;

/**
 * Goals of the current profile; for the selected one its skill gap, its candidates in plan order
 * with their status, start and note, and a catalog search to attach more (button or drag).
 */
public final class GoalsView {

    private static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private final GoalsViewModel viewModel;
    private final CandidatePickerViewModel picker;

    @FXML private Label heading;
    @FXML private Button newGoalButton;
    @FXML private Button editGoalButton;
    @FXML private Button deleteGoalButton;
    @FXML private TableView<Goal> goalTable;
    @FXML private Label goalPlaceholder;
    @FXML private TableColumn<Goal, String> titleColumn;
    @FXML private TableColumn<Goal, String> roleColumn;
    @FXML private TableColumn<Goal, String> industryColumn;
    @FXML private TableColumn<Goal, String> deadlineColumn;
    @FXML private TableColumn<Goal, Number> priorityColumn;
    @FXML private TableColumn<Goal, String> statusColumn;
    @FXML private Label gapSummary;
    @FXML private ListView<GapRow> gapList;
    @FXML private Label goalFacts;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button removeButton;
    @FXML private TableView<CandidateWithCredential> candidateTable;
    @FXML private TableColumn<CandidateWithCredential, Number> orderColumn;
    @FXML private TableColumn<CandidateWithCredential, String> credentialColumn;
    @FXML private TableColumn<CandidateWithCredential, String> candidateStatusColumn;
    @FXML private TableColumn<CandidateWithCredential, String> costColumn;
    @FXML private TableColumn<CandidateWithCredential, Number> hoursColumn;
    @FXML private TableColumn<CandidateWithCredential, String> startColumn;
    @FXML private TableColumn<CandidateWithCredential, String> noteColumn;
    @FXML private HBox candidateForm;
    @FXML private ComboBox<CandidateStatus> statusBox;
    @FXML private DatePicker startPicker;
    @FXML private TextField noteField;
    @FXML private HBox pickerSearchBox;
    @FXML private ListView<CatalogRow> pickerList;
    @FXML private Label pickerSummary;
    @FXML private Button attachButton;
    private TextField pickerSearch;
    private boolean showingCandidate;

    public GoalsView(GoalsViewModel viewModel, CandidatePickerViewModel picker) {
        this.viewModel = viewModel;
        this.picker = picker;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        goalPlaceholder.textProperty().bind(Bindings.when(viewModel.noProfileProperty())
                .then(Messages.get("goals.noProfile")).otherwise(Messages.get("goals.empty")));
        newGoalButton.disableProperty().bind(viewModel.noProfileProperty());
        editGoalButton.disableProperty().bind(viewModel.noGoalProperty());
        deleteGoalButton.disableProperty().bind(viewModel.noGoalProperty());
        goalTable.setItems(viewModel.goals());
        ColumnWidths.keepReadable(goalTable, titleColumn, statusColumn);
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().targetRole()));
        industryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.industry(c.getValue().targetIndustry())));
        deadlineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().deadline())));
        priorityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().priority()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.label(c.getValue().status())));
        goalTable.getSelectionModel().selectedItemProperty().addListener((obs, old, goal) -> {
            if (goal != null) {
                viewModel.selectedGoalProperty().set(goal);
            }
        });
        viewModel.selectedGoalProperty().addListener((obs, old, goal) -> {
            if (goal != null && goalTable.getSelectionModel().getSelectedItem() != goal) {
                goalTable.getSelectionModel().select(goal);
            }
        });
        goalTable.setRowFactory(table -> doubleClickRow(this::editGoal));
        goalTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editGoal();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteGoal();
            }
        });
        gapSummary.textProperty().bind(viewModel.gapSummaryProperty());
        gapList.setItems(viewModel.gap());
        gapList.setCellFactory(list -> new GapCell());
        goalFacts.textProperty().bind(viewModel.goalFactsProperty());
        bindCandidates();
        bindPicker();
        if (viewModel.selectedGoalProperty().get() != null) {
            goalTable.getSelectionModel().select(viewModel.selectedGoalProperty().get());
        }
    }

    private void bindCandidates() {
        candidateTable.setItems(viewModel.candidates());
        ColumnWidths.keepReadable(candidateTable, orderColumn, credentialColumn, candidateStatusColumn, costColumn,
                hoursColumn, startColumn);
        orderColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().candidate().order()));
        credentialColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().credential().title()));
        candidateStatusColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Formats.label(c.getValue().candidate().status())));
        costColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.cost(c.getValue())));
        costColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                CandidateWithCredential row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String tip = row == null ? "" : viewModel.costTooltip(row);
                setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
            }
        });
        hoursColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().credential().effortHours()));
        startColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().candidate().plannedStart())));
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().candidate().note()));
        candidateTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, row) -> viewModel.selectedCandidateProperty().set(row));
        viewModel.selectedCandidateProperty().addListener((obs, old, row) -> showCandidate(row));
        candidateTable.setOnKeyPressed(e -> {
            if (MOVE_UP.match(e)) {
                moveUp();
                e.consume();
            } else if (MOVE_DOWN.match(e)) {
                moveDown();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                removeCandidate();
            }
        });
        var none = viewModel.noCandidateProperty();
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        removeButton.disableProperty().bind(none);
        candidateForm.disableProperty().bind(none);
        statusBox.getItems().setAll(CandidateStatus.values());
        statusBox.setConverter(new EnumConverter<>(CandidateStatus.class));
        statusBox.valueProperty().addListener((obs, old, status) -> {
            if (!showingCandidate) {
                viewModel.setStatus(viewModel.selectedCandidateProperty().get(), status);
            }
        });
        startPicker.setConverter(Formats.dateConverter());
        startPicker.valueProperty().addListener((obs, old, date) -> {
            if (!showingCandidate) {
                viewModel.setPlannedStart(viewModel.selectedCandidateProperty().get(), date);
            }
        });
        noteField.setOnAction(e -> saveNote());
        noteField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                saveNote();
            }
        });
        candidateTable.setOnDragOver(e -> {
            if (CredentialDrag.from(e.getDragboard()).isPresent() && viewModel.selectedGoalProperty().get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        candidateTable.setOnDragDropped(e -> {
            Optional<List<UUID>> ids = CredentialDrag.from(e.getDragboard());
            ids.ifPresent(viewModel::attach);
            e.setDropCompleted(ids.isPresent());
            e.consume();
        });
    }

    private void bindPicker() {
        pickerSearch = TextFields.createClearableTextField();
        pickerSearch.setId("pickerSearch");
        pickerSearch.setPromptText(Messages.get("picker.searchPrompt"));
        HBox.setHgrow(pickerSearch, Priority.ALWAYS);
        pickerSearch.textProperty().bindBidirectional(picker.searchTextProperty());
        pickerSearchBox.getChildren().add(pickerSearch);
        // Down from the search goes to the results, so the keyboard alone can search and attach.
        pickerSearch.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !pickerList.getItems().isEmpty()) {
                pickerList.requestFocus();
                pickerList.getSelectionModel().clearAndSelect(0);
                pickerList.getFocusModel().focus(0);
                e.consume();
            }
        });
        pickerList.itemsProperty().bind(picker.rowsProperty());
        pickerList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        pickerList.setCellFactory(list -> new PickerCell());
        pickerList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                attachSelected();
            }
        });
        pickerSummary.textProperty().bind(picker.summaryProperty());
        attachButton.disableProperty().bind(pickerList.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.noGoalProperty()));
    }

    private void showCandidate(CandidateWithCredential row) {
        showingCandidate = true;
        try {
            statusBox.setValue(row == null ? null : row.candidate().status());
            startPicker.setValue(row == null ? null : row.candidate().plannedStart());
            noteField.setText(row == null || row.candidate().note() == null ? "" : row.candidate().note());
            if (row != null && candidateTable.getSelectionModel().getSelectedItem() != row) {
                candidateTable.getSelectionModel().select(row);
            }
        } finally {
            showingCandidate = false;
        }
    }

    private void saveNote() {
        if (!showingCandidate) {
            viewModel.setNote(viewModel.selectedCandidateProperty().get(), noteField.getText());
        }
    }

    @FXML
    public void newGoal() {
        GoalEditorViewModel editor = viewModel.newGoalEditor();
        if (editor != null) {
            GoalEditorView.open(goalTable, editor, viewModel::goalSaved);
        }
    }

    @FXML
    public void editGoal() {
        GoalEditorViewModel editor = viewModel.editGoalEditor();
        if (editor != null) {
            GoalEditorView.open(goalTable, editor, viewModel::goalSaved);
        }
    }

    @FXML
    public void deleteGoal() {
        if (viewModel.selectedGoalProperty().get() != null) {
            Dialogs.confirm(goalTable, Messages.get("goals.deleteTitle"), viewModel.deleteQuestion(),
                    Messages.get("button.delete"), viewModel::deleteSelectedGoal);
        }
    }

    @FXML
    public void moveUp() {
        viewModel.moveUp(viewModel.selectedCandidateProperty().get());
    }

    @FXML
    public void moveDown() {
        viewModel.moveDown(viewModel.selectedCandidateProperty().get());
    }

    @FXML
    public void removeCandidate() {
        viewModel.remove(viewModel.selectedCandidateProperty().get());
    }

    @FXML
    public void attachSelected() {
        List<UUID> ids = pickerList.getSelectionModel().getSelectedItems().stream().map(CatalogRow::id).toList();
        viewModel.attach(ids);
    }

    /** Puts the keyboard in the catalog search beside the candidates. */
    public void focusPicker() {
        pickerSearch.requestFocus();
    }

    private static <T> TableRow<T> doubleClickRow(Runnable action) {
        TableRow<T> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                action.run();
            }
        });
        return row;
    }

    /** One needed skill: covered (and by what) or missing; the full text in a tooltip. */
    private static final class GapCell extends ListCell<GapRow> {
        @Override
        protected void updateItem(GapRow coverage, boolean empty) {
            super.updateItem(coverage, empty);
            getStyleClass().removeAll("gap-covered", "gap-missing");
            setTooltip(null);
            if (empty || coverage == null) {
                setText(null);
                return;
            }
            String skill = Messages.get("gap.skill", coverage.skill().skill().label(), coverage.skill().importance());
            String text = coverage.covered()
                    ? Messages.get("gap.covered", skill, String.join(", ", coverage.coveredBy()))
                    : Messages.get("gap.missing", skill);
            setText(text);
            setTooltip(new Tooltip(text));
            getStyleClass().add(coverage.covered() ? "gap-covered" : "gap-missing");
            setPrefWidth(0);
        }
    }

    /** A catalog row in the picker, draggable onto the candidates. */
    private final class PickerCell extends ListCell<CatalogRow> {
        private CatalogRow shown;
        private final ChangeListener<Credential> refill = (obs, old, c) -> fill();

        PickerCell() {
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (isEmpty()) {
                    return;
                }
                List<CatalogRow> selected = pickerList.getSelectionModel().getSelectedItems();
                startDragAndDrop(TransferMode.COPY).setContent(CredentialDrag.content(
                        (selected.contains(getItem()) ? selected : List.of(getItem())).stream().map(CatalogRow::id).toList()));
                e.consume();
            });
        }

        @Override
        protected void updateItem(CatalogRow row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null) {
                shown.credentialProperty().removeListener(refill);
            }
            shown = empty ? null : row;
            if (shown != null) {
                shown.credentialProperty().addListener(refill);
            }
            fill();
        }

        private void fill() {
            Credential c = shown == null ? null : shown.credential();
            setText(shown == null ? null : c == null ? "…" : c.title() + (c.providerName() == null ? ""
                    : " · " + c.providerName()));
        }
    }
}
