package io.upskillplanner.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import io.upskillplanner.domain.Money;

/** How numbers, money and dates read in a report (English, like its text). */
public final class ReportFormats {

    private static final Locale LOCALE = Locale.US;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ReportFormats() {
    }

    /** "€1,500" or "€1,234.50": cents only when there are any. */
    public static String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        format.setCurrency(Currency.getInstance(money.currency()));
        int digits = money.amount().stripTrailingZeros().scale() > 0 ? 2 : 0;
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(digits);
        String text = format.format(money.amount());
        // Currencies without a symbol in this locale print their code glued to the number ("CHF1,500").
        return Character.isLetter(text.charAt(text.length() - 1)) || !Character.isLetter(text.charAt(0))
                ? text : text.replaceFirst("^([A-Z]{3})", "$1 ");
    }

    public static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(decimals);
        return format.format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "–" : date.format(DATE);
    }

    static String enumLabel(Enum<?> value) {
        String name = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
