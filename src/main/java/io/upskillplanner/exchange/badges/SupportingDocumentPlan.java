package io.upskillplanner.exchange.badges;

import java.util.List;

import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.store.Store;

/** An Open Badges 2.0 BadgeClass or Issuer file: read to resolve assertions, it writes nothing itself. */
record SupportingDocumentPlan(ImportFile file, String format, String type, String name) implements ImportPlan {

    @Override
    public List<String> summary() {
        return List.of("Open Badges 2.0 " + type + (name == null ? "" : " '" + name + "'")
                + ": used to resolve the assertions imported with it; adds nothing by itself");
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
