package io.upskillplanner.exchange.plan.file;

import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A plan file of format version 1, member for member as assets/schema/plan-v1.schema.json
 * describes it: the exporter writes it, the importer reads it (decision record 0026). Identifiers,
 * dates and choices are the strings the schema defines; numbers are read within their range.
 */
public record PlanFileV1(
        String format,
        @Bounded(Bound.VERSION) Integer formatVersion,
        @JsonDeserialize(using = LeftToTheSchema.class) String exportedAt,
        @JsonDeserialize(using = LeftToTheSchema.class) String application,
        ProfileJson profile,
        List<ProviderJson> providers,
        List<CredentialJson> credentials) {
}
