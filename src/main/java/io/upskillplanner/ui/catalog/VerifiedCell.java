package io.upskillplanner.ui.catalog;

import java.util.function.Predicate;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/** Last-verified date, marked when the fact is over a year old. */
final class VerifiedCell extends TableCell<CatalogRow, Credential> {

    private final Predicate<Credential> stale;

    VerifiedCell(Predicate<Credential> stale) {
        this.stale = stale;
    }

    @Override
    protected void updateItem(Credential credential, boolean empty) {
        super.updateItem(credential, empty);
        getStyleClass().remove("stale");
        setTooltip(null);
        if (empty || credential == null) {
            setText(null);
            return;
        }
        String date = Formats.date(credential.provenance().lastVerified());
        if (stale.test(credential)) {
            setText(credential.provenance().lastVerified() == null ? Messages.get("catalog.neverVerified")
                    : Messages.get("catalog.staleDate", date));
            getStyleClass().add("stale");
            setTooltip(new Tooltip(Messages.get("catalog.staleTooltip")));
        } else {
            setText(date);
        }
    }
}
