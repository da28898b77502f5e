package io.upskillplanner.ui.common;

import java.util.List;

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

    /** The same, with the message in the label that sits right under the field in its box (see {@link #messageUnder}). */
    public static void text(TextInputControl field, StringProperty value, ReadOnlyStringProperty error) {
        text(field, value, messageUnder(field), error);
    }

    /** The same for a field that is not typed into (a choice, a date). */
    public static void error(Node field, ReadOnlyStringProperty error) {
        error(field, messageUnder(field), error);
    }

    /**
     * A form lays each field out with its message label right after it in one box, or right after
     * the row the field sits in; this is that label. A form laid out otherwise is a programming
     * error, named by the field's id.
     */
    static Label messageUnder(Node field) {
        Node node = field;
        for (int level = 0; level < 2 && node.getParent() != null; level++) {
            List<Node> siblings = node.getParent().getChildrenUnmodifiable();
            int at = siblings.indexOf(node);
            if (at + 1 < siblings.size() && siblings.get(at + 1) instanceof Label label) {
                return label;
            }
            node = node.getParent();
        }
        throw new IllegalStateException("No message label right after field " + field.getId());
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
