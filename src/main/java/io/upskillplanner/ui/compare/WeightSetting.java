package io.upskillplanner.ui.compare;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

import io.upskillplanner.domain.decide.Criterion;
import io.upskillplanner.ui.common.Messages;

/** One weight slider's model: the criterion and how much it counts, from 0 to {@link #MAX}. */
public final class WeightSetting {

    public static final double MAX = 5;
    /** Weights move in half steps: finer ones (4.3) change no ranking a person can tell apart and read as noise. */
    public static final double STEP = 0.5;

    private final Criterion criterion;
    private final DoubleProperty weight = new SimpleDoubleProperty(this, "weight") {
        @Override
        public void set(double value) {
            super.set(snap(value));
        }
    };

    WeightSetting(Criterion criterion, double initial) {
        this.criterion = criterion;
        this.weight.set(initial);
    }

    public Criterion criterion() {
        return criterion;
    }

    public String label() {
        return Messages.get("criterion." + criterion.name());
    }

    public DoubleProperty weightProperty() {
        return weight;
    }

    public double weight() {
        return weight.get();
    }

    /** The nearest half step between 0 and {@link #MAX}. */
    public static double snap(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(0, Math.min(MAX, Math.round(value / STEP) * STEP));
    }
}
