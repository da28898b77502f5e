package io.upskillplanner.exchange.badges;

import java.time.Clock;
import java.util.List;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.JsonAt;

/** Open Badges 3.0 OpenBadgeCredential JSON, secured by an embedded Data Integrity proof (or not at all). */
public final class OpenBadges3JsonImporter extends BadgeImporter {

    public OpenBadges3JsonImporter() {
        this(Clock.systemUTC());
    }

    public OpenBadges3JsonImporter(Clock clock) {
        super(clock);
    }

    @Override
    public String format() {
        return "Open Badges 3.0";
    }

    @Override
    public boolean recognises(ImportFile file) {
        String head = head(file);
        return startsWithJsonObject(head) && OpenBadges3Reader.mentionsOpenBadges3(head);
    }

    @Override
    BadgeData read(ImportFile file, List<ImportFile> batch, JsonAt json, BadgeVerifier verifier) {
        String text = file.text();
        return new OpenBadges3Reader(json, verifier).fromJson(BadgeImporter.parseObject(json, text, null), text, BadgeFormat.OB3_JSON,
                "");
    }
}
