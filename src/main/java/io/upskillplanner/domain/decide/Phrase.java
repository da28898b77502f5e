package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import io.upskillplanner.domain.Money;

/**
 * A sentence of the decision logic for a person to read, kept language-neutral: a key of the
 * bundle {@code io/upskillplanner/domain/decide/phrases.properties} and its arguments. Whoever
 * shows it picks the language and the number, money and date formats; the domain only knows what
 * it means. Arguments are strings (user data such as titles), whole numbers, {@link BigDecimal}
 * (hours, salaries), {@link Money}, {@link LocalDate}, other phrases, or lists of those
 * (shown comma-separated).
 */
public record Phrase(String key, List<Object> args) {

    public static final String BUNDLE = "io.upskillplanner.domain.decide.phrases";

    /** Without it, asking for English on a German system would fall back to the German file. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }

    /** In the language of {@code locale}, with that locale's usual number, money and date formats. */
    public String text(Locale locale) {
        return text(locale, PhraseFormats.of(locale));
    }

    public String text(Locale locale, PhraseFormats formats) {
        Objects.requireNonNull(formats, "formats");
        MessageFormat message = new MessageFormat(bundle(locale).getString(key), locale);
        Format[] elements = message.getFormats();
        for (int i = 0; i < elements.length; i++) {
            // Plain {n} elements: the caller's formats, not MessageFormat's; choices keep their numbers.
            if (elements[i] == null) {
                message.setFormat(i, new ArgumentFormat(locale, formats));
            }
        }
        return message.format(args.toArray());
    }

    /**
     * English with plain machine formats ({@code 1200.00 EUR}, {@code 2026-11-29}): the stable text
     * of the command line and its JSON, and what the decision logic always said.
     */
    public String english() {
        return text(Locale.ENGLISH, PhraseFormats.PLAIN);
    }

    @Override
    public String toString() {
        return english();
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** Formats one argument by its type; lists and nested phrases in the same language and formats. */
    private static final class ArgumentFormat extends Format {

        private static final long serialVersionUID = 1L;

        private final transient Locale locale;
        private final transient PhraseFormats formats;

        ArgumentFormat(Locale locale, PhraseFormats formats) {
            this.locale = locale;
            this.formats = formats;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            return to.append(text(value));
        }

        private String text(Object value) {
            if (value instanceof Phrase phrase) {
                return phrase.text(locale, formats);
            }
            if (value instanceof Money money) {
                return formats.money(money);
            }
            if (value instanceof BigDecimal number) {
                return formats.number(number);
            }
            if (value instanceof Integer || value instanceof Long) {
                return formats.integer(((Number) value).longValue());
            }
            if (value instanceof LocalDate date) {
                return formats.date(date);
            }
            if (value instanceof List<?> list) {
                StringBuilder joined = new StringBuilder();
                for (Object item : list) {
                    joined.append(joined.length() == 0 ? "" : ", ").append(text(item));
                }
                return joined.toString();
            }
            return String.valueOf(value);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("Phrases are only written, never parsed");
        }
    }
}
