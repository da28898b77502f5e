package io.upskillplanner.ui.common;

import java.util.function.Predicate;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Profile;

/**
 * The "Sample" tag on the demo data the first start seeds: its profiles and catalog entries are
 * marked so in the database, and nothing the user creates or imports ever carries the mark.
 */
public final class SampleMark {

    public static final String STYLE_CLASS = "sample-tag";

    private SampleMark() {
    }

    public static boolean isSample(Profile profile) {
        return profile != null && profile.sampleData();
    }

    public static boolean isSample(Credential credential) {
        return credential != null && credential.origin() == Origin.DEMO;
    }

    /** The tag itself: a short word in a frame, with a tooltip and a name for screen readers. */
    public static Label tag() {
        Label tag = new Label(Messages.get("sample.tag"));
        tag.getStyleClass().add(STYLE_CLASS);
        tag.setTooltip(new Tooltip(Messages.get("sample.tooltip")));
        tag.setAccessibleText(Messages.get("sample.tooltip"));
        tag.setMinWidth(Label.USE_PREF_SIZE);
        return tag;
    }

    /** Shows {@code label} with the tag after it when {@code sample} is true, and plain otherwise. */
    public static void show(Label label, String text, boolean sample) {
        label.setText(text);
        label.setGraphic(sample ? tag() : null);
        label.setContentDisplay(ContentDisplay.RIGHT);
    }

    /** Draws the values of {@code column} with the tag on sample rows, and keeps room for both. */
    public static <S> void install(TableColumn<S, String> column, Predicate<S> sample) {
        column.setCellFactory(c -> cell(sample));
        column.getProperties().put(ColumnWidths.TAG_TEXT, Messages.get("sample.tag"));
    }

    /** A table cell for a text column whose rows may be sample data: the text, then the tag. */
    public static <S> TableCell<S, String> cell(Predicate<S> sample) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setGraphic(row != null && sample.test(row) ? tag() : null);
                setContentDisplay(ContentDisplay.RIGHT);
            }
        };
    }
}
