package io.upskillplanner.exchange;

import java.util.List;

import io.upskillplanner.store.Store;

/**
 * Reads one format. Detection is by content, never by file name. Planning parses and validates
 * the whole file and reads the store to decide what would be added or changed, but writes
 * nothing; the plan is applied later inside one transaction together with the other files.
 */
public interface Importer {

    /** The format's name as users know it, e.g. "Open Badges 3.0". */
    String format();

    /** Whether this file looks like this format; cheap, and never throws. */
    boolean recognises(ImportFile file);

    /**
     * Parses and validates the file.
     *
     * @throws io.upskillplanner.domain.InputRejectedException naming the file, the place in it and the reason
     */
    ImportPlan plan(ImportFile file, ImportTarget target, Store store);

    /**
     * Parses and validates the file knowing the other files imported with it, for formats whose
     * documents refer to each other (an Open Badges 2.0 assertion and its badge class file).
     */
    default ImportPlan plan(ImportFile file, List<ImportFile> batch, ImportTarget target, Store store) {
        return plan(file, target, store);
    }
}
