package io.upskillplanner.exchange.badges;

import java.time.Clock;
import java.util.List;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.JsonAt;

/** A PNG baked with an Open Badges 2.0 assertion (iTXt keyword "openbadges"). */
public final class OpenBadges2PngImporter extends BadgeImporter {

    public OpenBadges2PngImporter() {
        this(Clock.systemUTC());
    }

    public OpenBadges2PngImporter(Clock clock) {
        super(clock);
    }

    @Override
    public String format() {
        return "Open Badges 2.0 baked PNG";
    }

    @Override
    public boolean recognises(ImportFile file) {
        return BakedPng.isPng(file.content()) && BakedPng.mentions(file.content(), BakedPng.OB2_KEYWORD);
    }

    @Override
    BadgeData read(ImportFile file, List<ImportFile> batch, JsonAt json, BadgeVerifier verifier) {
        BakedPng.Baked baked = BakedPng.read(file.content(), file.name());
        if (!baked.keyword().equals(BakedPng.OB2_KEYWORD)) {
            return OpenBadges3PngImporter.readCredentialText(baked.text(), baked.place(), json, verifier,
                    BadgeFormat.OB3_PNG);
        }
        String text = baked.text().strip();
        if (text.startsWith("eyJ")) {
            return new OpenBadges2Reader(json, verifier, file, batch).readSigned(VcJwt.parse(text, json, baked.place()),
                    BadgeFormat.OB2_PNG, baked.place());
        }
        if (!text.startsWith("{")) {
            throw json.rejectAt(baked.place(), text.startsWith("http") ? ErrorText.of("error.badge.hostedAssertion", text)
                    : ErrorText.of("error.badge.noJsonAssertion"));
        }
        return new OpenBadges2Reader(json, verifier, file, batch).read(BadgeImporter.parseObject(json, text, baked.place()), text,
                BadgeFormat.OB2_PNG, baked.place());
    }
}
