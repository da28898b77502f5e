package io.upskillplanner.ui.profiles;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.ui.common.EditorForms;
import io.upskillplanner.ui.common.EnumConverter;
import io.upskillplanner.ui.common.FormBinding;
import io.upskillplanner.ui.common.ViewLoader;

/** The profile form, shown in a dialog. */
public final class ProfileEditorView {

    private final ProfileEditorViewModel viewModel;

    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private ComboBox<ProfileKind> kindBox;
    @FXML private TextField roleField;
    @FXML private ComboBox<String> industryBox;
    @FXML private TextField hoursField;
    @FXML private Label hoursError;
    @FXML private TextField budgetField;
    @FXML private Label budgetError;
    @FXML private TextField currencyField;
    @FXML private Label currencyError;
    @FXML private TextField salaryField;
    @FXML private Label salaryError;
    @FXML private TextArea notesArea;

    public ProfileEditorView(ProfileEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Opens the editor over {@code owner}; {@code onSaved} gets the stored profile. */
    /** The loaded form, its first field to take the focus. */
    public EditorForms.Form form() {
        Parent root = ViewLoader.load(this);
        return new EditorForms.Form(root, nameField);
    }

    @FXML
    private void initialize() {
        FormBinding.text(nameField, viewModel.nameProperty(), nameError, viewModel.errors().of("name"));
        kindBox.getItems().setAll(ProfileKind.values());
        kindBox.setConverter(new EnumConverter<>(ProfileKind.class));
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        roleField.textProperty().bindBidirectional(viewModel.currentRoleProperty());
        industryBox.getItems().setAll(viewModel.industries());
        industryBox.getEditor().textProperty().bindBidirectional(viewModel.currentIndustryProperty());
        FormBinding.text(hoursField, viewModel.weeklyHoursProperty(), hoursError, viewModel.errors().of("weeklyHours"));
        FormBinding.text(budgetField, viewModel.budgetProperty(), budgetError, viewModel.errors().of("budget"));
        FormBinding.text(currencyField, viewModel.currencyProperty(), currencyError, viewModel.errors().of("currency"));
        FormBinding.text(salaryField, viewModel.salaryNowProperty(), salaryError, viewModel.errors().of("salaryNow"));
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
    }
}
