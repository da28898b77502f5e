package io.upskillplanner.exchange;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.exchange.badges.OpenBadges2JsonImporter;
import io.upskillplanner.exchange.badges.OpenBadges2PngImporter;
import io.upskillplanner.exchange.badges.OpenBadges3JsonImporter;
import io.upskillplanner.exchange.badges.OpenBadges3JwtImporter;
import io.upskillplanner.exchange.badges.OpenBadges3PngImporter;
import io.upskillplanner.exchange.badges.OpenBadges3SvgImporter;

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
        // Open Badges: baked images before bare JSON, 3.0 before 2.0 (3.0 files may mention 2.0 terms).
        all.add(new OpenBadges3PngImporter());
        all.add(new OpenBadges2PngImporter());
        all.add(new OpenBadges3SvgImporter());
        all.add(new OpenBadges3JwtImporter());
        all.add(new OpenBadges3JsonImporter());
        all.add(new OpenBadges2JsonImporter());
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
        throw new InputRejectedException(file.name(), null, "is in no format this app reads"
                + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")"));
    }
}
