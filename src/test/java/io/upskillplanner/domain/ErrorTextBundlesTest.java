package io.upskillplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.upskillplanner.BundleFiles;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import and store errors (errors*.properties) are complete in English and German: every key
 * the code names exists in both with the same MessageFormat arguments, none is blank, every key is
 * used, and apostrophes are written so that MessageFormat keeps them.
 */
class ErrorTextBundlesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/io/upskillplanner/i18n/errors.properties");
    private static final Path BUNDLE_DE = Path.of("src/main/resources/io/upskillplanner/i18n/errors_de.properties");
    private static final Path SCREENS = Path.of("src/main/resources/io/upskillplanner/i18n/messages.properties");
    /** Every error key starts with "error." and the code names it as a string literal. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(error\\.[A-Za-z0-9_.]+)\"");

    private static Properties english;
    private static Properties german;
    private static Set<String> used;

    @BeforeAll
    static void load() throws IOException {
        english = BundleFiles.load(BUNDLE);
        german = BundleFiles.load(BUNDLE_DE);
        used = BundleFiles.matches(KEY_LITERAL, BundleFiles.concatenate(Path.of("src/main/java"), ".java"));
        // The screens' bundle has a few "error." keys of its own.
        used.removeAll(BundleFiles.load(SCREENS).stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExistsInBothLanguages() {
        assertThat(used).as("error keys in the code").hasSizeGreaterThan(100);
        assertThat(BundleFiles.difference(used, english.stringPropertyNames())).as("missing in English").isEmpty();
        assertThat(BundleFiles.difference(used, german.stringPropertyNames())).as("missing in German").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyIsUsed() {
        assertThat(german.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(BundleFiles.difference(english.stringPropertyNames(), used)).as("keys no code names").isEmpty();
    }

    @Test
    void bothLanguagesTakeTheSameArguments() {
        Set<String> different = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String de = german.getProperty(key);
            if (de != null && BundleFiles.arguments(english.getProperty(key)) != BundleFiles.arguments(de)) {
                different.add(key);
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void noTextIsBlankAndEveryApostropheIsDoubled() {
        Set<String> wrong = new TreeSet<>();
        for (Properties bundle : new Properties[] {english, german}) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                // A single apostrophe starts a quoted part: MessageFormat would drop it and keep {0} as text.
                if (pattern.isBlank() || pattern.replace("''", "").contains("'")) {
                    wrong.add(key);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anErrorReadsInTheLanguageItIsShownIn() {
        ErrorText text = ErrorText.of("error.store.changedElsewhere", ErrorText.of("error.store.record.goal", "Cloud"));

        assertThat(text.text(Locale.ENGLISH)).isEqualTo("The goal 'Cloud' was changed or deleted by someone else"
                + " since you opened it. Reload it to see their change, then make yours again.");
        assertThat(text.text(Locale.GERMAN)).startsWith("Das Ziel „Cloud“ wurde seit dem Öffnen");
    }

    @Test
    void anInputRejectionNamesFilePlaceAndReasonInEitherLanguage() {
        InputRejectedException e = new InputRejectedException("plan.json", ErrorText.of("error.place.pointer", "/goals/0"),
                ErrorText.of("error.json.notString", ErrorText.of("error.json.found.number", "42")));

        assertThat(e.message(Locale.ENGLISH)).isEqualTo("plan.json, at /goals/0: must be a string, found the number 42");
        assertThat(e.message(Locale.GERMAN)).isEqualTo("plan.json, bei /goals/0: muss ein Text sein, gefunden: die Zahl 42");
    }

    @Test
    void numbersAreShownAsTheyAreAndMissingValuesAsNull() {
        assertThat(ErrorText.of("error.backup.tooLarge", 1234567L, null).text(Locale.ENGLISH))
                .isEqualTo("would unpack to 1234567 bytes, more than the null a backup may have");
    }
}
