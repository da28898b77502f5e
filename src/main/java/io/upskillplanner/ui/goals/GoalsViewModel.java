package io.upskillplanner.ui.goals;

import java.util.List;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/** The goals of the current profile, and the skills and candidates of the selected goal. */
public final class GoalsViewModel {

    private final AppState state;
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final ObjectProperty<Goal> selectedGoal = new SimpleObjectProperty<>();
    private final ObservableList<GoalSkill> skills = FXCollections.observableArrayList();
    private final ObservableList<CandidateRow> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();

    public GoalsViewModel(AppState state) {
        this.state = state;
        state.currentProfileProperty().addListener((obs, old, profile) -> loadGoals(profile));
        selectedGoal.addListener((obs, old, goal) -> loadGoalDetails(goal));
        loadGoals(state.currentProfile());
    }

    public ObservableList<Goal> goals() {
        return goals;
    }

    public ObjectProperty<Goal> selectedGoalProperty() {
        return selectedGoal;
    }

    public ObservableList<GoalSkill> skills() {
        return skills;
    }

    public ObservableList<CandidateRow> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    private void loadGoals(Profile profile) {
        heading.set(profile == null ? Messages.get("goals.titleNoProfile") : Messages.get("goals.title", profile.name()));
        if (profile == null) {
            goals.clear();
            selectedGoal.set(null);
            return;
        }
        state.tasks().run(() -> state.store().goals().listForProfile(profile.id()), loaded -> {
            goals.setAll(loaded);
            selectedGoal.set(loaded.isEmpty() ? null : loaded.get(0));
        }, state::showError);
    }

    private void loadGoalDetails(Goal goal) {
        if (goal == null) {
            skills.clear();
            candidates.clear();
            return;
        }
        skills.setAll(goal.skills());
        Store store = state.store();
        state.tasks().run(() -> candidateRows(store, goal.id()), rows -> {
            if (selectedGoal.get() != null && selectedGoal.get().id().equals(goal.id())) {
                candidates.setAll(rows);
            }
        }, state::showError);
    }

    static List<CandidateRow> candidateRows(Store store, UUID goalId) {
        return store.plans().candidates(goalId).stream()
                .map(c -> new CandidateRow(c.candidate(), c.credential())).toList();
    }
}
