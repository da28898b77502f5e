package io.upskillplanner.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import javafx.util.StringConverter;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.ValueFormats;
import io.upskillplanner.domain.decide.IndustryNames;
import io.upskillplanner.domain.Industries;

/**
 * How numbers, money and dates read on screen, in the app's language: {@link ValueFormats}, the
 * same formatter the report uses, so one value never reads two ways.
 */
public final class Formats {

    private Formats() {
    }

    private static ValueFormats formats() {
        return ValueFormats.of(Locale.getDefault());
    }

    /** A sentence of the decision logic in the app's language, with the screen's formats. */
    public static String text(Phrase phrase) {
        return phrase == null ? "" : phrase.text(Locale.getDefault(), formats());
    }

    public static String money(Money money) {
        return money == null ? "" : formats().money(money);
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : formats().number(value);
    }

    /** A score of 0 to 100 or a criterion's points, with one decimal. */
    public static String score(BigDecimal value) {
        return value == null ? "" : formats().score(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : formats().date(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : formats().dateTime(dateTime);
    }

    /**
     * What a date field shows and reads: the same date as everywhere, and what people type besides
     * (the language's short form, ISO), so that "3/12/26" does not appear beside "Dec 3, 2026".
     */
    public static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                Locale locale = Locale.getDefault();
                for (DateTimeFormatter format : List.of(
                        DateTimeFormatter.ofPattern(ValueFormats.datePattern(locale), locale),
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                        DateTimeFormatter.ISO_LOCAL_DATE)) {
                    try {
                        return LocalDate.parse(text.strip(), format);
                    } catch (DateTimeParseException e) {
                        // Try the next way of writing a date.
                    }
                }
                throw new DateTimeParseException("Not a date", text, 0);
            }
        };
    }

    /** An industry: a standard one in the app's language, any other as the user typed it. */
    public static String industry(String stored) {
        return IndustryNames.text(stored, Locale.getDefault());
    }

    /** What to store for an industry typed or picked on screen: a standard one by its stored name. */
    public static String storedIndustry(String shown) {
        return IndustryNames.stored(shown, Locale.getDefault());
    }

    /** The standard industries, as the pickers offer them in the app's language. */
    public static List<String> standardIndustries() {
        return Industries.STANDARD.stream().map(Formats::industry).toList();
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
