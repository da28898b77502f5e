package io.upskillplanner.ui.common;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads numbers as people type them into a field: blanks, grouping spaces and either a point or a
 * comma as the decimal separator ("1500", "1 500,50", "1,500.50").
 */
public final class NumberInput {

    private NumberInput() {
    }

    /** Empty when the text is blank; {@code null} inside the optional is never returned. */
    public static Optional<BigDecimal> decimal(String text) throws NumberFormatException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("'", "");
        int comma = s.lastIndexOf(',');
        int point = s.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            // The later one is the decimal separator, the other groups thousands.
            s = comma > point ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.indexOf(',') == comma && s.length() - comma - 1 != 3 ? s.replace(',', '.') : s.replace(",", "");
        }
        return Optional.of(new BigDecimal(s));
    }

    /** Whole numbers only. */
    public static Optional<Integer> integer(String text) throws NumberFormatException {
        Optional<BigDecimal> value = decimal(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.get().intValueExact());
        } catch (ArithmeticException e) {
            throw new NumberFormatException("Not a whole number: " + text);
        }
    }

    /** A number as the fields show it for editing: plain, without grouping or trailing zeros. */
    public static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
