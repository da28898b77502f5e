package io.upskillplanner.exchange;

import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the currency texts registries write ("US Dollar", "euro", "usd") into ISO 4217 codes,
 * through the JDK's own currency display names, so that no list is kept by hand.
 */
public final class CurrencyNames {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (Currency currency : Currency.getAvailableCurrencies()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.US, Locale.UK, Locale.ROOT}) {
                BY_NAME.putIfAbsent(key(currency.getDisplayName(locale)), currency.getCurrencyCode());
            }
        }
        // Registry spellings the JDK's display names lack.
        BY_NAME.put(key("Dollar"), "USD");
        BY_NAME.put(key("Dollars"), "USD");
        BY_NAME.put(key("US Dollars"), "USD");
        BY_NAME.put(key("U.S. Dollar"), "USD");
        BY_NAME.put(key("$"), "USD");
        BY_NAME.put(key("€"), "EUR");
        BY_NAME.put(key("Euros"), "EUR");
        BY_NAME.put(key("£"), "GBP");
    }

    private CurrencyNames() {
    }

    /** The ISO 4217 code for a code or an English currency name, ignoring case and spacing. */
    public static Optional<String> toCode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() == 3) {
            try {
                return Optional.of(Currency.getInstance(trimmed.toUpperCase(Locale.ROOT)).getCurrencyCode());
            } catch (IllegalArgumentException e) {
                // not a code: try it as a name
            }
        }
        return Optional.ofNullable(BY_NAME.get(key(trimmed)));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s.]+", " ").strip();
    }
}
