package io.upskillplanner.exchange.plan;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CatalogEntry;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialFact;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.CreditUnit;
import io.upskillplanner.domain.Credits;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.exchange.BoundedNumbers;
import io.upskillplanner.exchange.JsonAt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Catalog entries and providers in the plan file: one mapping for writing and reading, so they stay symmetric. */
final class CatalogJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CatalogJson() {
    }

    static ObjectNode provider(Provider p) {
        ObjectNode node = NODES.objectNode();
        node.put("id", p.id().toString());
        node.put("name", p.name());
        node.put("type", p.type().name());
        putIfSet(node, "country", p.country());
        putIfSet(node, "url", p.url());
        return node;
    }

    static Provider provider(JsonAt at) {
        at.requireObject();
        String country = at.text("country");
        if (country != null && country.length() != 2) {
            throw at.child("country").reject(ErrorText.of("error.plan.country", country));
        }
        return new Provider(at.requiredUuid("id"), at.requiredText("name"),
                at.enumValue("type", ProviderType.class, ProviderType.OTHER), country, at.text("url"), 0);
    }

    static ObjectNode credential(CatalogEntry entry) {
        Credential c = entry.credential();
        ObjectNode node = NODES.objectNode();
        node.put("id", c.id().toString());
        node.put("title", c.title());
        putIfSet(node, "providerId", c.providerId() == null ? null : c.providerId().toString());
        node.put("kind", c.kind().name());
        putIfSet(node, "description", c.description());
        CostParts costs = c.costs();
        ObjectNode costNode = node.putObject("costs");
        costNode.put("tuition", costs.tuition());
        costNode.put("exam", costs.exam());
        costNode.put("materials", costs.materials());
        costNode.put("renewal", costs.renewal());
        if (costs.renewalPeriodMonths() != null) {
            costNode.put("renewalPeriodMonths", costs.renewalPeriodMonths());
        }
        costNode.put("currency", costs.currency());
        node.put("effortHours", c.effortHours());
        if (c.fixedDurationWeeks() != null) {
            node.put("fixedDurationWeeks", c.fixedDurationWeeks());
        }
        node.put("format", c.format().name());
        node.put("pacing", c.pacing().name());
        ObjectNode quality = node.putObject("quality");
        putIfSet(quality, "accreditationBody", c.quality().accreditationBody());
        putIfSet(quality, "curriculumStandard", c.quality().curriculumStandard());
        quality.put("instructorExpertise", c.quality().instructorExpertise());
        quality.put("careerSupport", c.quality().careerSupport());
        if (c.credits() != null) {
            ObjectNode credits = node.putObject("credits");
            credits.put("amount", c.credits().amount());
            credits.put("unit", c.credits().unit().name());
            putIfSet(credits, "stacksInto", c.credits().stacksInto());
        }
        node.put("badgeStandard", c.badgeStandard().name());
        if (c.validityMonths() != null) {
            node.put("validityMonths", c.validityMonths());
        }
        if (c.eqfLevel() != null) {
            node.put("eqfLevel", c.eqfLevel());
        }
        putIfSet(node, "url", c.url());
        putIfSet(node, "drawbacks", c.drawbacks());
        putIfSet(node, "source", c.provenance().source());
        putIfSet(node, "lastVerified", c.provenance().lastVerified() == null ? null
                : c.provenance().lastVerified().toString());
        node.put("origin", c.origin().name());
        putIfSet(node, "externalId", c.externalId());
        node.set("skills", skills(c.skills()));
        ArrayNode recognition = node.putArray("recognition");
        for (Recognition r : c.recognition()) {
            ObjectNode rn = recognition.addObject();
            rn.put("industry", r.industry());
            rn.put("level", r.level());
            putIfSet(rn, "evidence", r.evidence());
        }
        ArrayNode facts = node.putArray("facts");
        for (CredentialFact f : entry.facts()) {
            ObjectNode fn = facts.addObject();
            fn.put("field", f.field());
            fn.put("source", f.source());
            putIfSet(fn, "lastVerified", f.lastVerified() == null ? null : f.lastVerified().toString());
            putIfSet(fn, "flag", f.flag());
        }
        return node;
    }

    static CatalogEntry credential(JsonAt at) {
        at.requireObject();
        JsonAt costs = at.object("costs");
        CostParts costParts = guard(costs, () -> new CostParts(costs.decimal("tuition", BoundedNumbers.MONEY), costs.decimal("exam", BoundedNumbers.MONEY),
                costs.decimal("materials", BoundedNumbers.MONEY), costs.decimal("renewal", BoundedNumbers.MONEY), costs.integer("renewalPeriodMonths", BoundedNumbers.MONTHS),
                costs.requiredText("currency")));
        JsonAt quality = at.child("quality");
        Quality qualityValue = quality.isAbsent() ? new Quality(null, null, 0, 0) : guard(quality.requireObject(),
                () -> new Quality(quality.text("accreditationBody"), quality.text("curriculumStandard"),
                        quality.integer("instructorExpertise", BoundedNumbers.LEVEL, 0), quality.integer("careerSupport", BoundedNumbers.LEVEL, 0)));
        JsonAt credits = at.child("credits");
        Credits creditsValue = credits.isAbsent() ? null : guard(credits.requireObject(),
                () -> new Credits(credits.requiredDecimal("amount", BoundedNumbers.CREDITS),
                        credits.enumValue("unit", CreditUnit.class, null), credits.text("stacksInto")));
        List<Recognition> recognition = new ArrayList<>();
        for (JsonAt r : at.array("recognition")) {
            r.requireObject();
            recognition.add(guard(r, () -> new Recognition(r.requiredText("industry"), r.integer("level", BoundedNumbers.LEVEL, 0),
                    r.text("evidence"))));
        }
        List<CredentialFact> facts = new ArrayList<>();
        for (JsonAt f : at.array("facts")) {
            f.requireObject();
            facts.add(guard(f, () -> new CredentialFact(f.requiredText("field"), f.requiredText("source"),
                    f.date("lastVerified"), f.text("flag"))));
        }
        Credential credential = guard(at, () -> new Credential(at.requiredUuid("id"), at.requiredText("title"),
                at.uuid("providerId"), null, at.enumValue("kind", CredentialKind.class, null), at.text("description"),
                costParts, at.integer("effortHours", BoundedNumbers.EFFORT_HOURS, 0), at.integer("fixedDurationWeeks", BoundedNumbers.WEEKS),
                at.enumValue("format", DeliveryFormat.class, null), at.enumValue("pacing", Pacing.class, null),
                qualityValue, creditsValue, at.enumValue("badgeStandard", BadgeStandard.class, BadgeStandard.NONE),
                at.integer("validityMonths", BoundedNumbers.MONTHS), eqf(at), at.text("url"), at.text("drawbacks"),
                new Provenance(at.text("source"), at.date("lastVerified")),
                at.enumValue("origin", Origin.class, Origin.IMPORT), at.text("externalId"), skills(at, "skills"),
                recognition, 0));
        return new CatalogEntry(credential, facts);
    }

    private static Integer eqf(JsonAt at) {
        Integer level = at.integer("eqfLevel", BoundedNumbers.LEVEL);
        if (level != null && (level < 1 || level > 8)) {
            throw at.child("eqfLevel").reject(ErrorText.of("error.plan.eqfLevel", level));
        }
        return level;
    }

    static ArrayNode skills(List<SkillRef> skills) {
        ArrayNode array = NODES.arrayNode();
        for (SkillRef s : skills) {
            ObjectNode sn = array.addObject();
            sn.put("label", s.label());
            putIfSet(sn, "uri", s.taxonomyUri());
        }
        return array;
    }

    static List<SkillRef> skills(JsonAt at, String name) {
        List<SkillRef> skills = new ArrayList<>();
        for (JsonAt s : at.array(name)) {
            s.requireObject();
            skills.add(guard(s, () -> new SkillRef(s.requiredText("label"), s.text("uri"))));
        }
        return skills;
    }

    static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /** Turns a domain rule broken by the file's values (a negative cost, level 7 of 5) into a rejection at that place. */
    static <T> T guard(JsonAt at, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw at.reject(e.getMessage() == null ? ErrorText.of("error.value.invalid") : ErrorText.plain(e.getMessage()));
        }
    }
}
