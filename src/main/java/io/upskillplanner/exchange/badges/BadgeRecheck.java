package io.upskillplanner.exchange.badges;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.JsonAt;

/**
 * Verifies the raw credential a plan file carries for an earned badge, as an import of the badge
 * itself would: a file's own word that a badge is "verified" is never taken (docs/decisions/0018).
 */
public final class BadgeRecheck {

    private final Clock clock;

    public BadgeRecheck(Clock clock) {
        this.clock = clock;
    }

    /** The result of checking {@code rawCredential} now; a credential that cannot be read is not verified, with the reason. */
    public VerificationResult verify(String rawCredential, String where) {
        ImportFile raw = new ImportFile(Path.of("raw-credential"), rawCredential.getBytes(StandardCharsets.UTF_8));
        List<BadgeImporter> readers = List.of(new OpenBadges3JwtImporter(clock), new OpenBadges3JsonImporter(clock),
                new OpenBadges2JsonImporter(clock));
        try {
            for (BadgeImporter reader : readers) {
                if (reader.recognises(raw)) {
                    return reader.read(raw, List.of(raw), JsonAt.file(where),
                            new BadgeVerifier(clock, BadgeImporter.CONTEXTS)).verification();
                }
            }
            return new VerificationResult(Verification.NOT_VERIFIABLE_OFFLINE,
                    "Not verified: the credential in " + where + " is no Open Badge this app can check.");
        } catch (InputRejectedException e) {
            return new VerificationResult(Verification.NOT_VERIFIABLE_OFFLINE,
                    // The detail is stored with the badge and printed in reports: in English, as the rest of it.
                    "Not verified: the credential in " + where + " cannot be read (" + e.reason(Locale.ROOT) + ").");
        }
    }
}
