package io.upskillplanner.ui.reports;

/** Where the Reports screen's preview stands against the current choices. */
public enum PreviewState {
    /** Nothing drawn yet. */
    NONE,
    /** Being drawn; the pages shown (if any) are the earlier preview's. */
    RENDERING,
    /** The pages shown are what an export with the current choices writes. */
    CURRENT,
    /** A choice changed since the pages shown were drawn. */
    STALE
}
