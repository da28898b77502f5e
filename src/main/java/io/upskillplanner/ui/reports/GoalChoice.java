package io.upskillplanner.ui.reports;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import io.upskillplanner.domain.Goal;

/** A goal in the Reports screen's check list: whether it goes into the report. */
public final class GoalChoice {

    private final Goal goal;
    private final BooleanProperty selected = new SimpleBooleanProperty(true);

    public GoalChoice(Goal goal) {
        this.goal = goal;
    }

    public Goal goal() {
        return goal;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    @Override
    public String toString() {
        return goal.title();
    }
}
