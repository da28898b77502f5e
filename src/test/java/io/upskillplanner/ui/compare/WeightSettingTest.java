package io.upskillplanner.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.upskillplanner.domain.decide.Criterion;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weights move in half steps between 0 and 5, whatever a slider drag or a typed number gives. */
class WeightSettingTest {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(textBlock = """
            4.3,  4.5
            4.2,  4.0
            2.5,  2.5
            0.24, 0.0
            -1,   0.0
            7,    5.0
            """)
    void weightSnapsToTheNearestHalfStep(double set, double kept) {
        WeightSetting setting = new WeightSetting(Criterion.values()[0], 1);

        setting.weightProperty().set(set);

        assertThat(setting.weight()).isEqualTo(kept);
    }
}
