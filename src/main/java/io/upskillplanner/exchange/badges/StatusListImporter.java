package io.upskillplanner.exchange.badges;

import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importer;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.store.Store;

/**
 * A status list credential (StatusList2021 or Bitstring Status List) imported beside badges: it is
 * read to check their revocation, and adds nothing by itself.
 */
public final class StatusListImporter implements Importer {

    @Override
    public String format() {
        return "Verifiable Credential status list";
    }

    @Override
    public boolean recognises(ImportFile file) {
        return StatusLists.isStatusList(BadgeImporter.head(file));
    }

    @Override
    public ImportPlan plan(ImportFile file, ImportTarget target, Store store) {
        JsonAt json = JsonAt.file(file.name());
        var credential = BadgeImporter.parseObject(json, file.text(), null);
        String type = StatusLists.LIST_TYPES.stream().filter(t -> credential.path("type").toString().contains(t))
                .findFirst().orElse("status list");
        return new SupportingDocumentPlan(file, format(), type, json.at("", credential).trimmed("id"),
                "used to check the revocation of the badges imported with it; adds nothing by itself");
    }
}
