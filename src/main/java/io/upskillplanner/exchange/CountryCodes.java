package io.upskillplanner.exchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166 alpha-2 codes from the country names and alpha-3 codes that registries write. */
public final class CountryCodes {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            CODES.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            CODES.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            CODES.put(code.toLowerCase(Locale.ROOT), code);
        }
        CODES.put("united states of america", "US");
        CODES.put("usa", "US");
        CODES.put("uk", "GB");
    }

    private CountryCodes() {
    }

    public static Optional<String> toAlpha2(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CODES.get(text.strip().toLowerCase(Locale.ROOT)));
    }
}
