package io.upskillplanner.ui.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the three charts draw, computed by the view model so that the numbers are tested without
 * a toolkit. Each list has one entry per candidate shown, in the table's order; each chart also
 * carries a text alternative summarising its values for screen readers.
 */
public record CompareCharts(
        String currency,
        List<CostBar> cost,
        List<TimeBar> time,
        Optional<Double> deadlineWeek,
        Optional<LocalDate> deadline,
        String goalIndustry,
        List<String> industries,
        List<RecognitionSeries> recognition,
        String costText,
        String timeText,
        String recognitionText) {

    public static final CompareCharts EMPTY = new CompareCharts("EUR", List.of(), List.of(), Optional.empty(),
            Optional.empty(), "", List.of(), List.of(), "", "", "");

    public CompareCharts {
        cost = List.copyOf(cost);
        time = List.copyOf(time);
        industries = List.copyOf(industries);
        recognition = List.copyOf(recognition);
    }

    /** Cost parts over the horizon in the profile currency; they add up to the candidate's total cost. */
    public record CostBar(String label, String title, boolean reference, BigDecimal tuition, BigDecimal exam,
                          BigDecimal materials, BigDecimal renewals, BigDecimal total) {
    }

    /** A bar from {@code startWeek} for {@code weeks} weeks, counted from today. */
    public record TimeBar(String label, String title, boolean reference, boolean planned, double startWeek,
                          long weeks, LocalDate start, LocalDate finish, int effortHours) {
    }

    /** A candidate's recognition level (0–5) per industry of {@link #industries()}. */
    public record RecognitionSeries(String label, String title, boolean reference, Map<String, Integer> levels) {

        public RecognitionSeries {
            levels = Map.copyOf(levels);
        }
    }
}
