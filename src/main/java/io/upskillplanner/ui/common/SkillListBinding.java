package io.upskillplanner.ui.common;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.controlsfx.control.textfield.TextFields;

/**
 * The skills part of an editor (goal, credential): a field that suggests known skills and adds one
 * on Enter, and the list of added skills, where Delete removes the selected one and Enter edits it.
 */
public final class SkillListBinding {

    private SkillListBinding() {
    }

    /** @param edit what Enter on a listed skill does, or null when a skill is not edited in place */
    public static <T> void bind(TextField input, StringProperty typed, Function<String, List<String>> suggest,
            Runnable add, ListView<T> list, ObservableList<T> skills, Function<T, String> label, Runnable remove,
            Runnable edit) {
        input.textProperty().bindBidirectional(typed);
        TextFields.bindAutoCompletion(input, request -> suggest.apply(request.getUserText()));
        input.setOnAction(e -> {
            e.consume();
            add.run();
        });
        list.setItems(skills);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T skill, boolean empty) {
                super.updateItem(skill, empty);
                setText(empty || skill == null ? null : label.apply(skill));
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                remove.run();
            } else if (e.getCode() == KeyCode.ENTER && edit != null) {
                edit.run();
            }
        });
    }
}
