package io.upskillplanner.ui.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import javafx.application.Application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Theme, language and font size: what the first frame needs. They live in a small properties file
 * in the data folder rather than in the database, because the window shows before the database
 * opens (opening, migrating and seeding can take seconds) and must not wait for it.
 */
public record Appearance(Theme theme, Locale language, int fontSize) {

    public static final String FILE_NAME = "appearance.properties";
    public static final int MIN_FONT_SIZE = 12;
    public static final int MAX_FONT_SIZE = 20;
    public static final int DEFAULT_FONT_SIZE = 14;
    /** The languages the bundles are complete for. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);


    public Appearance {
        fontSize = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, fontSize));
        language = supported(language);
    }

    private static Locale supported(Locale wanted) {
        String code = wanted == null ? "" : wanted.getLanguage();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(code)).findFirst().orElse(Locale.ENGLISH);
    }

    /** Light theme, the system's language when the app speaks it, default size. */
    public static Appearance defaults() {
        return new Appearance(Theme.LIGHT, Locale.getDefault(), DEFAULT_FONT_SIZE);
    }

    /** Reads the file in {@code folder}; a missing or damaged file gives the defaults, never a failure. */
    public static Appearance read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Appearance defaults = defaults();
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        try {
            Properties properties = AppearanceFile.load(folder);
            Theme theme = Theme.valueOf(properties.getProperty("theme", defaults.theme.name()));
            Locale language = Locale.forLanguageTag(properties.getProperty("language", defaults.language.toLanguageTag()));
            int size = Integer.parseInt(properties.getProperty("fontSize", Integer.toString(DEFAULT_FONT_SIZE)).strip());
            return new Appearance(theme, language, size);
        } catch (IOException | IllegalArgumentException e) {
            log().warn("Ignoring unreadable appearance settings in {}", file, e);
            return defaults;
        }
    }

    /** Writes theme, language and font size, keeping the other settings in the file (window placement, the welcome's). */
    public void write(Path folder) throws IOException {
        AppearanceFile.update(folder, properties -> {
            properties.setProperty("theme", theme.name());
            properties.setProperty("language", language.toLanguageTag());
            properties.setProperty("fontSize", Integer.toString(fontSize));
        });
    }

    /** One more setting that must be known before the database opens; empty when absent or unreadable. */
    public static Optional<String> readKey(Path folder, String key) {
        try {
            return Optional.ofNullable(AppearanceFile.load(folder).getProperty(key));
        } catch (IOException | IllegalArgumentException e) {
            log().warn("Cannot read {} from the appearance settings in {}", key, folder, e);
            return Optional.empty();
        }
    }

    /** Keeps one more setting in the file, leaving the others as they are. */
    public static void writeKey(Path folder, String key, String value) throws IOException {
        AppearanceFile.update(folder, properties -> properties.setProperty(key, value));
    }

    /** Makes the language the default locale, so bundles and number, date and money formats follow it. */
    public void applyLanguage() {
        // Keep the system's region when it speaks the same language (de-AT, en-GB formats stay).
        if (!Locale.getDefault().getLanguage().equals(language.getLanguage())) {
            Locale.setDefault(language);
        }
    }

    public void applyTheme() {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    public Appearance withTheme(Theme newTheme) {
        return new Appearance(newTheme, language, fontSize);
    }

    public Appearance withLanguage(Locale newLanguage) {
        return new Appearance(theme, newLanguage, fontSize);
    }

    public Appearance withFontSize(int newSize) {
        return new Appearance(theme, language, newSize);
    }

    /** Looked up on use: logging starts after the first frame, not on the way to it. */
    private static Logger log() {
        return LoggerFactory.getLogger(Appearance.class);
    }
}
