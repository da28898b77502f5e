package io.upskillplanner.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.IndustryNames;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.PhraseFormats;
import io.upskillplanner.domain.decide.ValueFormats;

/**
 * How numbers, money and dates read in a report, in the report's language: the screens' own
 * {@link ValueFormats}, so the report says "€1,234.50" and "Nov 2, 2026" (German "1.234,50 €" and
 * "02.11.2026") exactly as the app does. Only the timeline's month ticks are the report's own.
 */
public final class ReportFormats implements PhraseFormats {

    private final ValueFormats values;
    private final DateTimeFormatter month;

    private ReportFormats(Locale locale, ReportText text) {
        this.values = ValueFormats.of(locale);
        this.month = DateTimeFormatter.ofPattern(text.get("format.month"), locale);
    }

    /** @param language one of {@link ReportOptions#LANGUAGES} */
    public static ReportFormats of(Locale language) {
        return new ReportFormats(language, ReportText.of(language));
    }

    static ReportFormats of(ReportText text) {
        return new ReportFormats(text.locale(), text);
    }

    @Override
    public String money(Money money) {
        return values.money(money);
    }

    @Override
    public String number(BigDecimal value) {
        return values.number(value);
    }

    public String number(double value, int decimals) {
        return values.number(value, decimals);
    }

    /** A score or a criterion's points, with one decimal. */
    public String score(BigDecimal value) {
        return values.score(value);
    }

    @Override
    public String integer(long value) {
        return values.integer(value);
    }

    @Override
    public String date(LocalDate value) {
        return value == null ? "–" : values.date(value);
    }

    public String dateTime(LocalDateTime value) {
        return values.dateTime(value);
    }

    /** An industry: a standard one in the report's language, any other as the user typed it. */
    public String industry(String stored) {
        return IndustryNames.text(stored, values.locale());
    }

    /** A timeline's month tick, "Mar 26". */
    String month(LocalDate value) {
        return value.format(month);
    }

    /** A sentence of the decision logic in the report's language and formats. */
    public String text(Phrase phrase) {
        return phrase.text(values.locale(), this);
    }
}
