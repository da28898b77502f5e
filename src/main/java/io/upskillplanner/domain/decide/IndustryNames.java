package io.upskillplanner.domain.decide;

import java.util.Locale;
import java.util.Optional;

import io.upskillplanner.domain.StandardIndustry;

/**
 * Industry names for people: a standard industry in the reader's language ("Technologie" on a
 * German screen and in a German report), any other exactly as the user typed it.
 */
public final class IndustryNames {

    private IndustryNames() {
    }

    /** The name as a phrase, so it can also stand inside a sentence of the decision logic. */
    public static Phrase of(String stored) {
        Optional<StandardIndustry> standard = StandardIndustry.of(stored);
        return standard.isPresent() ? Phrase.of("industry." + standard.get().name())
                : Phrase.of("industry.typed", stored == null ? "" : stored.strip());
    }

    public static String text(String stored, Locale locale) {
        return stored == null || stored.isBlank() ? "" : of(stored).text(locale);
    }

    /**
     * What to store for a name a person typed or picked: the stored name of the standard industry
     * it names in their language (or in English), else the text as typed.
     */
    public static String stored(String shown, Locale locale) {
        if (shown == null || shown.isBlank()) {
            return shown;
        }
        String wanted = shown.strip();
        for (StandardIndustry industry : StandardIndustry.values()) {
            if (of(industry.storedName()).text(locale).equalsIgnoreCase(wanted)) {
                return industry.storedName();
            }
        }
        return StandardIndustry.of(wanted).map(StandardIndustry::storedName).orElse(wanted);
    }
}
