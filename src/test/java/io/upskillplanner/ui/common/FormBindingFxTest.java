package io.upskillplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import io.upskillplanner.ui.FxTestBase;

import org.junit.jupiter.api.Test;

/** A field's message is the label right after it, or right after the row it sits in. */
class FormBindingFxTest extends FxTestBase {

    @Test
    void theMessageUnderAFieldFollowsTheErrorAndTheValueGoesBothWays() {
        TextField field = new TextField();
        Label message = new Label();
        new VBox(field, message);
        StringProperty value = new SimpleStringProperty("");
        StringProperty error = new SimpleStringProperty("");

        FormBinding.text(field, value, error);
        field.setText("12x");
        error.set("Type a number, such as 1500.");

        assertThat(value.get()).isEqualTo("12x");
        assertThat(message.getText()).isEqualTo("Type a number, such as 1500.");
        assertThat(message.isVisible()).isTrue();
        assertThat(field.getPseudoClassStates()).extracting(Object::toString).contains("danger");
        error.set("");
        assertThat(message.isVisible()).isFalse();
        assertThat(field.getPseudoClassStates()).extracting(Object::toString).doesNotContain("danger");
    }

    @Test
    void aFieldInARowHasItsMessageAfterTheRowNotTheNextControlOfTheRow() {
        DatePicker picker = new DatePicker();
        Label stale = new Label("stale");
        Label message = new Label();
        new VBox(new HBox(picker, new Button("Today"), stale), message);
        StringProperty error = new SimpleStringProperty("A date in the future cannot be verified.");

        FormBinding.error(picker, error);

        assertThat(message.getText()).isEqualTo("A date in the future cannot be verified.");
        assertThat(stale.getText()).isEqualTo("stale");
    }

    @Test
    void aFieldWithoutAMessageLabelIsAProgrammingErrorNamedByItsId() {
        TextField lonely = new TextField();
        lonely.setId("credential-lonely");
        new VBox(lonely, new Button("next"));

        assertThatThrownBy(() -> FormBinding.text(lonely, new SimpleStringProperty(), new SimpleStringProperty("")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("credential-lonely");
    }
}
