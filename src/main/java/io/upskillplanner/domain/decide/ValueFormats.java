package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import io.upskillplanner.domain.Money;

/**
 * The one way each kind of value reads for people, in a language: the screens and the report both
 * use it, so a table and the sentence beside it never disagree. Dates are the language's medium
 * form with a four-digit year ("Dec 3, 2026", "03.12.2026"); money always has its currency's
 * decimals ("€161.00" beside "€119.60"); scores have one decimal ("64.0" beside "58.3"); hours
 * and other figures at most two.
 */
public final class ValueFormats implements PhraseFormats {

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    private ValueFormats(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern(datePattern(locale), locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    public static ValueFormats of(Locale locale) {
        return new ValueFormats(locale);
    }

    /** The pattern {@link #date} writes, which a date field can also read back. */
    public static String datePattern(Locale locale) {
        String medium = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        // Some languages' medium form has a two-digit year; "yy" would print 26 for 2026.
        return medium.replaceAll("(?<!y)yy(?!y)", "yyyy");
    }

    public Locale locale() {
        return locale;
    }

    /** "€1,500.00", "1.234,50 €", "CHF 1,500.00": always the currency's own number of decimals. */
    @Override
    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(money.currency());
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        String text = format.format(money.amount());
        // Currencies without a symbol in English print their code glued to the number ("CHF1,500").
        return Character.isLetter(text.charAt(text.length() - 1)) || !Character.isLetter(text.charAt(0))
                ? text : text.replaceFirst("^([A-Z]{3})", "$1 ");
    }

    /** Hours, salaries, rates: at most two decimals, none when they are zeros. */
    @Override
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A figure with exactly {@code decimals} decimals, for a column of them. */
    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(decimals);
        return format.format(value);
    }

    @Override
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A score of 0 to 100, or a criterion's points: always one decimal, so a column of them lines up. */
    public String score(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    @Override
    public String date(LocalDate value) {
        return value.format(date);
    }

    /** A note's time stamp: the date as everywhere, then the time of day. */
    public String dateTime(LocalDateTime value) {
        return value.format(date) + " " + value.format(time);
    }
}
