package io.upskillplanner.exchange.badges;

import java.time.Clock;
import java.util.List;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.JsonAt;

/** Open Badges 3.0 as a VC-JWT: a compact JWS whose payload is the credential or {"vc": credential}. */
public final class OpenBadges3JwtImporter extends BadgeImporter {

    public OpenBadges3JwtImporter() {
        this(Clock.systemUTC());
    }

    public OpenBadges3JwtImporter(Clock clock) {
        super(clock);
    }

    @Override
    public String format() {
        return "Open Badges 3.0 VC-JWT";
    }

    @Override
    public boolean recognises(ImportFile file) {
        return isCompactJws(file) && !OpenBadges2SignedImporter.isSignedAssertion(file);
    }

    static boolean isCompactJws(ImportFile file) {
        // A JWS header is a JSON object, so its base64url always starts with "eyJ" ('{"').
        String head = head(file).stripLeading();
        return head.startsWith("eyJ") && head.indexOf('.') > 0 && head.indexOf('{') < 0;
    }

    @Override
    BadgeData read(ImportFile file, List<ImportFile> batch, JsonAt json, BadgeVerifier verifier) {
        VcJwt jwt = VcJwt.parse(file.text(), json, null);
        return new OpenBadges3Reader(json, verifier).fromJwt(jwt, BadgeFormat.OB3_JWT);
    }
}
