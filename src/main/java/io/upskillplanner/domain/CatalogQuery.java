package io.upskillplanner.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the interactive catalog shows: the narrowing of {@link CatalogFilter} with several
 * industries, formats and pacings to choose from at once, and an order. Empty sets and null bounds
 * do not narrow. A credential matches the industries when it is recognised (level above 0) in any
 * of them.
 */
public record CatalogQuery(
        String text,
        Set<String> industries,
        BigDecimal minCost,
        BigDecimal maxCost,
        Integer minEffortHours,
        Integer maxEffortHours,
        Set<DeliveryFormat> formats,
        Set<Pacing> pacings,
        boolean accreditedOnly,
        boolean badgeOnly,
        boolean stackableOnly,
        CatalogSort sort,
        boolean descending) {

    public static final CatalogQuery ALL = new CatalogQuery(null, Set.of(), null, null, null, null, Set.of(), Set.of(),
            false, false, false, CatalogSort.TITLE, false);

    public CatalogQuery {
        industries = Set.copyOf(industries == null ? Set.of() : industries);
        formats = Set.copyOf(formats == null ? Set.of() : formats);
        pacings = Set.copyOf(pacings == null ? Set.of() : pacings);
        sort = Objects.requireNonNullElse(sort, CatalogSort.TITLE);
    }

    /** The lower-cased words every match must contain, in title, provider or skills. */
    public String[] terms() {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    }

    public CatalogQuery withText(String newText) {
        return new CatalogQuery(newText, industries, minCost, maxCost, minEffortHours, maxEffortHours, formats, pacings,
                accreditedOnly, badgeOnly, stackableOnly, sort, descending);
    }

    public CatalogQuery withSort(CatalogSort newSort, boolean newDescending) {
        return new CatalogQuery(text, industries, minCost, maxCost, minEffortHours, maxEffortHours, formats, pacings,
                accreditedOnly, badgeOnly, stackableOnly, newSort, newDescending);
    }

    /** Whether this query differs from another only in its search text. */
    public boolean sameButText(CatalogQuery other) {
        return other != null && withText(null).equals(other.withText(null));
    }
}
