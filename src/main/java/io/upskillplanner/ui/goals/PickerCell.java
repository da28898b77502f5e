package io.upskillplanner.ui.goals;

import java.util.List;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.ui.catalog.CatalogRow;
import io.upskillplanner.ui.common.CredentialDrag;

/** A catalog row in the picker, draggable onto the candidates. */
final class PickerCell extends ListCell<CatalogRow> {
    private CatalogRow shown;
    private final ChangeListener<Credential> refill = (obs, old, c) -> fill();

    PickerCell(ListView<CatalogRow> pickerList) {
        setPrefWidth(0);
        setOnDragDetected(e -> {
            if (isEmpty()) {
                return;
            }
            List<CatalogRow> selected = pickerList.getSelectionModel().getSelectedItems();
            startDragAndDrop(TransferMode.COPY).setContent(CredentialDrag.content(
                    (selected.contains(getItem()) ? selected : List.of(getItem())).stream().map(CatalogRow::id).toList()));
            e.consume();
        });
    }

    @Override
    protected void updateItem(CatalogRow row, boolean empty) {
        super.updateItem(row, empty);
        if (shown != null) {
            shown.credentialProperty().removeListener(refill);
        }
        shown = empty ? null : row;
        if (shown != null) {
            shown.credentialProperty().addListener(refill);
        }
        fill();
    }

    private void fill() {
        Credential c = shown == null ? null : shown.credential();
        setText(shown == null ? null : c == null ? "…" : c.title() + (c.providerName() == null ? ""
                : " · " + c.providerName()));
    }
}
