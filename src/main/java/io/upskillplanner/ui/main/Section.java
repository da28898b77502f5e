package io.upskillplanner.ui.main;

/** The screens the navigation offers, in order, each with the command that shows it. */
public enum Section {
    PROFILES(AppCommand.SHOW_PROFILES),
    GOALS(AppCommand.SHOW_GOALS),
    RECOMMEND(AppCommand.SHOW_RECOMMEND),
    CATALOG(AppCommand.SHOW_CATALOG),
    COMPARE(AppCommand.SHOW_COMPARE),
    REPORTS(AppCommand.SHOW_REPORTS),
    BACKUPS(AppCommand.SHOW_BACKUPS),
    SETTINGS(AppCommand.SETTINGS);

    private final AppCommand show;

    Section(AppCommand show) {
        this.show = show;
    }

    public AppCommand showCommand() {
        return show;
    }
}
