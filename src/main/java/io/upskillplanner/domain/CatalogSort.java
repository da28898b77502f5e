package io.upskillplanner.domain;

/** What the interactive catalog is ordered by; titles compare without regard to case. */
public enum CatalogSort {
    TITLE, PROVIDER, COST, EFFORT, LAST_VERIFIED
}
