package io.upskillplanner.ui.goals;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import io.upskillplanner.ui.catalog.CatalogRow;
import io.upskillplanner.ui.common.Messages;

import org.controlsfx.control.textfield.TextFields;

/** The catalog search beside a goal's candidates: a search field, its results (draggable) and a summary. */
final class CandidatePickerPane {

    private CandidatePickerPane() {
    }

    /** Binds the pane to the picker and returns its search field; Enter in the results runs {@code attach}. */
    static TextField bind(CandidatePickerViewModel picker, HBox searchBox, ListView<CatalogRow> results, Label summary,
                          Runnable attach) {
        TextField search = TextFields.createClearableTextField();
        search.setId("pickerSearch");
        search.setPromptText(Messages.get("picker.searchPrompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().bindBidirectional(picker.searchTextProperty());
        searchBox.getChildren().add(search);
        // Down from the search goes to the results, so the keyboard alone can search and attach.
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().clearAndSelect(0);
                results.getFocusModel().focus(0);
                e.consume();
            }
        });
        results.itemsProperty().bind(picker.rowsProperty());
        results.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        results.setCellFactory(list -> new PickerCell(results));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                attach.run();
            }
        });
        summary.textProperty().bind(picker.summaryProperty());
        return search;
    }
}
