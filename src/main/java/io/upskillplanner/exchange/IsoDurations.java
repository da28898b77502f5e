package io.upskillplanner.exchange;

import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.upskillplanner.domain.ErrorText;

/**
 * ISO 8601 durations as the planner counts time. A calendar duration (P2Y, P9M, P6W, P10D) is how
 * long a program runs: weeks, with a year of 52 weeks and a month of 52/12 weeks, rounded up. A
 * time duration (PT60H) is study effort in hours. When a source gives only calendar time, the
 * effort is estimated at {@value #ASSUMED_HOURS_PER_WEEK} hours a week (part-time study), and the
 * estimate says so in the fact's source.
 */
public final class IsoDurations {

    public static final int ASSUMED_HOURS_PER_WEEK = 10;

    private static final Pattern ISO = Pattern.compile(
            "P(?:(\\d+(?:[.,]\\d+)?)Y)?(?:(\\d+(?:[.,]\\d+)?)M)?(?:(\\d+(?:[.,]\\d+)?)W)?(?:(\\d+(?:[.,]\\d+)?)D)?"
                    + "(?:T(?:(\\d+(?:[.,]\\d+)?)H)?(?:(\\d+(?:[.,]\\d+)?)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?");

    /** A parsed duration: its calendar part in weeks and its time part in hours (either may be zero). */
    public record Span(int weeks, int hours) {

        public boolean isCalendar() {
            return weeks > 0;
        }

        /** The effort this span stands for: its hours, or else its weeks at the assumed hours per week. */
        public int effortHours() {
            return hours > 0 ? hours : weeks * ASSUMED_HOURS_PER_WEEK;
        }
    }

    private IsoDurations() {
    }

    /** Parses an ISO 8601 duration; throws IllegalArgumentException when the text is not one. */
    public static Span parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        if (value.length() > BoundedNumbers.MAX_TEXT_LENGTH) {
            throw new BoundedNumbers.RejectedNumber(ErrorText.of("error.duration.tooLong",
                    BoundedNumbers.MAX_TEXT_LENGTH, Excerpt.quoted(text)));
        }
        Matcher m = ISO.matcher(value);
        if (value.length() < 3 || !m.matches() || value.endsWith("T")) {
            throw new IllegalArgumentException(Excerpt.quoted(text)
                    + " is not an ISO 8601 duration such as P2Y, P9M or PT60H");
        }
        double weeks = number(m.group(1)) * 52 + number(m.group(2)) * 52.0 / 12 + number(m.group(3))
                + number(m.group(4)) / 7;
        double hours = number(m.group(5)) + number(m.group(6)) / 60 + number(m.group(7)) / 3600;
        // Checked as doubles, before the cast to int could wrap a huge duration into a small or negative one.
        int spanWeeks = within(Math.ceil(weeks - 1e-9), BoundedNumbers.WEEKS, text);
        int spanHours = within(Math.ceil(hours - 1e-9), BoundedNumbers.EFFORT_HOURS, text);
        within((double) spanWeeks * ASSUMED_HOURS_PER_WEEK, BoundedNumbers.EFFORT_HOURS, text);
        return new Span(spanWeeks, spanHours);
    }

    private static int within(double amount, BoundedNumbers.Range range, String text) {
        if (!(amount <= range.max().doubleValue())) {
            throw new BoundedNumbers.RejectedNumber(ErrorText.of("error.duration.outside", range.max().toPlainString(),
                    range.what(), Excerpt.quoted(text)));
        }
        return (int) amount;
    }

    /** A calendar duration in whole months (for renewal periods): P3Y is 36. */
    public static int months(String text) {
        String value = text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Period period = Period.parse(value);
            long months = period.toTotalMonths() + (period.getDays() + 29) / 30;
            if (months > 0) {
                return within(months, BoundedNumbers.MONTHS, text);
            }
        } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
            // not a plain period; fall through to the weeks of a general duration
        }
        Span span = parse(value);
        return within(Math.max(1, Math.ceil(span.weeks() * 12 / 52.0)), BoundedNumbers.MONTHS, text);
    }

    private static double number(String group) {
        return group == null ? 0 : Double.parseDouble(group.replace(',', '.'));
    }
}
