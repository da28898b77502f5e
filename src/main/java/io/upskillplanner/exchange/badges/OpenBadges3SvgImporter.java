package io.upskillplanner.exchange.badges;

import java.time.Clock;
import java.util.List;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.JsonAt;

/** An SVG baked with an Open Badges 3.0 credential in an {@code <openbadges:credential>} element. */
public final class OpenBadges3SvgImporter extends BadgeImporter {

    public OpenBadges3SvgImporter() {
        this(Clock.systemUTC());
    }

    public OpenBadges3SvgImporter(Clock clock) {
        super(clock);
    }

    @Override
    public String format() {
        return "Open Badges 3.0 baked SVG";
    }

    @Override
    public boolean recognises(ImportFile file) {
        return BakedSvg.looksLikeBadgeSvg(head(file));
    }

    @Override
    BadgeData read(ImportFile file, List<ImportFile> batch, JsonAt json, BadgeVerifier verifier) {
        BakedSvg.Baked baked = BakedSvg.read(file.text(), file.name());
        return OpenBadges3PngImporter.readCredentialText(baked.text(), baked.place(), json, verifier,
                BadgeFormat.OB3_SVG);
    }
}
