package io.upskillplanner.domain;

import java.math.BigDecimal;

/**
 * What the catalog is narrowed to. Null or false fields do not narrow. Cost bounds apply to the
 * one-off cost in each credential's own currency.
 */
public record CatalogFilter(
        String text,
        String industry,
        BigDecimal minCost,
        BigDecimal maxCost,
        Integer minEffortHours,
        Integer maxEffortHours,
        DeliveryFormat format,
        Pacing pacing,
        boolean accreditedOnly,
        boolean badgeOnly,
        boolean stackableOnly) {

    public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null, null, null, null, null,
            false, false, false);

    public static CatalogFilter text(String text) {
        return ALL.withText(text);
    }

    public CatalogFilter withText(String newText) {
        return new CatalogFilter(newText, industry, minCost, maxCost, minEffortHours, maxEffortHours, format, pacing,
                accreditedOnly, badgeOnly, stackableOnly);
    }
}
