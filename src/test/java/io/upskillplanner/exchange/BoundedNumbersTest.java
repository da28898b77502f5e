package io.upskillplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedNumbersTest {

    private static final Duration INSTANT = Duration.ofSeconds(10);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0,                    0
            12.5,                 12.5
            1500.00,              1500.00
            999999999999.9999,    999999999999.9999
            -999999999999.9999,   -999999999999.9999
            1.5e3,                1500
            12.34560000,          12.3456
            +7,                   7
            """)
    void moneyWithinTwelveIntegerDigitsAndFourDecimalsIsRead(String text, String expected) {
        assertThat(BoundedNumbers.parse(text, BoundedNumbers.MONEY)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999999", "1e-99999999", "-1e99999999", "-1e999999999", "1e999999999",
            "1000000000000", "12.34567", "1e13", "1e-5", "99999999999999999999999999999999999999999"})
    void moneyOutsideItsRangeIsRefusedAtOnceWithTheRangeAndAnExcerpt(String text) {
        BoundedNumbers.RejectedNumber e = assertTimeoutPreemptively(INSTANT,
                () -> org.junit.jupiter.api.Assertions.assertThrows(BoundedNumbers.RejectedNumber.class,
                        () -> BoundedNumbers.parse(text, BoundedNumbers.MONEY)));

        assertThat(e.getMessage()).startsWith("must be a number from -999999999999.9999 to 999999999999.9999 "
                + "with at most 4 decimals (an amount), found '").hasSizeLessThan(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999999", "1e-99999999", "-1e999999999"})
    void aParsedBigDecimalWithAHugeScaleIsCheckedWithoutArithmetic(String text) {
        BigDecimal huge = new BigDecimal(text);

        assertTimeoutPreemptively(INSTANT, () -> assertThatThrownBy(() -> BoundedNumbers.check(huge,
                BoundedNumbers.WEEKLY_HOURS)).isInstanceOf(BoundedNumbers.RejectedNumber.class)
                .hasMessageContaining("from 0 to 168 with at most 2 decimals (weekly hours)")
                .hasMessageContaining("found '" + huge + "'"));
    }

    @Test
    void zeroIsZeroWhateverItsScaleButAHugeExponentInTextIsRefusedUnread() {
        assertThat(BoundedNumbers.check(new BigDecimal("0e-99999999"), BoundedNumbers.MONEY)).isSameAs(BigDecimal.ZERO);
        assertThatThrownBy(() -> BoundedNumbers.parse("0e-99999999", BoundedNumbers.MONEY))
                .isInstanceOf(BoundedNumbers.RejectedNumber.class);
    }

    @Test
    void weeklyHoursStayWithinAWeek() {
        assertThat(BoundedNumbers.check(new BigDecimal("37.5"), BoundedNumbers.WEEKLY_HOURS)).isEqualByComparingTo("37.5");
        assertThatThrownBy(() -> BoundedNumbers.check(new BigDecimal("169"), BoundedNumbers.WEEKLY_HOURS))
                .isInstanceOf(BoundedNumbers.RejectedNumber.class);
        assertThatThrownBy(() -> BoundedNumbers.check(new BigDecimal("-1"), BoundedNumbers.WEEKLY_HOURS))
                .isInstanceOf(BoundedNumbers.RejectedNumber.class);
    }

    @Test
    void wholeNumbersRefuseDecimalsAndHugeValues() {
        assertThat(BoundedNumbers.parseInt("5", BoundedNumbers.LEVEL)).isEqualTo(5);
        assertThat(BoundedNumbers.checkInt(new BigDecimal("5.000"), BoundedNumbers.LEVEL)).isEqualTo(5);
        assertThatThrownBy(() -> BoundedNumbers.parseInt("4.5", BoundedNumbers.LEVEL))
                .hasMessageContaining("a whole number from 0 to 10 (a level)");
        assertThatThrownBy(() -> BoundedNumbers.parseInt("99999999999", BoundedNumbers.EFFORT_HOURS))
                .isInstanceOf(BoundedNumbers.RejectedNumber.class);
    }

    @Test
    void textThatIsNoNumberIsAFormatErrorAndLongTextIsOutOfRange() {
        assertThatThrownBy(() -> BoundedNumbers.parse("12x", BoundedNumbers.MONEY))
                .isInstanceOf(NumberFormatException.class).hasMessage("'12x' is not a number");
        String long41 = "1".repeat(41);
        assertThatThrownBy(() -> BoundedNumbers.parse(long41, BoundedNumbers.MONEY))
                .isInstanceOf(BoundedNumbers.RejectedNumber.class)
                .hasMessageEndingWith("found '" + "1".repeat(37) + "...'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P99999999999999999999Y", "PT99999999999H", "P1000000W", "P999999999999999999999999999999999999999D"})
    void isoDurationsBeyondTheDomainAreRefusedBeforeTheyWrapAroundAnInt(String text) {
        assertThatThrownBy(() -> IsoDurations.parse(text)).isInstanceOf(BoundedNumbers.RejectedNumber.class)
                .hasMessageStartingWith("must be a duration of at most");
        assertThatThrownBy(() -> IsoDurations.months(text)).isInstanceOf(BoundedNumbers.RejectedNumber.class);
    }

    @Test
    void aTooLongDurationIsRefusedWithAnExcerpt() {
        assertThatThrownBy(() -> IsoDurations.parse("P" + "1".repeat(10_000_000) + "Y"))
                .isInstanceOf(BoundedNumbers.RejectedNumber.class).hasMessageContaining("characters, found 'P111");
    }

    @Test
    void durationsWithinTheDomainStillRead() {
        assertThat(IsoDurations.parse("P2Y")).isEqualTo(new IsoDurations.Span(104, 0));
        assertThat(IsoDurations.parse("PT60H").hours()).isEqualTo(60);
        assertThat(IsoDurations.months("P3Y")).isEqualTo(36);
    }
}
