package io.upskillplanner.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.upskillplanner.domain.InputRejectedException;

import io.upskillplanner.store.BackupReason;
import io.upskillplanner.store.Store;

/**
 * Imports files all or nothing: every file is read, detected and planned first, so that one bad
 * file rejects the whole import before anything is written; then all plans apply in one
 * transaction.
 */
public final class ImportService {

    private final Store store;
    private final Importers importers;

    public ImportService(Store store, Importers importers) {
        this.store = store;
        this.importers = importers;
    }

    /** Reads and checks the files without writing anything: what a preview shows. */
    public List<ImportPlan> plan(List<Path> files, ImportTarget target) {
        List<ImportFile> batch = new ArrayList<>();
        for (Path path : files) {
            batch.add(ImportFile.read(path));
        }
        List<ImportPlan> plans = new ArrayList<>();
        for (ImportFile file : batch) {
            plans.add(importers.detect(file).plan(file, batch, target, store));
        }
        refuseClashingIds(plans);
        return plans;
    }

    /**
     * Two files that bring different records under one id would have the later one overwrite the
     * earlier, or fail on a unique key half-way: the import is refused naming both, before any write.
     */
    static void refuseClashingIds(List<ImportPlan> plans) {
        Map<String, Map.Entry<ImportPlan, IdClaim>> seen = new HashMap<>();
        for (ImportPlan plan : plans) {
            for (IdClaim claim : plan.claims()) {
                Map.Entry<ImportPlan, IdClaim> earlier = seen.putIfAbsent(claim.key(), Map.entry(plan, claim));
                if (earlier != null && !Objects.equals(earlier.getValue().content(), claim.content())) {
                    String other = earlier.getKey() == plan ? "the same file" : earlier.getKey().file().name();
                    throw new InputRejectedException(plan.file().name(), claim.place(), "brings the " + claim.key()
                            + ", which " + other + " (" + earlier.getValue().place() + ") also brings with different"
                            + " data. Import the files one at a time, or give one of them a new id");
                }
            }
        }
    }

    /** Applies planned imports in one transaction, after a backup of the state before them. */
    public void apply(List<ImportPlan> plans) {
        store.backupBefore(BackupReason.IMPORT);
        store.inTransaction(tx -> {
            plans.forEach(plan -> plan.apply(tx));
            return null;
        });
    }

    public List<ImportPlan> importFiles(List<Path> files, ImportTarget target) {
        List<ImportPlan> plans = plan(files, target);
        apply(plans);
        return plans;
    }
}
