package io.upskillplanner.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.PhraseFormats;

/**
 * How numbers, money and dates read in a report, in the report's language: "€1,234.50" and
 * "12 Mar 2026" in English, "1.234,50 €" and "12.03.2026" in German. The date patterns come from
 * the report's bundle, so a language brings its own.
 */
public final class ReportFormats implements PhraseFormats {

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter month;

    private ReportFormats(Locale locale, ReportText text) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern(text.get("format.date"), locale);
        this.month = DateTimeFormatter.ofPattern(text.get("format.month"), locale);
    }

    /** @param language one of {@link ReportOptions#LANGUAGES} */
    public static ReportFormats of(Locale language) {
        return new ReportFormats(language, ReportText.of(language));
    }

    static ReportFormats of(ReportText text) {
        return new ReportFormats(text.locale(), text);
    }

    /** "€1,500" or "1.234,50 €": cents only when there are any. */
    @Override
    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(money.currency()));
        int digits = money.amount().stripTrailingZeros().scale() > 0 ? 2 : 0;
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(digits);
        String text = format.format(money.amount());
        // Currencies without a symbol in English print their code glued to the number ("CHF1,500").
        return Character.isLetter(text.charAt(text.length() - 1)) || !Character.isLetter(text.charAt(0))
                ? text : text.replaceFirst("^([A-Z]{3})", "$1 ");
    }

    @Override
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

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

    @Override
    public String date(LocalDate value) {
        return value == null ? "–" : value.format(date);
    }

    /** A timeline's month tick, "Mar 26". */
    String month(LocalDate value) {
        return value.format(month);
    }

    /** A sentence of the decision logic in the report's language and formats. */
    public String text(Phrase phrase) {
        return phrase.text(locale, this);
    }
}
