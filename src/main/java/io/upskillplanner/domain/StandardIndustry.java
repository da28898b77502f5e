package io.upskillplanner.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The industries the demo catalog and the pickers offer. They are stored by their English name,
 * which is what the catalog files say; whoever shows one to a person translates it by its
 * constant. Any other industry a user types is stored and shown as typed.
 */
public enum StandardIndustry {
    TECHNOLOGY("Technology"),
    HEALTHCARE("Healthcare"),
    MANUFACTURING("Manufacturing"),
    EDUCATION("Education"),
    BUSINESS_FINANCE("Business & Finance"),
    CONSTRUCTION_TRADES("Construction & Trades"),
    LOGISTICS_SUPPLY_CHAIN("Logistics & Supply Chain");

    private final String storedName;

    StandardIndustry(String storedName) {
        this.storedName = storedName;
    }

    /** The English name the database and the exchange files hold. */
    public String storedName() {
        return storedName;
    }

    /** The standard industry a stored or typed name means, ignoring case and surrounding blanks. */
    public static Optional<StandardIndustry> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (StandardIndustry industry : values()) {
            if (industry.storedName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(industry);
            }
        }
        return Optional.empty();
    }
}
