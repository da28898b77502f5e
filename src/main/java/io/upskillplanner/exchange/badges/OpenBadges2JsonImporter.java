package io.upskillplanner.exchange.badges;

import java.time.Clock;
import java.util.List;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.store.Store;

/**
 * Open Badges 2.0 JSON: an Assertion becomes an earned badge; BadgeClass and Issuer files are read
 * so that assertions imported with them (or lying beside them) resolve, and add nothing themselves.
 */
public final class OpenBadges2JsonImporter extends BadgeImporter {

    public OpenBadges2JsonImporter() {
        this(Clock.systemUTC());
    }

    public OpenBadges2JsonImporter(Clock clock) {
        super(clock);
    }

    @Override
    public String format() {
        return "Open Badges 2.0";
    }

    @Override
    public boolean recognises(ImportFile file) {
        String head = head(file);
        return startsWithJsonObject(head) && OpenBadges2Reader.mentionsOpenBadges2(head);
    }

    @Override
    public ImportPlan plan(ImportFile file, List<ImportFile> batch, ImportTarget target, Store store) {
        JsonAt json = JsonAt.file(file.name());
        var document = BadgeImporter.parseObject(json, file.text(), null);
        String type = OpenBadges2Reader.typeOf(document);
        if (type.equals("BadgeClass") || type.equals("Issuer") || type.equals("Profile")
                || type.equals("CryptographicKey")) {
            return new SupportingDocumentPlan(file, format(), type, json.at("", document).trimmed("name"));
        }
        return super.plan(file, batch, target, store);
    }

    @Override
    BadgeData read(ImportFile file, List<ImportFile> batch, JsonAt json, BadgeVerifier verifier) {
        String text = file.text();
        return new OpenBadges2Reader(json, verifier, file, batch).read(BadgeImporter.parseObject(json, text, null), text,
                BadgeFormat.OB2_JSON, null);
    }
}
