package io.upskillplanner.exchange.elm;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.exchange.BoundedNumbers;
import io.upskillplanner.exchange.CatalogImportPlan;
import io.upskillplanner.exchange.CountryCodes;
import io.upskillplanner.exchange.Excerpt;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importer;
import io.upskillplanner.exchange.IsoDurations;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.exchange.LinkedData;
import io.upskillplanner.exchange.ProviderResolver;
import io.upskillplanner.exchange.StrictJson;
import io.upskillplanner.store.Store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * European Digital Credentials (ELM v3 JSON-LD) to catalog entries: each claimed learning
 * achievement's specification becomes an entry with its ECTS credits, volume of learning, EQF
 * level, mode and related ESCO skills; the awarding body is the provider. A credential is issued
 * to a person: nothing about the person (name, birth date, e-mail, grade) is read or kept.
 */
public final class EdcImporter implements Importer {

    public static final String FORMAT_NAME = "European Digital Credential (ELM v3)";
    private static final Pattern EQF = Pattern.compile("/eqf/(\\d)$");

    @Override
    public String format() {
        return FORMAT_NAME;
    }

    @Override
    public boolean recognises(ImportFile file) {
        return StrictJson.looksLikeJson(file) && StrictJson.headContains(file, "\"EuropeanDigitalCredential\"");
    }

    @Override
    public ImportPlan plan(ImportFile file, ImportTarget target, Store store) {
        JsonNode root = StrictJson.parse(file);
        if (!root.isObject() || !LinkedData.types(root).contains("EuropeanDigitalCredential")) {
            throw new InputRejectedException(file.name(), JsonAt.at("/type"), ErrorText.of("error.edc.type"));
        }
        String credentialId = LinkedData.text(root.get("id"));
        if (credentialId == null) {
            throw new InputRejectedException(file.name(), JsonAt.at("/id"), ErrorText.of("error.edc.noId"));
        }
        JsonNode subject = root.get("credentialSubject");
        if (subject == null || !subject.isObject()) {
            throw new InputRejectedException(file.name(), JsonAt.at("/credentialSubject"),
                    ErrorText.of("error.json.notObject", JsonAt.describe(subject)));
        }
        List<JsonNode> claims = LinkedData.many(subject.get("hasClaim"));
        if (claims.isEmpty()) {
            throw new InputRejectedException(file.name(), JsonAt.at("/credentialSubject/hasClaim"),
                    ErrorText.of("error.edc.noClaim"));
        }
        ProviderResolver providers = new ProviderResolver(store);
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            String path = "/credentialSubject/hasClaim" + (subject.get("hasClaim").isArray() ? "/" + i : "");
            entries.add(new Claim(file, credentialId, path, claims.get(i), root.get("issuer"), providers).entry());
        }
        return new CatalogImportPlan(file, FORMAT_NAME, providers.created(), entries, store,
                List.of("Personal data of the credential's holder is not imported"));
    }

    /** One learning achievement of the credential and the facts read from it. */
    private static final class Claim {
        private final ImportFile file;
        private final String credentialId;
        private final String path;
        private final JsonNode claim;
        private final JsonNode issuer;
        private final ProviderResolver providers;
        private final Map<String, CredentialFact> facts = new LinkedHashMap<>();
        private final LocalDate today = LocalDate.now();

        Claim(ImportFile file, String credentialId, String path, JsonNode claim, JsonNode issuer,
              ProviderResolver providers) {
            this.file = file;
            this.credentialId = credentialId;
            this.path = path;
            this.claim = claim;
            this.issuer = issuer;
            this.providers = providers;
        }

        private void fact(String field, String relative, String flag) {
            facts.putIfAbsent(field, new CredentialFact(field, file.path().getFileName() + " " + path + relative
                    + " (" + credentialId + ")", today, flag));
        }

        CatalogEntry entry() {
            JsonNode spec = claim.path("specifiedBy");
            String specPath = "/specifiedBy";
            if (!spec.isObject()) {
                throw new InputRejectedException(file.name(), JsonAt.at(path + specPath),
                        ErrorText.of("error.edc.noSpecification"));
            }
            String title = LinkedData.text(spec.get("title"));
            if (title == null) {
                title = LinkedData.text(claim.get("title"));
            }
            if (title == null) {
                throw new InputRejectedException(file.name(), JsonAt.at(path + specPath + "/title"),
                        ErrorText.of("error.edc.noTitle"));
            }
            fact("title", specPath + "/title", null);
            List<String> parts = new ArrayList<>();
            String description = LinkedData.text(spec.get("description"));
            if (description != null) {
                parts.add(description);
                fact("description", specPath + "/description", null);
            }
            String entry = LinkedData.text(spec.path("entryRequirement").get("noteLiteral"));
            if (entry != null) {
                parts.add("Entry requirement: " + entry);
            }
            String setting = LinkedData.text(spec.path("learningSetting").get("prefLabel"));
            if (setting != null) {
                parts.add("Learning setting: " + setting + ".");
            }
            String maximum = LinkedData.text(spec.get("maximumDuration"));
            if (maximum != null) {
                parts.add("Maximum duration: " + maximum + ".");
            }

            Credits credits = null;
            JsonNode creditPoint = LinkedData.many(spec.get("creditPoint")).stream().findFirst().orElse(null);
            if (creditPoint != null) {
                String framework = String.valueOf(LinkedData.text(creditPoint.path("framework").get("prefLabel")));
                String point = LinkedData.text(creditPoint.get("point"));
                try {
                    BigDecimal amount = BoundedNumbers.parse(String.valueOf(point), BoundedNumbers.CREDITS);
                    CreditUnit unit = framework.toLowerCase(Locale.ROOT).contains("european credit")
                            || framework.toUpperCase(Locale.ROOT).contains("ECTS") ? CreditUnit.ECTS
                            : CreditUnit.CREDIT_HOURS;
                    credits = new Credits(amount, unit, null);
                    fact("credits", specPath + "/creditPoint/point", null);
                } catch (BoundedNumbers.RejectedNumber e) {
                    throw new InputRejectedException(file.name(), JsonAt.at(path + specPath + "/creditPoint/point"),
                            e.reason());
                } catch (NumberFormatException e) {
                    fact("credits", specPath + "/creditPoint/point", "the credit point " + Excerpt.quoted(point)
                            + " is not a number");
                }
            }

            int effortHours = 0;
            String volume = LinkedData.text(spec.get("volumeOfLearning"));
            if (volume != null) {
                try {
                    effortHours = IsoDurations.parse(volume).effortHours();
                    fact("effortHours", specPath + "/volumeOfLearning", null);
                } catch (BoundedNumbers.RejectedNumber e) {
                    throw new InputRejectedException(file.name(), JsonAt.at(path + specPath + "/volumeOfLearning"),
                            e.reason());
                } catch (IllegalArgumentException e) {
                    fact("effortHours", specPath + "/volumeOfLearning", e.getMessage());
                }
            }

            Integer eqfLevel = null;
            String eqfId = LinkedData.text(spec.path("eqfLevel").get("id"));
            if (eqfId != null) {
                Matcher m = EQF.matcher(eqfId);
                if (m.find() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 8) {
                    eqfLevel = Integer.parseInt(m.group(1));
                    fact("eqfLevel", specPath + "/eqfLevel", null);
                } else {
                    fact("eqfLevel", specPath + "/eqfLevel", Excerpt.quoted(eqfId) + " is not an EQF level 1 to 8");
                }
            }

            DeliveryFormat format = DeliveryFormat.ONLINE;
            String mode = LinkedData.text(spec.path("mode").get("prefLabel"));
            if (mode == null) {
                fact("format", specPath + "/mode", "no mode in the source; online assumed");
            } else {
                String m = mode.toLowerCase(Locale.ROOT);
                format = m.contains("blend") || m.contains("hybrid") ? DeliveryFormat.HYBRID
                        : m.contains("online") ? DeliveryFormat.ONLINE : DeliveryFormat.IN_PERSON;
                fact("format", specPath + "/mode", null);
            }

            List<SkillRef> skills = new ArrayList<>();
            Set<String> uris = new LinkedHashSet<>();
            List<JsonNode> outcomes = LinkedData.many(spec.get("learningOutcome"));
            for (int o = 0; o < outcomes.size(); o++) {
                for (JsonNode skill : LinkedData.many(outcomes.get(o).get("relatedESCOSkill"))) {
                    String uri = LinkedData.text(skill.get("id"));
                    String label = LinkedData.text(skill.get("prefLabel"));
                    if (label != null && uri != null && uris.add(uri) && label.length() <= 300) {
                        skills.add(new SkillRef(label, uri));
                    }
                }
                if (!LinkedData.many(outcomes.get(o).get("relatedESCOSkill")).isEmpty()) {
                    fact("skills", specPath + "/learningOutcome/" + o + "/relatedESCOSkill", null);
                }
            }

            Provider provider = provider();
            String specId = LinkedData.text(spec.get("id"));
            String externalId = credentialId + "#" + (specId == null ? path : specId);
            UUID id = UUID.nameUUIDFromBytes(("edc:" + externalId).getBytes(StandardCharsets.UTF_8));
            fact("pacing", "", "not stated in the source; self-paced assumed");
            Credential credential = new Credential(id, title, provider == null ? null : provider.id(),
                    provider == null ? null : provider.name(), CredentialKind.CERTIFICATE,
                    parts.isEmpty() ? null : String.join("\n\n", parts), CostParts.free("EUR"), effortHours, null,
                    format, Pacing.SELF_PACED, new Quality(null, null, 0, 0), credits, BadgeStandard.NONE, null,
                    eqfLevel, null, null, new Provenance(file.path().getFileName() + " (" + credentialId + ")", today),
                    Origin.IMPORT, externalId.length() > 1000 ? externalId.substring(0, 1000) : externalId, skills,
                    List.of(), 0);
            fact("costs", "", "no price in the source (an issued credential does not state what it cost)");
            return new CatalogEntry(credential, List.copyOf(facts.values()));
        }

        private Provider provider() {
            JsonNode body = claim.path("awardedBy").path("awardingBody");
            String relative = "/awardedBy/awardingBody";
            if (body.isArray()) {
                body = body.path(0);
                relative += "/0";
            }
            String fullPath = path + relative;
            if (!body.isObject() && issuer != null && issuer.isObject()) {
                body = issuer;
                fullPath = "/issuer";
            }
            String name = LinkedData.text(body.get("legalName"));
            if (name == null) {
                name = LinkedData.text(body.get("prefLabel"));
            }
            if (name == null) {
                return null;
            }
            facts.putIfAbsent("provider", new CredentialFact("provider", file.path().getFileName() + " " + fullPath
                    + " (" + credentialId + ")", today, null));
            String country = CountryCodes.toAlpha2(LinkedData.text(body.path("location").path("address")
                    .path("countryCode").get("notation")) == null ? null
                    : lastSegment(LinkedData.text(body.path("location").path("address").path("countryCode").get("id"))))
                    .orElse(null);
            String homepage = LinkedData.text(body.path("homepage").get("contentURL"));
            ProviderType type = name.toLowerCase(Locale.ROOT).matches(".*(universit|college|hochschule|école).*")
                    ? ProviderType.UNIVERSITY : ProviderType.OTHER;
            return providers.resolve(name, type, country, homepage);
        }

        private static String lastSegment(String uri) {
            return uri == null ? null : uri.substring(uri.lastIndexOf('/') + 1);
        }
    }
}
