package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class WeightedScorePropertyTest {

    @Property
    void raisingAnyCriterionRatingNeverLowersTheScore(@ForAll("ratings") Map<Criterion, Rating> ratings,
                                                      @ForAll("weights") ScoringWeights weights,
                                                      @ForAll Criterion raised,
                                                      @ForAll @DoubleRange(min = 0, max = 5) double increase) {
        Map<Criterion, Rating> higher = new EnumMap<>(ratings);
        higher.put(raised, new Rating(ratings.get(raised).value() + increase, Phrase.of("quoted", "raised")));

        BigDecimal before = WeightedScore.of(ratings, weights).points();
        BigDecimal after = WeightedScore.of(higher, weights).points();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property
    void scoreStaysWithinZeroToHundredAndContributionsSumToIt(@ForAll("ratings") Map<Criterion, Rating> ratings,
                                                              @ForAll("weights") ScoringWeights weights) {
        CandidateScore score = WeightedScore.of(ratings, weights);

        assertThat(score.points()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        BigDecimal sum = score.breakdown().stream().map(CriterionScore::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(score.points());
        assertThat(score.breakdown()).allSatisfy(line -> assertThat(line.points()).isNotNegative());
    }

    @Provide
    Arbitrary<Map<Criterion, Rating>> ratings() {
        return Arbitraries.doubles().between(0, 5).list().ofSize(Criterion.values().length).map(values -> {
            Map<Criterion, Rating> ratings = new EnumMap<>(Criterion.class);
            for (Criterion criterion : Criterion.values()) {
                ratings.put(criterion, new Rating(values.get(criterion.ordinal()), Phrase.of("quoted", "generated")));
            }
            return ratings;
        });
    }

    @Provide
    Arbitrary<ScoringWeights> weights() {
        Arbitrary<List<Double>> raw = Arbitraries.doubles().between(0, 10).ofScale(3)
                .list().ofSize(Criterion.values().length);
        Arbitrary<Criterion> alwaysPositive = Arbitraries.of(Criterion.class);
        return Combinators.combine(raw, alwaysPositive).as((values, positive) -> {
            Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
            for (Criterion criterion : Criterion.values()) {
                weights.put(criterion, values.get(criterion.ordinal()));
            }
            weights.put(positive, weights.get(positive) + 0.5);
            return new ScoringWeights(weights);
        });
    }
}
