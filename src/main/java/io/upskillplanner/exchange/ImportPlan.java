package io.upskillplanner.exchange;

import java.util.List;

import io.upskillplanner.store.Store;

/** What importing one file will do, for a preview, and the writes that do it. */
public interface ImportPlan {

    ImportFile file();

    String format();

    /** One line per thing added or changed, in words a user reads in the preview. */
    List<String> summary();

    /** Number of entries (credentials, badges, skills, profiles…) this file adds or updates. */
    int entryCount();

    /** The records this file brings under fixed ids; two files must not bring different records under one id. */
    default List<IdClaim> claims() {
        return List.of();
    }

    /** Writes the import; the caller runs it inside a transaction. */
    void apply(Store tx);
}
