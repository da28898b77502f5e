package io.upskillplanner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.upskillplanner.store.Backup;
import io.upskillplanner.store.RecoveryNeededException;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/**
 * What the desktop app offers when the database cannot be opened as it is. A damaged file is
 * never overwritten and a missing one is never silently recreated: the user chooses.
 */
record StartupRecovery(String title, String message, List<Choice> choices, Optional<Backup> latest) {

    /** The answers the dialog offers. */
    enum Choice {
        RESTORE_LATEST, START_EMPTY, QUIT
    }

    static StartupRecovery of(RecoveryNeededException problem) {
        Optional<Backup> latest = problem.latestBackup();
        boolean damaged = problem.problem() == RecoveryNeededException.Problem.DAMAGED;
        List<Choice> choices = new ArrayList<>();
        latest.ifPresent(b -> choices.add(Choice.RESTORE_LATEST));
        choices.add(Choice.START_EMPTY);
        choices.add(Choice.QUIT);
        String what = damaged
                ? Messages.get("recovery.damaged.text", problem.databaseFile())
                : Messages.get("recovery.missing.text", problem.databaseFile());
        String offer = latest.map(b -> Messages.get("recovery.latest", Formats.dateTime(b.createdAt()),
                Messages.get("backup.reason." + b.reason().name()), b.file()))
                .orElse(Messages.get("recovery.noBackup"));
        String empty = damaged ? Messages.get("recovery.emptyDamaged") : Messages.get("recovery.emptyMissing");
        return new StartupRecovery(Messages.get(damaged ? "recovery.damaged.title" : "recovery.missing.title"),
                what + "\n\n" + offer + "\n\n" + empty, List.copyOf(choices), latest);
    }

    static String label(Choice choice) {
        return Messages.get("recovery.choice." + choice.name());
    }
}
