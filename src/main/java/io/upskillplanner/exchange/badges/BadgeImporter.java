package io.upskillplanner.exchange.badges;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importer;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.exchange.StrictJson;
import io.upskillplanner.store.Store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the Open Badges importers share: a badge needs a profile, is read, checked, then planned. */
abstract class BadgeImporter implements Importer {

    /** One cache of parsed bundled contexts for all imports. */
    static final BundledContexts CONTEXTS = new BundledContexts();
    private static final int HEAD_BYTES = 64 * 1024;

    /** Badges are small: far larger JSON is no badge and is refused before it is parsed. */
    static final int MAX_CHARS = 8 * 1024 * 1024;

    private final Clock clock;

    BadgeImporter(Clock clock) {
        this.clock = clock;
    }

    /** Reads and checks the badge; throws InputRejectedException for anything unusable. */
    abstract BadgeData read(ImportFile file, List<ImportFile> batch, JsonAt json, BadgeVerifier verifier);

    @Override
    public ImportPlan plan(ImportFile file, ImportTarget target, Store store) {
        return plan(file, List.of(file), target, store);
    }

    @Override
    public ImportPlan plan(ImportFile file, List<ImportFile> batch, ImportTarget target, Store store) {
        requireProfile(file, target);
        BadgeData badge = read(file, batch, JsonAt.file(file.name()), new BadgeVerifier(clock, CONTEXTS,
                new StatusLists(batch)));
        return new BadgeImportPlan(file, format(), badge, target.profile(), store, clock);
    }

    void requireProfile(ImportFile file, ImportTarget target) {
        if (target.profile() == null) {
            throw new InputRejectedException(file.name(), null, ErrorText.of("error.badge.needsProfile", format()));
        }
    }

    /** Badge JSON, read by the one strict reader; {@code where} names the part of the file, or null for all of it. */
    static ObjectNode parseObject(JsonAt json, String text, String where) {
        if (text.length() > MAX_CHARS) {
            throw json.rejectAt(where, ErrorText.of("error.badge.tooLarge", text.length(), MAX_CHARS));
        }
        return (ObjectNode) StrictJson.parseObject(json.file(), text, where == null ? null : ErrorText.plain(where))
                .node();
    }

    /** The start of the file as text, for cheap detection; never throws. */
    static String head(ImportFile file) {
        int length = Math.min(file.content().length, HEAD_BYTES);
        return new String(file.content(), 0, length, StandardCharsets.ISO_8859_1);
    }

    static boolean startsWithJsonObject(String head) {
        String trimmed = head.startsWith("\u00ef\u00bb\u00bf") ? head.substring(3) : head;
        return trimmed.stripLeading().startsWith("{");
    }
}
