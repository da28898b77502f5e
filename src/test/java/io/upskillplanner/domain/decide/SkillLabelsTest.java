package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.decide.recommend.SkillLabels;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Cloud-Computing      | cloud computing
            '  Cloud   Computing ' | cloud computing
            Réseaux              | reseaux
            C++ / C#             | c c
            ＳＱＬ                | sql
            """)
    void labelsAreComparedWithoutCaseAccentsOrPunctuation(String label, String normalised) {
        assertThat(SkillLabels.normalise(label)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Data Analysis | -          | data-analysis | -          | true
            Data Analysis | esco:1     | Statistics    | esco:1     | true
            Data Analysis | esco:1     | Data Analysis | esco:2     | false
            Data Analysis | esco:1     | data analysis | -          | true
            Data Analysis | -          | Data Mining   | -          | false
            """)
    void aUriDecidesWhenBothSidesHaveOneAndTheLabelOtherwise(String wantedLabel, String wantedUri, String taughtLabel,
                                                             String taughtUri, boolean matches) {
        assertThat(SkillLabels.matches(new SkillRef(wantedLabel, wantedUri), new SkillRef(taughtLabel, taughtUri)))
                .isEqualTo(matches);
    }
}
