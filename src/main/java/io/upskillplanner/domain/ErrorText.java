package io.upskillplanner.domain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What went wrong with an input or the store, kept language-neutral: a key of the bundle
 * {@code io/upskillplanner/i18n/errors.properties} and its arguments. It is put into words when it
 * is shown, in the language of the screen or of the command line. Arguments are user data and
 * figures (shown as they are, so a number reads the same in every language) or other error texts
 * (put into words in the same language).
 */
public record ErrorText(String key, List<Object> args) {

    public static final String BUNDLE = "io.upskillplanner.i18n.errors";

    public ErrorText {
        Objects.requireNonNull(key, "key");
        // Arguments may be null (a missing value); List.copyOf refuses nulls.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** Without it, asking for English on a German system would fall back to the German file. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static ErrorText of(String key, Object... args) {
        return new ErrorText(key, Arrays.asList(args));
    }

    /** A text that is not translated: a message of a library, or one a caller already put into words. */
    public static ErrorText plain(String text) {
        return of("error.plain", text);
    }

    /** In the language of {@code locale}; a key the bundle lacks shows as itself rather than failing. */
    public String text(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key + args;
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            values[i] = arg instanceof ErrorText nested ? nested.text(locale) : String.valueOf(arg);
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    /** In the language the user runs the app in. */
    public String text() {
        return text(Locale.getDefault());
    }

    public String english() {
        return text(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text();
    }
}
