package io.upskillplanner.exchange;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.exchange.csv.CatalogCsvImporter;
import io.upskillplanner.exchange.ctdl.CtdlImporter;
import io.upskillplanner.exchange.elm.EdcImporter;
import io.upskillplanner.exchange.plan.PlanImporter;
import io.upskillplanner.exchange.skills.EscoCsvImporter;
import io.upskillplanner.exchange.skills.OnetImporter;

/** The formats the app reads, and detection of a file's format by its content. */
public final class Importers {

    private final List<Importer> importers;

    public Importers(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    /** Every format the app knows. */
    public static Importers standard() {
        List<Importer> all = new ArrayList<>();
        // Each format adds its importer here, most specific first.
        all.add(new PlanImporter());
        all.add(new EdcImporter());
        all.add(new OnetImporter());
        all.add(new CtdlImporter());
        all.add(new EscoCsvImporter());
        all.add(new CatalogCsvImporter());
        return new Importers(all);
    }

    public List<Importer> all() {
        return importers;
    }

    public Importer detect(ImportFile file) {
        for (Importer importer : importers) {
            if (importer.recognises(file)) {
                return importer;
            }
        }
        List<String> names = importers.stream().map(Importer::format).toList();
        if (StrictJson.looksLikeJson(file)) {
            // Name the place of a syntax error even when the broken file's format cannot be told.
            StrictJson.parse(file);
            throw new InputRejectedException(file.name(), null, "is JSON, but in no format this app reads"
                    + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")"));
        }
        throw new InputRejectedException(file.name(), null, "is in no format this app reads"
                + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")"));
    }
}
