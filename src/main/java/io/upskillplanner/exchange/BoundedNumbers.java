package io.upskillplanner.exchange;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.ErrorText;

/**
 * The one way a number gets out of an imported file. A dozen bytes such as {@code 1e99999999} make
 * a valid BigDecimal whose first rounding or printing takes minutes and gigabytes, so every number
 * is checked against its field's {@link Range} on its digits and exponent alone, before any
 * arithmetic, and refused with the range and a short excerpt of the text.
 */
public final class BoundedNumbers {

    /** No field needs a longer number; longer text is refused before it is looked at. */
    public static final int MAX_TEXT_LENGTH = 40;
    /** Exponents beyond this are refused unread: no field's range needs them. */
    private static final int MAX_EXPONENT_DIGITS = 4;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?(\\d+))?");

    /** Money: up to twelve integer digits and four decimals; the sign is the domain's business. */
    public static final Range MONEY = new Range(ErrorText.of("error.quantity.amount"), "-999999999999.9999", "999999999999.9999", 4);
    public static final Range WEEKLY_HOURS = new Range(ErrorText.of("error.quantity.weeklyHours"), "0", "168", 2);
    /** Study effort: ten years of full-time work is more than any credential asks. */
    public static final Range EFFORT_HOURS = new Range(ErrorText.of("error.quantity.hours"), "0", "100000", 0);
    public static final Range WEEKS = new Range(ErrorText.of("error.quantity.weeks"), "0", "5200", 0);
    public static final Range MONTHS = new Range(ErrorText.of("error.quantity.months"), "0", "1200", 0);
    public static final Range CREDITS = new Range(ErrorText.of("error.quantity.credits"), "0", "10000", 2);
    public static final Range WEIGHT = new Range(ErrorText.of("error.quantity.weight"), "0", "1000", 4);
    /** Levels and ratings of the domain (recognition, importance, priority, EQF): small whole numbers. */
    public static final Range LEVEL = new Range(ErrorText.of("error.quantity.level"), "0", "10", 0);
    public static final Range ORDER = new Range(ErrorText.of("error.quantity.position"), "-1000000", "1000000", 0);
    public static final Range VERSION = new Range(ErrorText.of("error.quantity.version"), "0", "1000000", 0);
    /** Seconds since 1970 up to the end of the year 9999 (JWT times). */
    public static final Range EPOCH_SECONDS = new Range(ErrorText.of("error.quantity.epochSeconds"), "0", "253402300799", 3);

    private BoundedNumbers() {
    }

    /** A field's allowed values: from min to max, with at most so many decimals. */
    public record Range(ErrorText what, BigDecimal min, BigDecimal max, int decimals) {

        public Range(ErrorText what, String min, String max, int decimals) {
            this(what, new BigDecimal(min), new BigDecimal(max), decimals);
        }

        int integerDigits() {
            return Math.max(digitsBeforePoint(min), digitsBeforePoint(max));
        }

        private static int digitsBeforePoint(BigDecimal bound) {
            return Math.max(1, bound.precision() - bound.scale());
        }

        /** "a number from 0 to 168 with at most 2 decimals (weekly hours)": what the messages say. */
        public ErrorText describe() {
            return decimals == 0
                    ? ErrorText.of("error.range.whole", min.toPlainString(), max.toPlainString(), what)
                    : ErrorText.of("error.range.decimals", min.toPlainString(), max.toPlainString(), decimals, what);
        }
    }

    /** A number outside its field's range, or no number at all; the message says which and quotes an excerpt. */
    public static final class RejectedNumber extends DomainRuleException {

        private final transient ErrorText reason;
        private final transient ErrorText requirement;

        RejectedNumber(Range range, String text) {
            this(ErrorText.of("error.number.outside", range.describe(), Excerpt.quoted(text)),
                    ErrorText.of("error.number.requirement", range.describe()));
        }

        /** A rejection whose reason is already complete (it quotes its excerpt itself). */
        public RejectedNumber(ErrorText reason) {
            this(reason, reason);
        }

        private RejectedNumber(ErrorText reason, ErrorText requirement) {
            super(reason);
            this.reason = reason;
            this.requirement = requirement;
        }

        @Override
        public String getMessage() {
            return reason.text();
        }

        public ErrorText reason() {
            return reason;
        }

        /** What the field takes, without the found text: "must be a number from 0 to 168 ...". */
        public ErrorText requirement() {
            return requirement;
        }
    }

    /** Parses the text of a number (CSV cells, JSON strings) within the range. */
    public static BigDecimal parse(String text, Range range) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_TEXT_LENGTH) {
            throw outside(range, value);
        }
        var m = NUMBER.matcher(value);
        if (!m.matches()) {
            // Not a number at all (a typo, a word): formats that flag such text instead of refusing the file tell it apart.
            throw new NumberFormatException(Excerpt.quoted(value) + " is not a number");
        }
        String exponent = m.group(1);
        if (exponent != null && exponent.replaceFirst("^0+", "").length() > MAX_EXPONENT_DIGITS) {
            throw outside(range, value);
        }
        return check(new BigDecimal(value), range);
    }

    /**
     * Checks a number a JSON parser already made. Only scale and precision are read until the value is
     * known to be small, so {@code 1e-99999999} costs no more than {@code 1}.
     */
    public static BigDecimal check(BigDecimal value, Range range) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > range.integerDigits()) {
            throw outside(range, value.toString());
        }
        BigDecimal checked = value;
        if (value.scale() > range.decimals()) {
            // Fewer significant digits than the scale asks for: more decimals than allowed whatever the zeros.
            if ((long) value.scale() - value.precision() >= range.decimals()) {
                throw outside(range, value.toString());
            }
            checked = value.stripTrailingZeros();
            if (checked.scale() > range.decimals()) {
                throw outside(range, value.toString());
            }
        }
        if (checked.scale() < 0) {
            checked = checked.setScale(0);
        }
        if (checked.compareTo(range.min()) < 0 || checked.compareTo(range.max()) > 0) {
            throw outside(range, value.toString());
        }
        return checked;
    }

    /** A whole number within a range of whole numbers. */
    public static int parseInt(String text, Range range) {
        return toInt(parse(text, range), range);
    }

    /** A whole number a JSON parser already made, within a range of whole numbers. */
    public static int checkInt(BigDecimal value, Range range) {
        return toInt(check(value, range), range);
    }

    /** A number that may exceed an int (seconds since 1970) within its range, without its decimals. */
    public static long checkLong(BigDecimal value, Range range) {
        return check(value, range).longValue();
    }

    private static int toInt(BigDecimal value, Range range) {
        if (range.decimals() != 0 || range.integerDigits() > 9) {
            throw new IllegalStateException("not a range of ints: " + range);
        }
        return value.intValueExact();
    }

    private static RejectedNumber outside(Range range, String text) {
        return new RejectedNumber(range, text);
    }
}
