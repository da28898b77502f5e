package io.upskillplanner.ui.catalog;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.ui.common.EditorForms;
import io.upskillplanner.ui.common.EnumConverter;
import io.upskillplanner.ui.common.FormBinding;
import io.upskillplanner.ui.common.ViewLoader;

/** The provider form, shown in a dialog. */
public final class ProviderEditorView {

    private final ProviderEditorViewModel viewModel;

    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private ComboBox<ProviderType> typeBox;
    @FXML private TextField countryField;
    @FXML private Label countryError;
    @FXML private TextField urlField;
    @FXML private Label urlError;

    public ProviderEditorView(ProviderEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The loaded form, its first field to take the focus. */
    public EditorForms.Form form() {
        Parent root = ViewLoader.load(this);
        return new EditorForms.Form(root, nameField);
    }

    @FXML
    private void initialize() {
        FormBinding.text(nameField, viewModel.nameProperty(), nameError, viewModel.errors().of("name"));
        typeBox.getItems().setAll(ProviderType.values());
        typeBox.setConverter(new EnumConverter<>(ProviderType.class));
        typeBox.valueProperty().bindBidirectional(viewModel.typeProperty());
        FormBinding.text(countryField, viewModel.countryProperty(), countryError, viewModel.errors().of("country"));
        FormBinding.text(urlField, viewModel.urlProperty(), urlError, viewModel.errors().of("url"));
    }
}
