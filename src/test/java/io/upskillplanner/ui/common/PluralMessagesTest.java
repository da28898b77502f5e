package io.upskillplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import io.upskillplanner.BundleFiles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Counted things read as real plurals in both languages: "1 month", "3 Monaten", never "credential(s)". */
class PluralMessagesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources", "io", "upskillplanner");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | compare.money.payback | 1  | Pays for itself in 1 month
            en | compare.money.payback | 14 | Pays for itself in 14 months
            de | compare.money.payback | 1  | Amortisiert sich in 1 Monat
            de | compare.money.payback | 14 | Amortisiert sich in 14 Monaten
            en | catalog.attached      | 1  | Attached one credential to
            en | catalog.attached      | 3  | Attached 3 credentials to
            de | catalog.attached      | 1  | Ein Nachweis
            de | catalog.attached      | 3  | 3 Nachweise
            en | import.checking       | 1  | Checking one file
            de | import.checking       | 2  | 2 Dateien werden geprüft
            en | compare.chart.weeks   | 1  | 1 week
            de | compare.chart.weeks   | 1  | 1 Woche
            en | catalog.summary       | 1  | 1 credential
            de | catalog.summary       | 1  | 1 Nachweis
            """)
    void aCountReadsInTheRightNumber(String language, String key, long count, String expected) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);

        String text = new MessageFormat(pattern, locale).format(new Object[] {count, "x", "y"});

        assertThat(text).startsWith(expected);
        // "1 week" must not be the start of "1 weeks".
        assertThat(text.length() == expected.length() || !Character.isLetter(text.charAt(expected.length())))
                .as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages.properties", "i18n/messages_de.properties", "report/report.properties",
            "report/report_de.properties", "domain/decide/phrases.properties", "domain/decide/phrases_de.properties"})
    void noTextHedgesItsPluralWithParentheses(String bundle) throws IOException {
        Properties texts = BundleFiles.load(RESOURCES.resolve(bundle));

        assertThat(texts.stringPropertyNames().stream().filter(k -> Stream.of("(s)", "(en)", "(e)", "(n)")
                .anyMatch(texts.getProperty(k)::contains))).as("texts with a hedged plural in %s", bundle).isEmpty();
    }
}
