package io.upskillplanner.exchange.badges;

import java.util.List;

import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.store.Store;

/**
 * A file read only to check or resolve the badges imported with it (an Open Badges 2.0 BadgeClass,
 * Issuer or key; a status list credential): it writes nothing itself.
 */
record SupportingDocumentPlan(ImportFile file, String format, String type, String name, String use)
        implements ImportPlan {

    SupportingDocumentPlan(ImportFile file, String format, String type, String name) {
        this(file, format, type, name, "used to resolve the assertions imported with it; adds nothing by itself");
    }

    @Override
    public List<String> summary() {
        return List.of(format + " " + type + (name == null ? "" : " '" + name + "'") + ": " + use);
    }

    @Override
    public int entryCount() {
        return 0;
    }

    @Override
    public void apply(Store tx) {
        // Nothing to write: the assertions that use this document carry its facts.
    }
}
