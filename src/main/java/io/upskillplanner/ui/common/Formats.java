package io.upskillplanner.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.PhraseFormats;

/** How numbers, money and dates read on screen, in the user's locale. */
public final class Formats {

    /** The decision logic's sentences read with the screen's formats, so they match the table beside them. */
    private static final PhraseFormats ON_SCREEN = new PhraseFormats() {
        @Override
        public String money(Money money) {
            return Formats.money(money);
        }

        @Override
        public String number(BigDecimal number) {
            return Formats.number(number);
        }

        @Override
        public String integer(long value) {
            return NumberFormat.getIntegerInstance(Locale.getDefault()).format(value);
        }

        @Override
        public String date(LocalDate date) {
            return Formats.date(date);
        }
    };

    private Formats() {
    }

    /** A sentence of the decision logic in the app's language. */
    public static String text(Phrase phrase) {
        return phrase == null ? "" : phrase.text(Locale.getDefault(), ON_SCREEN);
    }

    public static String money(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.getDefault());
        format.setCurrency(Currency.getInstance(money.currency()));
        format.setMaximumFractionDigits(money.amount().stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMinimumFractionDigits(format.getMaximumFractionDigits());
        return format.format(money.amount());
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault()));
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : dateTime.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault()));
    }

    /** A file size in bytes, KB or MB, for people. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? format.format(bytes / 1024.0) + " KB" : format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** An enum constant's label from the bundle (key {@code enum.Type.NAME}). */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return Messages.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
