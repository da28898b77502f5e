package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import io.upskillplanner.domain.Money;

/**
 * How the values inside a {@link Phrase} read. The screen, the report and the command line each
 * have their own conventions (the report writes "12 Mar 2026", the screen the locale's medium
 * date, the command line ISO dates), so they pass theirs.
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

    /** The locale's own conventions: {@code 1.234,50 €} and {@code 29.11.2026} in German. */
    static PhraseFormats of(Locale locale) {
        return new PhraseFormats() {
            @Override
            public String money(Money money) {
                NumberFormat format = NumberFormat.getCurrencyInstance(locale);
                format.setCurrency(Currency.getInstance(money.currency()));
                int digits = money.amount().stripTrailingZeros().scale() > 0 ? 2 : 0;
                format.setMinimumFractionDigits(digits);
                format.setMaximumFractionDigits(digits);
                return format.format(money.amount());
            }

            @Override
            public String number(BigDecimal number) {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(2);
                return format.format(number);
            }

            @Override
            public String integer(long value) {
                return NumberFormat.getIntegerInstance(locale).format(value);
            }

            @Override
            public String date(LocalDate date) {
                return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
            }
        };
    }
}
