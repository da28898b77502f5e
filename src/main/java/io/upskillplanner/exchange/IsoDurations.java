package io.upskillplanner.exchange;

import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        Matcher m = ISO.matcher(value);
        if (value.length() < 3 || !m.matches() || value.endsWith("T")) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 duration such as P2Y, P9M or PT60H");
        }
        double weeks = number(m.group(1)) * 52 + number(m.group(2)) * 52.0 / 12 + number(m.group(3))
                + number(m.group(4)) / 7;
        double hours = number(m.group(5)) + number(m.group(6)) / 60 + number(m.group(7)) / 3600;
        return new Span((int) Math.ceil(weeks - 1e-9), (int) Math.ceil(hours - 1e-9));
    }

    /** A calendar duration in whole months (for renewal periods): P3Y is 36. */
    public static int months(String text) {
        String value = text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Period period = Period.parse(value);
            int months = (int) period.toTotalMonths() + (period.getDays() + 29) / 30;
            if (months > 0) {
                return months;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // not a plain period; fall through to the weeks of a general duration
        }
        Span span = parse(value);
        return Math.max(1, (int) Math.ceil(span.weeks() * 12 / 52.0));
    }

    private static double number(String group) {
        return group == null ? 0 : Double.parseDouble(group.replace(',', '.'));
    }
}
