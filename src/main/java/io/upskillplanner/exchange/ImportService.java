package io.upskillplanner.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.store.BackupReason;
import io.upskillplanner.store.Store;

/**
 * Imports files all or nothing: every file is read, detected and planned first, so that one bad
 * file rejects the whole import before anything is written; then all plans apply in one
 * transaction. An import is bounded in its total size before any file is read, and one that
 * still needs more memory than the app has is refused with a message, never a crash.
 */
public final class ImportService {

    /** All files of one import together; each file on its own stays under {@link ImportFile#MAX_BYTES}. */
    public static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

    private final Store store;
    private final Importers importers;
    private final MemoryGuard memory;

    public ImportService(Store store, Importers importers) {
        this(store, importers, MemoryGuard.SHARED);
    }

    ImportService(Store store, Importers importers, MemoryGuard memory) {
        this.store = store;
        this.importers = importers;
        this.memory = memory;
    }

    /** Reads and checks the files without writing anything: what a preview shows. */
    public List<ImportPlan> plan(List<Path> files, ImportTarget target) {
        requireTotalSize(files);
        return memory.run(files, () -> {
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
        });
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
                    Object other = earlier.getKey() == plan ? ErrorText.of("error.import.sameFile")
                            : earlier.getKey().file().name();
                    throw new InputRejectedException(plan.file().name(), ErrorText.plain(claim.place()),
                            ErrorText.of("error.import.clash", claim.key(), other, earlier.getValue().place()));
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

    /** Refuses an import whose files are too large together, from their sizes alone, before reading any. */
    static void requireTotalSize(List<Path> files) {
        long total = 0;
        Path largest = null;
        long largestSize = -1;
        for (Path path : files) {
            long size = sizeOrZero(path);
            if (size > ImportFile.MAX_BYTES) {
                throw new InputRejectedException(path.toString(), null,
                        ErrorText.of("error.file.tooLarge", megabytes(size), megabytes(ImportFile.MAX_BYTES)));
            }
            total += size;
            if (size > largestSize) {
                largest = path;
                largestSize = size;
            }
        }
        if (total > MAX_TOTAL_BYTES) {
            throw new InputRejectedException(describe(files), null, ErrorText.of("error.import.tooMuchTogether",
                    megabytes(total), megabytes(MAX_TOTAL_BYTES), largest, megabytes(largestSize)));
        }
    }

    /** The size of a file; one that cannot be sized is left to {@link ImportFile#read} to explain. */
    private static long sizeOrZero(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    static String describe(List<Path> files) {
        return files.size() == 1 ? files.get(0).toString() : "the " + files.size() + " files of this import";
    }

    static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB";
    }
}
