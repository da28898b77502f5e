package io.upskillplanner.ui.profiles;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/** A session note in the list: when it was written (and changed), then its text. */
final class NoteCell extends ListCell<SessionNote> {
    private final Label stamp = new Label();
    private final Label text = new Label();
    private final VBox box = new VBox(2, stamp, text);

    NoteCell() {
        stamp.getStyleClass().add("note-stamp");
        text.setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SessionNote note, boolean empty) {
        super.updateItem(note, empty);
        if (empty || note == null) {
            setGraphic(null);
        } else {
            String written = Formats.dateTime(note.createdAt());
            stamp.setText(note.updatedAt().isAfter(note.createdAt().plusMinutes(1))
                    ? Messages.get("notes.stampEdited", written, Formats.dateTime(note.updatedAt())) : written);
            text.setText(note.text());
            setGraphic(box);
        }
    }
}
