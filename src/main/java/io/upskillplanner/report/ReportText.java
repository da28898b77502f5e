package io.upskillplanner.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's own words, from the bundle io/upskillplanner/report/report.properties. */
final class ReportText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.upskillplanner.report.report",
            Locale.ROOT);

    private ReportText() {
    }

    static String get(String key, Object... args) {
        // Always through MessageFormat, so that every pattern escapes its apostrophes the same way.
        return new MessageFormat(BUNDLE.getString(key), Locale.ENGLISH).format(args);
    }
}
