package io.upskillplanner.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's own words in one language, from the bundle io/upskillplanner/report/report*.properties. */
final class ReportText {

    static final String BUNDLE = "io.upskillplanner.report.report";

    /** Without it, an English report made on a German system would fall back to the German file. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    static ReportText of(Locale locale) {
        return new ReportText(locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        // Always through MessageFormat, so that every pattern escapes its apostrophes the same way.
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** An enum constant's name for people (key {@code enum.Type.NAME}). */
    String label(Enum<?> value) {
        return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
