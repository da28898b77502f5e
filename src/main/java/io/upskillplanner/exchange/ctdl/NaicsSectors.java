package io.upskillplanner.exchange.ctdl;

import java.util.Map;
import java.util.Optional;

/**
 * NAICS 2-digit sectors mapped to the app's standard industries (Industries.STANDARD). Sectors
 * with no standard industry keep their NAICS sector title, so nothing is lost.
 */
final class NaicsSectors {

    private static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry("23", "Construction & Trades"),
            Map.entry("31", "Manufacturing"), Map.entry("32", "Manufacturing"), Map.entry("33", "Manufacturing"),
            Map.entry("42", "Logistics & Supply Chain"), Map.entry("48", "Logistics & Supply Chain"),
            Map.entry("49", "Logistics & Supply Chain"),
            Map.entry("51", "Technology"), Map.entry("54", "Technology"),
            Map.entry("52", "Business & Finance"), Map.entry("53", "Business & Finance"),
            Map.entry("55", "Business & Finance"), Map.entry("56", "Business & Finance"),
            Map.entry("61", "Education"),
            Map.entry("62", "Healthcare"));

    private static final Map<String, String> SECTOR_TITLES = Map.ofEntries(
            Map.entry("11", "Agriculture, Forestry, Fishing and Hunting"),
            Map.entry("21", "Mining, Quarrying, and Oil and Gas Extraction"),
            Map.entry("22", "Utilities"),
            Map.entry("44", "Retail Trade"), Map.entry("45", "Retail Trade"),
            Map.entry("71", "Arts, Entertainment, and Recreation"),
            Map.entry("72", "Accommodation and Food Services"),
            Map.entry("81", "Other Services (except Public Administration)"),
            Map.entry("92", "Public Administration"));

    private NaicsSectors() {
    }

    /** The industry of a NAICS code (2 to 6 digits), or empty when it is not a NAICS code. */
    static Optional<String> industry(String code) {
        if (code == null || !code.strip().matches("\\d{2,6}")) {
            return Optional.empty();
        }
        String sector = code.strip().substring(0, 2);
        String industry = STANDARD.get(sector);
        return Optional.ofNullable(industry != null ? industry : SECTOR_TITLES.get(sector));
    }
}
