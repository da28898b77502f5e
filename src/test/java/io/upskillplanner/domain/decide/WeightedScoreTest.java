package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightedScoreTest {

    static Map<Criterion, Rating> allRated(double value) {
        Map<Criterion, Rating> ratings = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            ratings.put(criterion, new Rating(value, Phrase.of("quoted", "rated " + value)));
        }
        return ratings;
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,    0.0
            2.5,  50.0
            5,    100.0
            """)
    void equalRatingsGiveThatRatingTimesTwenty(double rating, String expected) {
        CandidateScore score = WeightedScore.of(allRated(rating), ScoringWeights.defaults());

        assertThat(score.points()).isEqualByComparingTo(expected);
    }

    @Test
    void scoreIsTheWeightedMeanTimesTwentyRoundedToOneDecimal() {
        Map<Criterion, Rating> ratings = allRated(0);
        ratings.put(Criterion.RECOGNITION, new Rating(4, Phrase.of("quoted", "four")));
        ratings.put(Criterion.COST_FIT, new Rating(3.33, Phrase.of("quoted", "a third off")));

        CandidateScore score = WeightedScore.of(ratings, ScoringWeights.defaults());

        // (3 × 4 + 2 × 3.33) / 14.5 × 20 = 16.55… + 9.19… = 25.74…; rounded alone the lines would say
        // 16.6 + 9.2 = 25.8, so the tenth goes to the larger remainder and they add up to 25.7.
        assertThat(score.points()).isEqualByComparingTo("25.7");
        assertThat(score.of(Criterion.RECOGNITION).points()).isEqualByComparingTo("16.5");
        assertThat(score.of(Criterion.COST_FIT).points()).isEqualByComparingTo("9.2");
    }

    @Test
    void contributionsAddUpToTheScoreExactlyEvenWhenEachWouldRoundDifferently() {
        Map<Criterion, Rating> ratings = new EnumMap<>(Criterion.class);
        double[] values = {1.11, 2.22, 3.33, 4.44, 0.55, 1.66, 2.77, 3.88};
        for (Criterion criterion : Criterion.values()) {
            ratings.put(criterion, new Rating(values[criterion.ordinal()], Phrase.of("quoted", "x")));
        }

        CandidateScore score = WeightedScore.of(ratings, ScoringWeights.defaults());

        BigDecimal sum = score.breakdown().stream().map(CriterionScore::points).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(score.points());
    }

    @Test
    void criterionWithZeroWeightContributesNothing() {
        Map<Criterion, Rating> ratings = allRated(5);
        ScoringWeights weights = ScoringWeights.defaults().with(Criterion.RECOGNITION, 0);

        CandidateScore score = WeightedScore.of(ratings, weights);

        assertThat(score.of(Criterion.RECOGNITION).points()).isEqualByComparingTo("0");
        assertThat(score.points()).isEqualByComparingTo("100");
    }

    @Test
    void breakdownKeepsRatingWeightAndExplanation() {
        Map<Criterion, Rating> ratings = allRated(0);
        ratings.put(Criterion.ACCREDITATION, new Rating(5, Phrase.of("accreditation.by", "ABET")));

        CriterionScore line = WeightedScore.of(ratings, ScoringWeights.defaults()).of(Criterion.ACCREDITATION);

        assertThat(line.rating()).isEqualTo(5);
        assertThat(line.weight()).isEqualTo(1.5);
        assertThat(line.explanation().english()).isEqualTo("Accredited by ABET");
    }

    @Test
    void ratingsOutsideTheScaleAreClampedAndKeptToTwoDecimals() {
        assertThat(new Rating(7, Phrase.of("quoted", "x")).value()).isEqualTo(5);
        assertThat(new Rating(-1, Phrase.of("quoted", "x")).value()).isZero();
        assertThat(new Rating(3.076923, Phrase.of("quoted", "x")).value()).isEqualTo(3.08);
    }
}
