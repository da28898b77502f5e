package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.SkillRef;

import org.junit.jupiter.api.Test;

class SkillCoverageRuleTest {

    private final SkillCoverageRule rule = new SkillCoverageRule(List.of(
            GoalSkill.of("SQL", 5), GoalSkill.of("Statistics", 3), GoalSkill.of("Python", 2)));

    @Test
    void coverageIsTheImportanceWeightedShareScaledToFive() {
        Rating rating = rule.rate(List.of(SkillRef.of("sql"), SkillRef.of("Python"), SkillRef.of("Excel")));

        // (5 + 2) / 10 × 5
        assertThat(rating.value()).isEqualTo(3.5);
        assertThat(rating.explanation().english())
                .isEqualTo("Covers 2 of 3 goal skills (70% by importance)"
                        + " — matched: SQL, Python; missing: Statistics");
    }

    @Test
    void skillsMatchByTaxonomyUriWhateverTheirLabels() {
        SkillCoverageRule byUri = new SkillCoverageRule(List.of(
                new GoalSkill(new SkillRef("data analysis", "http://data.europa.eu/esco/skill/abc"), 4)));

        Rating rating = byUri.rate(List.of(new SkillRef("analyse data", "http://data.europa.eu/esco/skill/abc")));

        assertThat(rating.value()).isEqualTo(5);
    }

    @Test
    void credentialTeachingNothingRelevantGetsZeroListingAllAsMissing() {
        Rating rating = rule.rate(List.of());

        assertThat(rating.value()).isZero();
        assertThat(rating.explanation().english()).endsWith("matched: none; missing: SQL, Statistics, Python");
    }

    @Test
    void goalWithoutSkillsGivesZeroForEveryone() {
        Rating rating = new SkillCoverageRule(List.of()).rate(List.of(SkillRef.of("SQL")));

        assertThat(rating.value()).isZero();
        assertThat(rating.explanation().english()).contains("lists no skills");
    }
}
