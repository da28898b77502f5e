package io.upskillplanner.exchange;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.exchange.badges.OpenBadges2JsonImporter;
import io.upskillplanner.exchange.badges.OpenBadges2PngImporter;
import io.upskillplanner.exchange.badges.OpenBadges2SignedImporter;
import io.upskillplanner.exchange.badges.OpenBadges3JsonImporter;
import io.upskillplanner.exchange.badges.OpenBadges3JwtImporter;
import io.upskillplanner.exchange.badges.OpenBadges3PngImporter;
import io.upskillplanner.exchange.badges.OpenBadges3SvgImporter;
import io.upskillplanner.exchange.badges.StatusListImporter;
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
        // Baked badge images first: their bytes are not JSON.
        all.add(new OpenBadges3PngImporter());
        all.add(new OpenBadges2PngImporter());
        all.add(new OpenBadges3SvgImporter());
        // A plan file carries badges' raw JSON inside it, so it is tried before the badge formats.
        all.add(new PlanImporter());
        all.add(new EdcImporter());
        // Open Badges: 3.0 before 2.0 (3.0 files may mention 2.0 terms).
        all.add(new OpenBadges2SignedImporter());
        all.add(new OpenBadges3JwtImporter());
        all.add(new OpenBadges3JsonImporter());
        all.add(new OpenBadges2JsonImporter());
        all.add(new StatusListImporter());
        // After the badges: an Open Badge may align to a CTDL credential and so mention ceterms types.
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
            throw new InputRejectedException(file.name(), null, names.isEmpty() ? ErrorText.of("error.import.unknownJson")
                    : ErrorText.of("error.import.unknownJsonNamed", String.join(", ", names)));
        }
        throw new InputRejectedException(file.name(), null, names.isEmpty() ? ErrorText.of("error.import.unknown")
                : ErrorText.of("error.import.unknownNamed", String.join(", ", names)));
    }
}
