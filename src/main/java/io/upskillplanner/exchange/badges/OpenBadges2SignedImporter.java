package io.upskillplanner.exchange.badges;

import java.time.Clock;
import java.util.List;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.JsonAt;

/** A signed Open Badges 2.0 assertion: a compact JWS whose payload is the assertion ("verification": signed). */
public final class OpenBadges2SignedImporter extends BadgeImporter {

    public OpenBadges2SignedImporter() {
        this(Clock.systemUTC());
    }

    public OpenBadges2SignedImporter(Clock clock) {
        super(clock);
    }

    @Override
    public String format() {
        return "Open Badges 2.0 signed assertion";
    }

    @Override
    public boolean recognises(ImportFile file) {
        return isSignedAssertion(file);
    }

    static boolean isSignedAssertion(ImportFile file) {
        if (!OpenBadges3JwtImporter.isCompactJws(file)) {
            return false;
        }
        String payload = VcJwt.payloadText(file.text());
        return OpenBadges2Reader.mentionsOpenBadges2(payload) && !payload.contains("\"vc\"")
                && !OpenBadges3Reader.mentionsOpenBadges3(payload);
    }

    @Override
    BadgeData read(ImportFile file, List<ImportFile> batch, JsonAt json, BadgeVerifier verifier) {
        VcJwt jws = VcJwt.parse(file.text(), json, null);
        return new OpenBadges2Reader(json, verifier, file, batch).readSigned(jws, BadgeFormat.OB2_SIGNED, null);
    }
}
