package io.upskillplanner.exchange.badges;

import java.time.Clock;
import java.util.List;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.JsonAt;

/** A PNG baked with an Open Badges 3.0 credential (iTXt keyword "openbadgecredential"): JSON or a VC-JWT. */
public final class OpenBadges3PngImporter extends BadgeImporter {

    public OpenBadges3PngImporter() {
        this(Clock.systemUTC());
    }

    public OpenBadges3PngImporter(Clock clock) {
        super(clock);
    }

    @Override
    public String format() {
        return "Open Badges 3.0 baked PNG";
    }

    @Override
    public boolean recognises(ImportFile file) {
        return BakedPng.isPng(file.content()) && BakedPng.mentions(file.content(), BakedPng.OB3_KEYWORD);
    }

    @Override
    BadgeData read(ImportFile file, List<ImportFile> batch, JsonAt json, BadgeVerifier verifier) {
        BakedPng.Baked baked = BakedPng.read(file.content(), file.name());
        if (!baked.keyword().equals(BakedPng.OB3_KEYWORD)) {
            throw json.rejectAt(baked.place(), ErrorText.of("error.badge.ob2InOb3Png"));
        }
        return readCredentialText(baked.text(), baked.place(), json, verifier, BadgeFormat.OB3_PNG);
    }

    /** Baked 3.0 credentials are either JSON or a compact VC-JWT. */
    static BadgeData readCredentialText(String text, String place, JsonAt json, BadgeVerifier verifier,
            BadgeFormat format) {
        OpenBadges3Reader reader = new OpenBadges3Reader(json, verifier);
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            return reader.fromJson(BadgeImporter.parseObject(json, trimmed, place), trimmed, format, place);
        }
        return reader.fromJwt(VcJwt.parse(trimmed, json, place), format);
    }
}
