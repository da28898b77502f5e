package io.upskillplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1500        | 1500
            1 500,50    | 1500.50
            1,500.50    | 1500.50
            1.500,50    | 1500.50
            12,5        | 12.5
            1,500       | 1500
            -3          | -3
            """)
    void readsNumbersAsPeopleTypeThem(String typed, String expected) {
        assertThat(NumberInput.decimal(typed)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @Test
    void blankIsEmptyAndWordsAreRefused() {
        assertThat(NumberInput.decimal("  ")).isEmpty();
        assertThatThrownBy(() -> NumberInput.decimal("ten")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> NumberInput.integer("1.5")).isInstanceOf(NumberFormatException.class);
        assertThat(NumberInput.text(new BigDecimal("7.50"))).isEqualTo("7.5");
    }
}
