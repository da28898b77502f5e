package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import io.upskillplanner.domain.Money;

/**
 * How the values inside a {@link Phrase} read: for people, {@link ValueFormats} (the screens and
 * the report alike); for scripts, {@link #PLAIN} (the command line's ISO dates and plain amounts).
 */
public interface PhraseFormats {

    /**
     * What the decision logic wrote before it spoke more than English: {@code 1200.00 EUR},
     * {@code 2026-11-29}, {@code 7.5}.
     */
    PhraseFormats PLAIN = new PhraseFormats() {
        @Override
        public String money(Money money) {
            return money.toString();
        }

        @Override
        public String number(BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }

        @Override
        public String integer(long value) {
            return Long.toString(value);
        }

        @Override
        public String date(LocalDate date) {
            return date.toString();
        }
    };

    String money(Money money);

    /** Hours and salaries: at most two decimals, none when they are zeros. */
    String number(BigDecimal number);

    String integer(long value);

    String date(LocalDate date);

    /** The locale's own conventions, as the screens and the report write them: {@code 1.234,50 €} and {@code 29.11.2026} in German. */
    static PhraseFormats of(Locale locale) {
        return ValueFormats.of(locale);
    }
}
