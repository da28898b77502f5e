package io.upskillplanner.domain;

/** Where a catalog entry came from. */
public enum Origin {
    DEMO, USER, IMPORT
}
