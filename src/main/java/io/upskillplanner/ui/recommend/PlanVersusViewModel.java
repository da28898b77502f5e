package io.upskillplanner.ui.recommend;

import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.recommend.PlanVersus;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.domain.decide.recommend.RecommendedPlan;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/**
 * "Your plan vs the recommended plan" on the Compare screen: cost, finish, coverage and
 * recognition of the goal's own plan (as the Compare screen evaluates it) beside the best plan of
 * the last recommendation for that goal, and whether each keeps to the budget and the deadline.
 * The rows are {@link PlanVersus}, the report's too. Shown only once a recommendation was asked for.
 */
public final class PlanVersusViewModel {

    private final RecommendationMemory memory;
    private final ObservableValue<Goal> goal;
    private final ObservableValue<PlanEvaluation> evaluation;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ObservableList<VersusRow> rows = FXCollections.observableArrayList();

    public PlanVersusViewModel(RecommendationMemory memory, ObservableValue<Goal> goal,
                               ObservableValue<PlanEvaluation> evaluation) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.goal = Objects.requireNonNull(goal, "goal");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        memory.lastProperty().addListener((obs, old, now) -> refresh());
        goal.addListener((obs, old, now) -> refresh());
        evaluation.addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** What the comparison rests on, or why the person's side is empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ObservableList<VersusRow> rows() {
        return rows;
    }

    private void refresh() {
        Goal current = goal.getValue();
        Optional<Recommendation> remembered = current == null ? Optional.empty() : memory.forGoal(current.id());
        if (remembered.isEmpty() || remembered.get().best().steps().isEmpty()) {
            shown.set(false);
            rows.clear();
            return;
        }
        RecommendedPlan best = remembered.get().best();
        PlanVersus versus = PlanVersus.of(current, evaluation.getValue(), remembered.get());
        heading.set(Messages.get("versus.title", current.title()));
        note.set(!versus.ownPlanned() ? Messages.get("versus.nothingPlanned")
                : Messages.get("versus.note", Formats.label(best.kind()),
                        Formats.date(remembered.get().today())));
        rows.setAll(versus.rows().stream().map(row -> new VersusRow(Formats.text(row.label()),
                Formats.text(row.yours()), Formats.text(row.recommended()))).toList());
        shown.set(true);
    }
}
