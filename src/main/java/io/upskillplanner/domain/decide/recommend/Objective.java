package io.upskillplanner.domain.decide.recommend;

import java.util.List;

/**
 * What a plan is judged by, each as a whole number to maximise: cost and finish are negated.
 * A plan kind is a lexicographic order of these ({@link PlanKind#order()}).
 */
public enum Objective {
    COVERAGE, RECOGNITION, QUALITY, LOW_COST, EARLY_FINISH;

    public long value(RecommendModel model, boolean[] chosen) {
        return switch (this) {
            case COVERAGE -> model.coverage(chosen);
            case RECOGNITION -> model.recognition(chosen);
            case QUALITY -> model.quality(chosen);
            case LOW_COST -> -model.costCents(chosen);
            case EARLY_FINISH -> -model.finishWeeks(chosen);
        };
    }

    /** Lexicographic comparison of two score vectors in the same order. */
    public static int compare(long[] a, long[] b) {
        for (int j = 0; j < a.length; j++) {
            int c = Long.compare(a[j], b[j]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static List<Objective> of(Objective... objectives) {
        return List.of(objectives);
    }
}
