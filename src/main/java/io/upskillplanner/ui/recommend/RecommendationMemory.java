package io.upskillplanner.ui.recommend;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import io.upskillplanner.domain.decide.recommend.Recommendation;

/**
 * The last recommendation the user asked for, with its goal: the Compare screen sets the person's
 * own plan beside it. Kept for the session only; a recommendation is recomputed, never stored.
 */
public final class RecommendationMemory {

    /** A recommendation and the goal it is for. */
    public record Remembered(UUID goalId, Recommendation recommendation) {

        public Remembered {
            Objects.requireNonNull(goalId, "goalId");
            Objects.requireNonNull(recommendation, "recommendation");
        }
    }

    private final ReadOnlyObjectWrapper<Remembered> last = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Remembered> lastProperty() {
        return last.getReadOnlyProperty();
    }

    public void remember(UUID goalId, Recommendation recommendation) {
        last.set(new Remembered(goalId, recommendation));
    }

    public Optional<Recommendation> forGoal(UUID goalId) {
        Remembered remembered = last.get();
        return remembered != null && remembered.goalId().equals(goalId) ? Optional.of(remembered.recommendation())
                : Optional.empty();
    }

    public void forget() {
        last.set(null);
    }
}
