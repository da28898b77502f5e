package io.upskillplanner.exchange.plan;

import static io.upskillplanner.exchange.plan.Members.choice;
import static io.upskillplanner.exchange.plan.Members.date;
import static io.upskillplanner.exchange.plan.Members.guard;
import static io.upskillplanner.exchange.plan.Members.item;
import static io.upskillplanner.exchange.plan.Members.list;
import static io.upskillplanner.exchange.plan.Members.requiredNumber;
import static io.upskillplanner.exchange.plan.Members.requiredObject;
import static io.upskillplanner.exchange.plan.Members.requiredText;
import static io.upskillplanner.exchange.plan.Members.requiredUuid;
import static io.upskillplanner.exchange.plan.Members.uuid;
import static io.upskillplanner.exchange.plan.Members.whole;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CatalogEntry;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialFact;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.CreditUnit;
import io.upskillplanner.domain.Credits;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.exchange.plan.file.CostsJson;
import io.upskillplanner.exchange.plan.file.CredentialJson;
import io.upskillplanner.exchange.plan.file.CreditsJson;
import io.upskillplanner.exchange.plan.file.FactJson;
import io.upskillplanner.exchange.plan.file.ProviderJson;
import io.upskillplanner.exchange.plan.file.QualityJson;
import io.upskillplanner.exchange.plan.file.RecognitionJson;
import io.upskillplanner.exchange.plan.file.SkillJson;

/** Catalog entries and providers in the plan file: one mapping for writing and reading, so they stay symmetric. */
final class CatalogJson {

    private CatalogJson() {
    }

    static ProviderJson provider(Provider p) {
        return new ProviderJson(p.id().toString(), p.name(), p.type().name(), p.country(), p.url());
    }

    /** The provider {@code p}, which stands at {@code at}. */
    static Provider provider(ProviderJson p, JsonAt at) {
        String country = p.country();
        if (country != null && country.length() != 2) {
            throw at.child("country").reject(ErrorText.of("error.plan.country", country));
        }
        return new Provider(requiredUuid(at, "id", p.id()), requiredText(at, "name", p.name()),
                choice(at, "type", p.type(), ProviderType.class, ProviderType.OTHER), country, p.url(), 0);
    }

    static CredentialJson credential(CatalogEntry entry) {
        Credential c = entry.credential();
        CostParts costs = c.costs();
        Quality quality = c.quality();
        CreditsJson credits = c.credits() == null ? null
                : new CreditsJson(c.credits().amount(), c.credits().unit().name(), c.credits().stacksInto());
        List<RecognitionJson> recognition = c.recognition().stream()
                .map(r -> new RecognitionJson(r.industry(), r.level(), r.evidence())).toList();
        List<FactJson> facts = entry.facts().stream()
                .map(f -> new FactJson(f.field(), f.source(), Objects.toString(f.lastVerified(), null), f.flag())).toList();
        return new CredentialJson(c.id().toString(), c.title(), Objects.toString(c.providerId(), null), c.kind().name(),
                c.description(), new CostsJson(costs.tuition(), costs.exam(), costs.materials(), costs.renewal(),
                        costs.renewalPeriodMonths(), costs.currency()),
                c.effortHours(), c.fixedDurationWeeks(), c.format().name(), c.pacing().name(),
                new QualityJson(quality.accreditationBody(), quality.curriculumStandard(), quality.instructorExpertise(),
                        quality.careerSupport()),
                credits, c.badgeStandard().name(), c.validityMonths(), c.eqfLevel(), c.url(), c.drawbacks(),
                c.provenance().source(), Objects.toString(c.provenance().lastVerified(), null), c.origin().name(),
                c.externalId(), skills(c.skills()), recognition, facts);
    }

    /** The catalog entry {@code c}, which stands at {@code at}. */
    static CatalogEntry credential(CredentialJson c, JsonAt at) {
        CostsJson costs = requiredObject(at, "costs", c.costs());
        JsonAt costsAt = at.child("costs");
        CostParts costParts = guard(costsAt, () -> new CostParts(costs.tuition(), costs.exam(), costs.materials(),
                costs.renewal(), costs.renewalPeriodMonths(), requiredText(costsAt, "currency", costs.currency())));
        QualityJson quality = c.quality();
        Quality qualityValue = quality == null ? new Quality(null, null, 0, 0) : guard(at.child("quality"),
                () -> new Quality(quality.accreditationBody(), quality.curriculumStandard(),
                        whole(quality.instructorExpertise(), 0), whole(quality.careerSupport(), 0)));
        CreditsJson credits = c.credits();
        JsonAt creditsAt = at.child("credits");
        Credits creditsValue = credits == null ? null : guard(creditsAt,
                () -> new Credits(requiredNumber(creditsAt, "amount", credits.amount()),
                        choice(creditsAt, "unit", credits.unit(), CreditUnit.class, null), credits.stacksInto()));
        List<Recognition> recognition = new ArrayList<>();
        List<RecognitionJson> recognitionJson = list(c.recognition());
        for (int i = 0; i < recognitionJson.size(); i++) {
            RecognitionJson r = recognitionJson.get(i);
            JsonAt rAt = item(at, "recognition", i);
            recognition.add(guard(rAt, () -> new Recognition(requiredText(rAt, "industry", r.industry()),
                    whole(r.level(), 0), r.evidence())));
        }
        List<CredentialFact> facts = new ArrayList<>();
        List<FactJson> factsJson = list(c.facts());
        for (int i = 0; i < factsJson.size(); i++) {
            FactJson f = factsJson.get(i);
            JsonAt fAt = item(at, "facts", i);
            facts.add(guard(fAt, () -> new CredentialFact(requiredText(fAt, "field", f.field()),
                    requiredText(fAt, "source", f.source()), date(fAt, "lastVerified", f.lastVerified()), f.flag())));
        }
        Credential credential = guard(at, () -> new Credential(requiredUuid(at, "id", c.id()),
                requiredText(at, "title", c.title()), uuid(at, "providerId", c.providerId()), null,
                choice(at, "kind", c.kind(), CredentialKind.class, null), c.description(), costParts,
                whole(c.effortHours(), 0), c.fixedDurationWeeks(),
                choice(at, "format", c.format(), DeliveryFormat.class, null),
                choice(at, "pacing", c.pacing(), Pacing.class, null), qualityValue, creditsValue,
                choice(at, "badgeStandard", c.badgeStandard(), BadgeStandard.class, BadgeStandard.NONE),
                c.validityMonths(), eqf(at, c.eqfLevel()), c.url(), c.drawbacks(),
                new Provenance(c.source(), date(at, "lastVerified", c.lastVerified())),
                choice(at, "origin", c.origin(), Origin.class, Origin.IMPORT), c.externalId(),
                skills(c.skills(), at, "skills"), recognition, 0));
        return new CatalogEntry(credential, facts);
    }

    private static Integer eqf(JsonAt at, Integer level) {
        if (level != null && (level < 1 || level > 8)) {
            throw at.child("eqfLevel").reject(ErrorText.of("error.plan.eqfLevel", level));
        }
        return level;
    }

    static List<SkillJson> skills(List<SkillRef> skills) {
        return skills.stream().map(s -> new SkillJson(s.label(), s.taxonomyUri())).toList();
    }

    /** The skills of the array member {@code name} of the record at {@code at}. */
    static List<SkillRef> skills(List<SkillJson> skills, JsonAt at, String name) {
        List<SkillRef> refs = new ArrayList<>();
        List<SkillJson> items = list(skills);
        for (int i = 0; i < items.size(); i++) {
            SkillJson s = items.get(i);
            JsonAt sAt = item(at, name, i);
            refs.add(guard(sAt, () -> new SkillRef(requiredText(sAt, "label", s.label()), s.uri())));
        }
        return refs;
    }
}
