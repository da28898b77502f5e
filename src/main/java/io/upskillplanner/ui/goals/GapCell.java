package io.upskillplanner.ui.goals;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

import io.upskillplanner.ui.common.Messages;

/** One needed skill: covered (and by what) or missing; the full text in a tooltip. */
final class GapCell extends ListCell<GapRow> {
    @Override
    protected void updateItem(GapRow coverage, boolean empty) {
        super.updateItem(coverage, empty);
        getStyleClass().removeAll("gap-covered", "gap-missing");
        setTooltip(null);
        if (empty || coverage == null) {
            setText(null);
            return;
        }
        String skill = Messages.get("gap.skill", coverage.skill().skill().label(), coverage.skill().importance());
        String text = coverage.covered()
                ? Messages.get("gap.covered", skill, String.join(", ", coverage.coveredBy()))
                : Messages.get("gap.missing", skill);
        setText(text);
        setTooltip(new Tooltip(text));
        getStyleClass().add(coverage.covered() ? "gap-covered" : "gap-missing");
        setPrefWidth(0);
    }
}
