package io.upskillplanner.ui.main;

/** The screens the navigation offers, in order. */
public enum Section {
    PROFILES, GOALS, RECOMMEND, CATALOG, COMPARE, REPORTS, BACKUPS, SETTINGS
}
