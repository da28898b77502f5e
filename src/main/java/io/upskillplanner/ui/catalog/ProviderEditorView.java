package io.upskillplanner.ui.catalog;

import java.util.function.Consumer;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.ui.common.Dialogs;
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

    public static void open(Node owner, ProviderEditorViewModel viewModel, Consumer<Provider> onSaved) {
        ProviderEditorView view = new ProviderEditorView(viewModel);
        Dialogs.editor(owner, viewModel, ViewLoader.load(view), onSaved);
        view.nameField.requestFocus();
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
