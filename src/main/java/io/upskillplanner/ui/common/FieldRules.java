package io.upskillplanner.ui.common;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import io.upskillplanner.domain.Money;

/**
 * The checks editors apply to typed values. Each check sets or clears the field's message in the
 * form's {@link FormErrors} and returns the parsed value, or null when the field is blank or wrong.
 */
public final class FieldRules {

    /** The most hours a week anybody can sensibly plan for learning. */
    public static final BigDecimal MAX_WEEKLY_HOURS = BigDecimal.valueOf(80);

    private final FormErrors errors;

    public FieldRules(FormErrors errors) {
        this.errors = errors;
    }

    public String required(String field, String text) {
        boolean blank = text == null || text.isBlank();
        errors.set(field, blank ? "validation.required" : null);
        return blank ? null : text.strip();
    }

    /** Optional free text: blank becomes null. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An amount of money or a number of hours: zero or more. */
    public BigDecimal nonNegative(String field, String text, boolean required) {
        Optional<BigDecimal> value = decimal(field, text, required);
        if (value.isEmpty()) {
            return null;
        }
        if (value.get().signum() < 0) {
            errors.set(field, "validation.negative");
            return null;
        }
        errors.set(field, null);
        return value.get();
    }

    /** Hours per week: 1 to 80. */
    public BigDecimal weeklyHours(String field, String text, boolean required) {
        Optional<BigDecimal> value = decimal(field, text, required);
        if (value.isEmpty()) {
            return null;
        }
        if (value.get().compareTo(BigDecimal.ONE) < 0 || value.get().compareTo(MAX_WEEKLY_HOURS) > 0) {
            errors.set(field, "validation.weeklyHours");
            return null;
        }
        errors.set(field, null);
        return value.get();
    }

    /** A whole number from {@code min} to {@code max}; blank is allowed unless required. */
    public Integer whole(String field, String text, boolean required, int min, int max) {
        Optional<Integer> value;
        try {
            value = NumberInput.integer(text);
        } catch (NumberFormatException e) {
            errors.set(field, "validation.wholeNumber");
            return null;
        }
        if (value.isEmpty()) {
            errors.set(field, required ? "validation.required" : null);
            return null;
        }
        if (value.get() < min || value.get() > max) {
            errors.set(field, max == Integer.MAX_VALUE ? "validation.atLeast" : "validation.between", min, max);
            return null;
        }
        errors.set(field, null);
        return value.get();
    }

    /** An ISO 4217 currency code, returned upper-cased. */
    public String currency(String field, String text) {
        if (text == null || text.isBlank()) {
            errors.set(field, "validation.required");
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!Money.isKnownCurrency(code)) {
            errors.set(field, "validation.currency");
            return null;
        }
        errors.set(field, null);
        return code;
    }

    /** Sets a field's message directly, for rules specific to one editor. */
    public void check(String field, boolean ok, String messageKey, Object... args) {
        errors.set(field, ok ? null : messageKey, args);
    }

    private Optional<BigDecimal> decimal(String field, String text, boolean required) {
        try {
            Optional<BigDecimal> value = NumberInput.decimal(text);
            if (value.isEmpty()) {
                errors.set(field, required ? "validation.required" : null);
            }
            return value;
        } catch (NumberFormatException e) {
            errors.set(field, "validation.number");
            return Optional.empty();
        }
    }
}
