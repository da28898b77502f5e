package io.upskillplanner.ui.goals;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.ui.common.EditorForms;
import io.upskillplanner.ui.common.EnumConverter;
import io.upskillplanner.ui.common.FormBinding;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.SkillListBinding;
import io.upskillplanner.ui.common.ViewLoader;

/** The goal form with its skill picker, shown in a dialog. */
public final class GoalEditorView {

    private final GoalEditorViewModel viewModel;

    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private TextField roleField;
    @FXML private ComboBox<String> industryBox;
    @FXML private DatePicker deadlinePicker;
    @FXML private Label deadlineError;
    @FXML private Label budgetLabel;
    @FXML private TextField budgetField;
    @FXML private Label budgetError;
    @FXML private TextField hoursField;
    @FXML private Label hoursError;
    @FXML private TextField salaryField;
    @FXML private Label salaryError;
    @FXML private Spinner<Integer> prioritySpinner;
    @FXML private ComboBox<GoalStatus> statusBox;
    @FXML private ComboBox<ScheduleMode> modeBox;
    @FXML private TextArea notesArea;
    @FXML private TextField skillField;
    @FXML private Spinner<Integer> importanceSpinner;
    @FXML private ListView<GoalSkill> skillList;
    @FXML private Button editSkillButton;
    @FXML private Button removeSkillButton;

    public GoalEditorView(GoalEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The loaded form, its first field to take the focus. */
    public EditorForms.Form form() {
        Parent root = ViewLoader.load(this);
        return new EditorForms.Form(root, titleField);
    }

    @FXML
    private void initialize() {
        var errors = viewModel.errors();
        FormBinding.text(titleField, viewModel.titleProperty(), titleError, errors.of("title"));
        roleField.textProperty().bindBidirectional(viewModel.targetRoleProperty());
        industryBox.getItems().setAll(viewModel.industryChoices());
        industryBox.getEditor().textProperty().bindBidirectional(viewModel.targetIndustryProperty());
        deadlinePicker.setConverter(Formats.dateConverter());
        deadlinePicker.valueProperty().bindBidirectional(viewModel.deadlineProperty());
        FormBinding.error(deadlinePicker, deadlineError, errors.of("deadline"));
        budgetLabel.setText(Messages.get("goal.budgetCap", viewModel.currency()));
        FormBinding.text(budgetField, viewModel.budgetCapProperty(), budgetError, errors.of("budgetCap"));
        FormBinding.text(hoursField, viewModel.weeklyHoursProperty(), hoursError, errors.of("weeklyHours"));
        FormBinding.text(salaryField, viewModel.expectedSalaryProperty(), salaryError, errors.of("expectedSalary"));
        prioritySpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.priorityProperty());
        statusBox.getItems().setAll(GoalStatus.values());
        statusBox.setConverter(new EnumConverter<>(GoalStatus.class));
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        modeBox.getItems().setAll(ScheduleMode.values());
        modeBox.setConverter(new EnumConverter<>(ScheduleMode.class));
        modeBox.valueProperty().bindBidirectional(viewModel.scheduleModeProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
        importanceSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.skillImportanceProperty());
        SkillListBinding.bind(skillField, viewModel.skillInputProperty(), viewModel::suggestSkills, this::addSkill,
                skillList, viewModel.skills(),
                skill -> Messages.get("goals.skillWithImportance", skill.skill().label(), skill.importance()),
                this::removeSkill, this::editSkill);
        var noSkill = skillList.getSelectionModel().selectedItemProperty().isNull();
        editSkillButton.disableProperty().bind(noSkill);
        removeSkillButton.disableProperty().bind(noSkill);
    }

    @FXML
    private void addSkill() {
        viewModel.addSkill();
        skillField.requestFocus();
    }

    @FXML
    private void editSkill() {
        viewModel.editSkill(skillList.getSelectionModel().getSelectedItem());
        skillField.requestFocus();
    }

    @FXML
    private void removeSkill() {
        viewModel.removeSkill(skillList.getSelectionModel().getSelectedItem());
    }
}
