package io.upskillplanner.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisScaleTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # max,   ticks, step,  upper
            1500,     5,     500,   1500
            1620,     6,     500,   2000
            1501,     5,     500,   2000
            12,       5,     5,     15
            9.5,      6,     2,     10
            0.7,      5,     0.2,   0.8
            42000,    5,     10000, 50000
            100,      6,     20,    100
            """)
    void stepsAreOneTwoOrFiveTimesAPowerOfTenAndTheAxisEndsOnAStep(double max, int ticks, double step, double upper) {
        AxisScale scale = AxisScale.of(max, ticks);
        assertEquals(step, scale.step(), 1e-9);
        assertEquals(upper, scale.upper(), 1e-9);
        assertTrue(scale.upper() / scale.step() <= ticks + 1e-9, "at most " + ticks + " steps");
    }

    @Test
    void nothingToShowStillGivesAnAxisFromZeroToOne() {
        assertEquals(new AxisScale(0.2, 1), AxisScale.of(0, 5));
        assertEquals(new AxisScale(0.2, 1), AxisScale.of(Double.NaN, 5));
    }

    @Test
    void ticksRunFromZeroToTheEndInSteps() {
        assertEquals(List.of(0.0, 500.0, 1000.0, 1500.0, 2000.0), AxisScale.of(1620, 6).ticks());
    }

    @Test
    void aFarOffReferenceDoesNotSetTheEndButOneCloseByDoes() {
        assertEquals(2000, AxisScale.end(List.of(1200.0, 2000.0), List.of(30000.0), 0));
        assertEquals(4000, AxisScale.end(List.of(1200.0, 2000.0), List.of(4000.0), 0));
    }

    @Test
    void theDeadlineCountsTowardTheEnd() {
        assertEquals(40, AxisScale.end(List.of(12.0), List.of(), 40));
    }

    @Test
    void withoutCountedValuesTheReferenceSetsTheEnd() {
        assertEquals(30000, AxisScale.end(List.of(), List.of(30000.0), 0));
        assertEquals(1, AxisScale.end(List.of(), List.of(), 0));
    }

    @Test
    void onlyValuesBeyondTheEndAreOffScale() {
        AxisScale scale = AxisScale.of(1620, 6);
        assertFalse(scale.offScale(2000));
        assertTrue(scale.offScale(2000.5));
        assertEquals(0.25, scale.fraction(500), 1e-9);
    }
}
