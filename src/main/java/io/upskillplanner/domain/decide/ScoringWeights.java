package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.upskillplanner.domain.DomainRuleException;

/**
 * How much each criterion counts in the score. Every criterion has a weight; weights are
 * non-negative and at least one is positive, so the weighted mean is always defined.
 */
public record ScoringWeights(Map<Criterion, Double> weights) {

    private static final ScoringWeights DEFAULTS = new ScoringWeights(defaultWeights());

    public ScoringWeights {
        Objects.requireNonNull(weights, "weights");
        EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
        double total = 0;
        for (Criterion criterion : Criterion.values()) {
            Double weight = weights.get(criterion);
            if (weight == null) {
                throw new DomainRuleException("error.domain.noWeight", criterion);
            }
            if (!Double.isFinite(weight) || weight < 0) {
                throw new DomainRuleException("error.domain.weightNegative", criterion, weight);
            }
            copy.put(criterion, weight);
            total += weight;
        }
        if (total <= 0) {
            throw new DomainRuleException("error.domain.noPositiveWeight");
        }
        weights = Collections.unmodifiableMap(copy);
    }

    /**
     * Recognition and skill coverage count most because they decide whether the credential helps
     * toward the goal at all; cost and time fit next; the quality signals refine among the rest.
     */
    public static ScoringWeights defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults overlaid with a profile's stored weights, keyed by criterion name (case and
     * separators ignored). Unknown names are skipped so that an older app can read weights a newer
     * one stored.
     */
    public static ScoringWeights fromStored(Map<String, BigDecimal> stored) {
        EnumMap<Criterion, Double> merged = new EnumMap<>(DEFAULTS.weights);
        stored.forEach((name, weight) -> {
            Criterion criterion = criterionNamed(name);
            if (criterion != null && weight != null) {
                merged.put(criterion, weight.doubleValue());
            }
        });
        return new ScoringWeights(merged);
    }

    public double of(Criterion criterion) {
        return weights.get(criterion);
    }

    public double total() {
        double total = 0;
        for (double weight : weights.values()) {
            total += weight;
        }
        return total;
    }

    public ScoringWeights with(Criterion criterion, double weight) {
        EnumMap<Criterion, Double> changed = new EnumMap<>(weights);
        changed.put(criterion, weight);
        return new ScoringWeights(changed);
    }

    private static Criterion criterionNamed(String name) {
        if (name == null) {
            return null;
        }
        String normalised = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Criterion criterion : Criterion.values()) {
            if (criterion.name().equals(normalised)) {
                return criterion;
            }
        }
        return null;
    }

    private static Map<Criterion, Double> defaultWeights() {
        EnumMap<Criterion, Double> defaults = new EnumMap<>(Criterion.class);
        defaults.put(Criterion.RECOGNITION, 3.0);
        defaults.put(Criterion.SKILL_COVERAGE, 3.0);
        defaults.put(Criterion.ACCREDITATION, 1.5);
        defaults.put(Criterion.CURRICULUM, 1.0);
        defaults.put(Criterion.INSTRUCTORS, 1.0);
        defaults.put(Criterion.CAREER_SUPPORT, 1.0);
        defaults.put(Criterion.COST_FIT, 2.0);
        defaults.put(Criterion.TIME_FIT, 2.0);
        return defaults;
    }
}
