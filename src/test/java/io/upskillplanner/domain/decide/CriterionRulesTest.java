package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;

import org.junit.jupiter.api.Test;

class CriterionRulesTest {

    private final Credential recognised = Fixtures.credential("Certified Coding Specialist")
            .recognition(new Recognition("Healthcare", 4, "required by most hospital employers"),
                    new Recognition("Technology", 1, null))
            .build();

    @Test
    void recognitionIsTheLevelInTheTargetIndustryQuotingTheEvidence() {
        Rating rating = RecognitionRule.rate(recognised, "healthcare");

        // A goal's industry typed in lower case is still the standard industry, named as such.
        assertThat(rating.value()).isEqualTo(4);
        assertThat(rating.explanation().english())
                .isEqualTo("Recognition in Healthcare: 4/5 — evidence: required by most hospital employers");
    }

    @Test
    void recognitionWithoutEvidenceSaysSo() {
        assertThat(RecognitionRule.rate(recognised, "Technology").explanation().english())
                .isEqualTo("Recognition in Technology: 1/5 — no evidence recorded");
    }

    @Test
    void recognitionInAnIndustryNotRecordedIsZero() {
        assertThat(RecognitionRule.rate(recognised, "Manufacturing").value()).isZero();
    }

    @Test
    void recognitionCannotBeJudgedWithoutTargetIndustry() {
        Rating rating = RecognitionRule.rate(recognised, null);

        assertThat(rating.value()).isZero();
        assertThat(rating.explanation().english()).contains("no target industry");
    }

    @Test
    void accreditationGivesFullMarksNamingTheBody() {
        Rating rating = QualityRules.accreditation(new Quality("CAHIIM", null, 0, 0));

        assertThat(rating.value()).isEqualTo(5);
        assertThat(rating.explanation().english()).isEqualTo("Accredited by CAHIIM");
    }

    @Test
    void noAccreditationGivesZero() {
        assertThat(QualityRules.accreditation(new Quality(" ", null, 0, 0)).value()).isZero();
    }

    @Test
    void namedCurriculumStandardGivesFourNotFive() {
        Rating rating = QualityRules.curriculum(new Quality(null, "AHIMA CCS domains", 0, 0));

        assertThat(rating.value()).isEqualTo(4);
        assertThat(rating.explanation().english()).contains("AHIMA CCS domains");
    }

    @Test
    void noCurriculumStandardGivesZero() {
        assertThat(QualityRules.curriculum(new Quality(null, null, 0, 0)).value()).isZero();
    }

    @Test
    void instructorsAndCareerSupportAreTheStoredRatings() {
        Quality quality = new Quality(null, null, 3, 2);

        assertThat(QualityRules.instructors(quality).value()).isEqualTo(3);
        assertThat(QualityRules.careerSupport(quality).value()).isEqualTo(2);
        assertThat(QualityRules.careerSupport(quality).explanation().english())
                .isEqualTo("Career support rated 2/5 in the catalog");
    }
}
