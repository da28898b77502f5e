package io.upskillplanner.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/** Ties form fields to a view model: the value both ways, and the field's message beside it. */
public final class FormBinding {

    /** AtlantaFX draws fields in this state with a red border. */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private FormBinding() {
    }

    public static void text(TextInputControl field, StringProperty value, Label errorLabel,
                            ReadOnlyStringProperty error) {
        field.textProperty().bindBidirectional(value);
        error(field, errorLabel, error);
    }

    /** Shows a field's message under it and marks the field, only while there is a message. */
    public static void error(Node field, Label errorLabel, ReadOnlyStringProperty error) {
        errorLabel.getStyleClass().add("field-error");
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(error.isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        errorLabel.setWrapText(true);
        field.pseudoClassStateChanged(DANGER, !error.get().isEmpty());
        error.addListener((obs, old, message) -> field.pseudoClassStateChanged(DANGER, !message.isEmpty()));
    }
}
