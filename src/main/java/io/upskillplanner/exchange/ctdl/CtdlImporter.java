package io.upskillplanner.exchange.ctdl;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CatalogEntry;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialFact;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.exchange.BoundedNumbers;
import io.upskillplanner.exchange.CatalogImportPlan;
import io.upskillplanner.exchange.CountryCodes;
import io.upskillplanner.exchange.CurrencyNames;
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
 * Credential Engine CTDL JSON-LD (a credential node, or an "@graph" of them) to catalog entries.
 * Every figure taken keeps its source (the file, the JSON path, the CTID) and date; registry
 * placeholders ("*** … MISSING ***") and missing prices are flagged rather than shown.
 * Recognition from NAICS industries is level {@value #LISTED_LEVEL}: the issuer lists the
 * industry, which says nothing yet of how employers there regard it.
 */
public final class CtdlImporter implements Importer {

    public static final String FORMAT_NAME = "Credential Engine CTDL";
    static final int LISTED_LEVEL = 2;
    /** The preview lists this many notes on prerequisites, then counts the rest. */
    static final int NOTES_LISTED = 20;

    private static final Map<String, CredentialKind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("Certification", CredentialKind.CERTIFICATION);
        KINDS.put("Certificate", CredentialKind.CERTIFICATE);
        KINDS.put("CertificateOfCompletion", CredentialKind.CERTIFICATE);
        KINDS.put("ProficiencyCertificate", CredentialKind.CERTIFICATE);
        KINDS.put("MicroCredential", CredentialKind.CERTIFICATE);
        KINDS.put("License", CredentialKind.CERTIFICATION);
        KINDS.put("Badge", CredentialKind.BADGE);
        KINDS.put("DigitalBadge", CredentialKind.BADGE);
        KINDS.put("OpenBadge", CredentialKind.BADGE);
        KINDS.put("LearningProgram", CredentialKind.COURSE_SERIES);
        KINDS.put("Course", CredentialKind.COURSE_SERIES);
        KINDS.put("TrainingProgram", CredentialKind.COURSE_SERIES);
        KINDS.put("ApprenticeshipCertificate", CredentialKind.CERTIFICATE);
        KINDS.put("Degree", CredentialKind.DEGREE);
        KINDS.put("AssociateDegree", CredentialKind.DEGREE);
        KINDS.put("BachelorDegree", CredentialKind.DEGREE);
        KINDS.put("MasterDegree", CredentialKind.DEGREE);
        KINDS.put("DoctoralDegree", CredentialKind.DEGREE);
        KINDS.put("Diploma", CredentialKind.CERTIFICATE);
        KINDS.put("Credential", CredentialKind.CERTIFICATE);
    }

    private static final Pattern TYPE_IN_HEAD;

    static {
        TYPE_IN_HEAD = Pattern.compile("\"ceterms:(" + String.join("|", KINDS.keySet()) + ")\"");
    }

    @Override
    public String format() {
        return FORMAT_NAME;
    }

    @Override
    public boolean recognises(ImportFile file) {
        if (!StrictJson.looksLikeJson(file) || !StrictJson.headContains(file, "ceterms:")) {
            return false;
        }
        int length = Math.min(file.content().length, 64 * 1024);
        return TYPE_IN_HEAD.matcher(new String(file.content(), 0, length, StandardCharsets.UTF_8)).find();
    }

    @Override
    public ImportPlan plan(ImportFile file, ImportTarget target, Store store) {
        JsonNode root = StrictJson.parse(file);
        if (!root.isObject()) {
            throw new InputRejectedException(file.name(), JsonAt.at(""), ErrorText.of("error.ctdl.notObject"));
        }
        Map<String, JsonNode> byId = new HashMap<>();
        List<Map.Entry<String, JsonNode>> credentials = new ArrayList<>();
        if (kind(root) != null) {
            credentials.add(Map.entry("", root));
        }
        JsonNode graph = root.get("@graph");
        if (graph != null) {
            if (!graph.isArray()) {
                throw new InputRejectedException(file.name(), JsonAt.at("/@graph"), ErrorText.of("error.ctdl.graphNotArray"));
            }
            for (int i = 0; i < graph.size(); i++) {
                JsonNode node = graph.get(i);
                if (node.has("@id") && node.get("@id").isTextual()) {
                    byId.put(node.get("@id").textValue(), node);
                }
                if (kind(node) != null) {
                    credentials.add(Map.entry("/@graph/" + i, node));
                }
            }
        }
        if (credentials.isEmpty()) {
            throw new InputRejectedException(file.name(), JsonAt.at("/@type"), ErrorText.of("error.ctdl.noCredential",
                    "ceterms:Certification, ceterms:Certificate, ceterms:Badge, ceterms:LearningProgram, ceterms:Course"));
        }
        ProviderResolver providers = new ProviderResolver(store);
        List<CatalogEntry> entries = new ArrayList<>();
        List<Mapping> mappings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> c : credentials) {
            Mapping mapping = new Mapping(file, c.getKey(), c.getValue(), byId, providers);
            try {
                entries.add(mapping.entry());
            } catch (DomainRuleException e) {
                // A value the credential record refuses: named at the credential, in the user's language.
                throw mapping.reject("", e.text());
            }
            mappings.add(mapping);
            long flagged = mapping.facts.values().stream().filter(CredentialFact::isFlagged).count();
            if (flagged > 0) {
                notes.add("'" + mapping.title + "': " + flagged + " value" + (flagged == 1 ? "" : "s")
                        + " flagged (placeholders or missing prices), not shown as facts");
            }
        }
        List<CatalogImportPlan.Requirement> requirements = requirements(mappings, entries, byId, store, notes);
        return new CatalogImportPlan(file, FORMAT_NAME, providers.created(), entries, store, notes, requirements);
    }

    /**
     * The prerequisite pairs the file's conditions name, each target looked up first in this file
     * and then in the catalogue (by external id, or by the id a CTDL import derives from the CTID).
     * A target found in neither is kept as a flagged fact of the credential and a note, never a
     * failure; advice (preparation, recommendation) and requirements that are not credentials are
     * reported, not enforced.
     */
    private static List<CatalogImportPlan.Requirement> requirements(List<Mapping> mappings, List<CatalogEntry> entries,
                                                                    Map<String, JsonNode> byId, Store store,
                                                                    List<String> notes) {
        Map<String, UUID> known = new HashMap<>();
        for (Mapping mapping : mappings) {
            for (String key : mapping.keys()) {
                known.putIfAbsent(key, mapping.id);
            }
        }
        Map<Mapping, CtdlConditions> conditions = new LinkedHashMap<>();
        Set<String> elsewhere = new LinkedHashSet<>();
        for (Mapping mapping : mappings) {
            CtdlConditions read = CtdlConditions.of(mapping.node, byId);
            conditions.put(mapping, read);
            read.links.forEach(link -> link.keys().stream().filter(k -> !known.containsKey(k)).forEach(elsewhere::add));
        }
        if (!elsewhere.isEmpty()) {
            known.putAll(store.catalog().idsByExternalId(elsewhere));
            Map<UUID, String> derived = new HashMap<>();
            elsewhere.forEach(key -> derived.putIfAbsent(idOf(key), key));
            for (UUID id : store.transfer().existingCredentialIds(derived.keySet())) {
                known.putIfAbsent(derived.get(id), id);
            }
        }
        Set<CatalogImportPlan.Requirement> requirements = new LinkedHashSet<>();
        List<String> prerequisiteNotes = new ArrayList<>();
        for (int m = 0; m < mappings.size(); m++) {
            Mapping mapping = mappings.get(m);
            CtdlConditions read = conditions.get(mapping);
            List<CredentialFact> missing = new ArrayList<>();
            int advice = 0;
            for (CtdlConditions.Link link : read.links) {
                UUID target = link.keys().stream().map(known::get).filter(java.util.Objects::nonNull).findFirst()
                        .orElse(null);
                if (link.direction() == CtdlConditions.Direction.ADVISES) {
                    advice++;
                } else if (target == null) {
                    String what = link.direction() == CtdlConditions.Direction.NEEDS ? "requires " : "is required for ";
                    missing.add(new CredentialFact(Mapping.clip("prerequisite:" + link.keys().iterator().next(), 60),
                            mapping.source(link.path()), mapping.verified, Mapping.clip(what + link.described()
                                    + ", which is neither in this file nor in the catalogue; not used as a prerequisite "
                                    + "until it is imported and this file is imported again", 500)));
                    prerequisiteNotes.add("'" + mapping.title + "' " + what + link.described() + " (at " + mapping.path
                            + link.path() + "), which is neither in this file nor in the catalogue: not recorded");
                } else if (!target.equals(mapping.id)) {
                    requirements.add(link.direction() == CtdlConditions.Direction.NEEDS
                            ? new CatalogImportPlan.Requirement(mapping.id, target)
                            : new CatalogImportPlan.Requirement(target, mapping.id));
                }
            }
            if (advice > 0) {
                prerequisiteNotes.add("'" + mapping.title + "' names " + advice + " credential" + (advice == 1 ? "" : "s")
                        + " as preparation or recommendation: advice, not recorded as a requirement");
            }
            for (CtdlConditions.Unplannable u : read.unplannable) {
                prerequisiteNotes.add("'" + mapping.title + "' requires " + u.what() + "(at " + mapping.path + u.path()
                        + "): not a catalogue credential, so the recommendation cannot plan it");
            }
            for (String path : read.alternatives) {
                prerequisiteNotes.add("'" + mapping.title + "' offers alternative conditions (at " + mapping.path + path
                        + "): \"one of\" is not recorded as a requirement");
            }
            if (!missing.isEmpty()) {
                List<CredentialFact> facts = new ArrayList<>(entries.get(m).facts());
                missing.stream().filter(f -> facts.stream().noneMatch(g -> g.field().equals(f.field())))
                        .forEach(facts::add);
                entries.set(m, new CatalogEntry(entries.get(m).credential(), facts));
            }
        }
        prerequisiteNotes.stream().limit(NOTES_LISTED).forEach(notes::add);
        if (prerequisiteNotes.size() > NOTES_LISTED) {
            notes.add("… and " + (prerequisiteNotes.size() - NOTES_LISTED) + " more notes on prerequisites");
        }
        if (!requirements.isEmpty()) {
            notes.add(requirements.size() + " prerequisite" + (requirements.size() == 1 ? "" : "s")
                    + " recorded from the conditions (requires, prerequisite, isRequiredFor)");
        }
        return List.copyOf(requirements);
    }

    /** The id a CTDL import gives the credential with this CTID (or, lacking one, this @id). */
    static UUID idOf(String ctid) {
        return UUID.nameUUIDFromBytes(("ctdl:" + ctid).getBytes(StandardCharsets.UTF_8));
    }

    static CredentialKind kind(JsonNode node) {
        for (String type : LinkedData.types(node)) {
            String local = type.startsWith("ceterms:") ? type.substring("ceterms:".length()) : null;
            if (local != null && KINDS.containsKey(local)) {
                return KINDS.get(local);
            }
        }
        return null;
    }

    /** The mapping of one credential node, collecting the facts as it goes. */
    private static final class Mapping {
        private final ImportFile file;
        private final String path;
        private final JsonNode node;
        private final Map<String, JsonNode> byId;
        private final ProviderResolver providers;
        private final Map<String, CredentialFact> facts = new LinkedHashMap<>();
        private final String ctid;
        private final UUID id;
        private final LocalDate verified;
        private String title;

        Mapping(ImportFile file, String path, JsonNode node, Map<String, JsonNode> byId, ProviderResolver providers) {
            this.file = file;
            this.path = path;
            this.node = node;
            this.byId = byId;
            this.providers = providers;
            String id = LinkedData.text(node.get("ceterms:ctid"));
            if (id == null) {
                id = LinkedData.text(node.get("@id"));
            }
            if (id == null) {
                throw reject("", ErrorText.of("error.ctdl.noId"));
            }
            this.ctid = id;
            this.id = idOf(id);
            this.verified = dateModified();
        }

        /** What other nodes' conditions may call this one: its CTID, its @id, the CTID inside the @id. */
        Set<String> keys() {
            return CtdlConditions.keysOf(ctid, LinkedData.text(node.get("@id")));
        }

        private LocalDate dateModified() {
            for (String key : List.of("ceterms:dateModified", "ceasn:dateModified", "ceterms:dateEffective")) {
                String value = LinkedData.text(node.get(key));
                if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    return LocalDate.parse(value.substring(0, 10));
                }
            }
            return LocalDate.now();
        }

        InputRejectedException reject(String relative, ErrorText reason) {
            return new InputRejectedException(file.name(), JsonAt.at(path + relative), reason);
        }

        private String source(String relative) {
            return file.path().getFileName() + " " + (path + relative) + " (CTID " + ctid + ")";
        }

        private void fact(String field, String relative, String flag) {
            String key = field.length() > 60 ? field.substring(0, 60) : field;
            facts.putIfAbsent(key, new CredentialFact(key, source(relative), verified, flag));
        }

        private void note(String field, String relative, String suffix) {
            String key = field.length() > 60 ? field.substring(0, 60) : field;
            facts.putIfAbsent(key, new CredentialFact(key, source(relative) + suffix, verified, null));
        }

        /** A text that is not a placeholder; a placeholder is flagged under the field and read as absent. */
        private String text(JsonNode value, String field, String relative) {
            String text = LinkedData.text(value);
            if (LinkedData.isPlaceholder(text)) {
                fact(field, relative, "placeholder in the source, not a fact: " + Excerpt.of(text.strip()));
                return null;
            }
            return text;
        }

        CatalogEntry entry() {
            title = text(node.get("ceterms:name"), "title", "/ceterms:name");
            if (title == null) {
                throw reject("/ceterms:name", ErrorText.of("error.ctdl.noName"));
            }
            fact("title", "/ceterms:name", null);
            CredentialKind kind = kind(node);

            Provider provider = provider();
            String description = text(node.get("ceterms:description"), "description", "/ceterms:description");
            if (description != null) {
                fact("description", "/ceterms:description", null);
            }
            List<String> occupations = occupations();
            if (!occupations.isEmpty()) {
                description = (description == null ? "" : description + "\n\n") + "Occupations (SOC): "
                        + String.join("; ", occupations) + ".";
            }

            CostParts costs = costs();
            int[] effort = duration();
            Quality quality = quality();
            List<Recognition> recognition = industries();
            List<SkillRef> skills = new ArrayList<>();
            Set<String> labels = new LinkedHashSet<>();
            List<JsonNode> subjects = LinkedData.many(node.get("ceterms:subject"));
            for (int i = 0; i < subjects.size(); i++) {
                String label = text(subjects.get(i).get("ceterms:targetNodeName"), "skill." + i,
                        "/ceterms:subject/" + i);
                if (label != null && labels.add(label.toLowerCase(Locale.ROOT)) && label.length() <= 300) {
                    skills.add(SkillRef.of(label));
                }
            }
            DeliveryFormat format = format();
            String url = LinkedData.text(node.get("ceterms:subjectWebpage"));
            if (url != null) {
                fact("url", "/ceterms:subjectWebpage", null);
            }
            fact("pacing", "", "not stated in the source; self-paced assumed");
            Credential credential = new Credential(id, clip(title, 500), provider == null ? null : provider.id(),
                    provider == null ? null : provider.name(), kind, clip(description, 20000), costs, effort[0],
                    effort[1] > 0 ? effort[1] : null, format, Pacing.SELF_PACED, quality, null, BadgeStandard.NONE,
                    null, null, clip(url, 1000), null,
                    new Provenance(clip(file.path().getFileName() + " (CTID " + ctid + ")", 1000), verified),
                    Origin.IMPORT, clip(ctid, 1000), skills, recognition, 0);
            return new CatalogEntry(credential, List.copyOf(facts.values()));
        }

        private Provider provider() {
            for (String key : List.of("ceterms:offeredBy", "ceterms:ownedBy")) {
                List<JsonNode> agents = LinkedData.many(node.get(key));
                for (int i = 0; i < agents.size(); i++) {
                    JsonNode agent = resolve(agents.get(i));
                    String name = LinkedData.text(agent.get("ceterms:name"));
                    if (name != null && !LinkedData.isPlaceholder(name)) {
                        fact("provider", "/" + key + "/" + i, null);
                        return providers.resolve(name, providerType(agent), country(agent),
                                clip(LinkedData.text(agent.get("ceterms:subjectWebpage")), 1000));
                    }
                }
            }
            fact("provider", "", "no provider (offeredBy, ownedBy) with a name in the source");
            return null;
        }

        private JsonNode resolve(JsonNode reference) {
            if (reference.isTextual() && byId.containsKey(reference.textValue())) {
                return byId.get(reference.textValue());
            }
            if (reference.isObject() && reference.size() == 1 && reference.has("@id")
                    && byId.containsKey(reference.get("@id").asText())) {
                return byId.get(reference.get("@id").asText());
            }
            return reference;
        }

        private static ProviderType providerType(JsonNode agent) {
            if (LinkedData.types(agent).contains("ceterms:QACredentialOrganization")) {
                return ProviderType.INDUSTRY_BODY;
            }
            for (JsonNode type : LinkedData.many(agent.get("ceterms:agentType"))) {
                String target = String.valueOf(LinkedData.text(type.get("ceterms:targetNode")))
                        + LinkedData.text(type.get("ceterms:targetNodeName"));
                if (target.matches("(?i).*(FourYear|TwoYear|University|College).*")) {
                    return ProviderType.UNIVERSITY;
                }
            }
            return ProviderType.OTHER;
        }

        private static String country(JsonNode agent) {
            for (String key : List.of("ceterms:address", "ceterms:availableAt")) {
                for (JsonNode address : LinkedData.many(agent.get(key))) {
                    Optional<String> code = CountryCodes.toAlpha2(LinkedData.text(address.get("ceterms:addressCountry")));
                    if (code.isPresent()) {
                        return code.get();
                    }
                }
            }
            return null;
        }

        private CostParts costs() {
            BigDecimal[] parts = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            String[] currency = {null};
            List<JsonNode> profiles = LinkedData.many(node.get("ceterms:estimatedCost"));
            for (int i = 0; i < profiles.size(); i++) {
                cost(profiles.get(i), "/ceterms:estimatedCost/" + i, false, parts, currency);
            }
            List<JsonNode> renewals = LinkedData.many(node.get("ceterms:renewal"));
            boolean renews = !renewals.isEmpty();
            for (int r = 0; r < renewals.size(); r++) {
                List<JsonNode> renewalCosts = LinkedData.many(renewals.get(r).get("ceterms:estimatedCost"));
                for (int i = 0; i < renewalCosts.size(); i++) {
                    cost(renewalCosts.get(i), "/ceterms:renewal/" + r + "/ceterms:estimatedCost/" + i, true, parts,
                            currency);
                }
            }
            Integer renewalMonths = null;
            String frequency = LinkedData.text(node.get("ceterms:renewalFrequency"));
            if (frequency != null) {
                try {
                    renewalMonths = IsoDurations.months(frequency);
                    fact("costs.renewalPeriod", "/ceterms:renewalFrequency", null);
                } catch (BoundedNumbers.RejectedNumber e) {
                    throw reject("/ceterms:renewalFrequency", e.reason());
                } catch (IllegalArgumentException e) {
                    fact("costs.renewalPeriod", "/ceterms:renewalFrequency", e.getMessage());
                }
            } else if (renews) {
                fact("costs.renewalPeriod", "/ceterms:renewal", "renewal is required but its period is not given "
                        + "in a structured field (ceterms:renewalFrequency)");
            }
            return new CostParts(parts[0], parts[1], parts[2], parts[3], renewalMonths,
                    currency[0] == null ? "USD" : currency[0]);
        }

        private void cost(JsonNode profile, String relative, boolean renewal, BigDecimal[] parts, String[] currency) {
            int part = renewal ? 3 : part(profile);
            String field = "costs." + List.of("tuition", "exam", "materials", "renewal").get(part);
            text(profile.get("ceterms:description"), field + ".description", relative + "/ceterms:description");
            JsonNode price = profile.get("ceterms:price");
            BigDecimal amount = null;
            try {
                if (price != null && price.isNumber()) {
                    amount = BoundedNumbers.check(price.decimalValue(), BoundedNumbers.MONEY);
                } else if (price != null && price.isTextual()) {
                    amount = BoundedNumbers.parse(price.textValue().strip().replace(",", ""), BoundedNumbers.MONEY);
                }
            } catch (BoundedNumbers.RejectedNumber e) {
                throw reject(relative + "/ceterms:price", e.reason());
            } catch (NumberFormatException e) {
                fact(field, relative + "/ceterms:price", "the price " + Excerpt.quoted(price.textValue())
                        + " is not a number");
                return;
            }
            if (amount == null) {
                String details = LinkedData.text(profile.get("ceterms:costDetails"));
                fact(field, relative, "no price in the source" + (details == null ? "" : "; see " + details));
                return;
            }
            if (amount.signum() < 0) {
                fact(field, relative + "/ceterms:price", "negative price " + amount.toPlainString() + " ignored");
                return;
            }
            String currencyText = LinkedData.text(profile.get("ceterms:currency"));
            Optional<String> code = CurrencyNames.toCode(currencyText);
            if (code.isEmpty()) {
                fact(field, relative + "/ceterms:currency", "the currency " + Excerpt.quoted(currencyText)
                        + " is not an ISO 4217 code or a known currency name; the price is not used");
                return;
            }
            if (currency[0] != null && !currency[0].equals(code.get())) {
                fact(field, relative + "/ceterms:currency", "in " + code.get() + " while the other costs are in "
                        + currency[0] + "; not added");
                return;
            }
            currency[0] = code.get();
            parts[part] = parts[part].add(amount);
            fact(field, relative + "/ceterms:price", null);
        }

        private static int part(JsonNode profile) {
            for (JsonNode type : LinkedData.many(profile.get("ceterms:directCostType"))) {
                String target = String.valueOf(LinkedData.text(type.get("ceterms:targetNode")))
                        + LinkedData.text(type.get("ceterms:targetNodeName"));
                if (target.matches("(?i).*(Assessment|Exam|Test|Application).*")) {
                    return 1;
                }
                if (target.matches("(?i).*(LearningResource|Material|Book|Technology|Equipment|Supplies).*")) {
                    return 2;
                }
            }
            return 0;
        }

        /** Effort hours and fixed weeks from the first estimated duration that parses. */
        private int[] duration() {
            List<JsonNode> durations = LinkedData.many(node.get("ceterms:estimatedDuration"));
            for (int i = 0; i < durations.size(); i++) {
                for (String key : List.of("ceterms:exactDuration", "ceterms:minimumDuration", "ceterms:maximumDuration")) {
                    String value = LinkedData.text(durations.get(i).get(key));
                    if (value == null) {
                        continue;
                    }
                    String relative = "/ceterms:estimatedDuration/" + i + "/" + key;
                    try {
                        IsoDurations.Span span = IsoDurations.parse(value);
                        if (span.hours() > 0) {
                            note("effortHours", relative, " (" + value.strip() + ")");
                        } else {
                            note("effortHours", relative, " (" + value.strip() + "; estimated at "
                                    + IsoDurations.ASSUMED_HOURS_PER_WEEK + " hours per week)");
                        }
                        if (span.weeks() > 0) {
                            note("fixedDurationWeeks", relative, " (" + value.strip() + ")");
                        }
                        return new int[] {span.effortHours(), span.weeks()};
                    } catch (BoundedNumbers.RejectedNumber e) {
                        throw reject(relative, e.reason());
                    } catch (IllegalArgumentException e) {
                        fact("effortHours", relative, e.getMessage());
                    }
                }
            }
            fact("effortHours", "", "no estimated duration in the source");
            return new int[] {0, 0};
        }

        private Quality quality() {
            List<String> accredited = agents("ceterms:accreditedBy", "accreditation");
            if (!accredited.isEmpty()) {
                return new Quality(clip(String.join("; ", accredited), 500), null, 0, 0);
            }
            List<String> regulated = agents("ceterms:regulatedBy", "accreditation");
            if (!regulated.isEmpty()) {
                return new Quality(clip("Regulated by " + String.join("; ", regulated), 500), null, 0, 0);
            }
            return new Quality(null, null, 0, 0);
        }

        private List<String> agents(String key, String field) {
            List<String> names = new ArrayList<>();
            List<JsonNode> agents = LinkedData.many(node.get(key));
            for (int i = 0; i < agents.size(); i++) {
                String name = LinkedData.text(resolve(agents.get(i)).get("ceterms:name"));
                if (name != null && !LinkedData.isPlaceholder(name)) {
                    names.add(name);
                    fact(field, "/" + key + "/" + i, null);
                }
            }
            return names;
        }

        private List<Recognition> industries() {
            Map<String, List<String>> codesByIndustry = new LinkedHashMap<>();
            List<JsonNode> types = LinkedData.many(node.get("ceterms:industryType"));
            for (int i = 0; i < types.size(); i++) {
                String code = LinkedData.text(types.get(i).get("ceterms:codedNotation"));
                String label = LinkedData.text(types.get(i).get("ceterms:targetNodeName"));
                String relative = "/ceterms:industryType/" + i;
                addIndustry(codesByIndustry, code, label, relative);
            }
            List<JsonNode> naics = LinkedData.many(node.get("ceterms:naics"));
            for (int i = 0; i < naics.size(); i++) {
                addIndustry(codesByIndustry, LinkedData.text(naics.get(i)), null, "/ceterms:naics/" + i);
            }
            List<String> recognizedBy = new ArrayList<>();
            List<JsonNode> recognizers = LinkedData.many(node.get("ceterms:recognizedBy"));
            for (JsonNode r : recognizers) {
                String name = LinkedData.text(resolve(r).get("ceterms:name"));
                if (name != null) {
                    recognizedBy.add(name);
                }
            }
            List<Recognition> recognition = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : codesByIndustry.entrySet()) {
                String evidence = "Credential Engine record " + ctid + " lists NAICS " + String.join(", ", e.getValue())
                        + (recognizedBy.isEmpty() ? "" : "; recognized by " + String.join(", ", recognizedBy))
                        + ". Level " + LISTED_LEVEL + " means the issuer names this industry; raise it when you have "
                        + "evidence from employers.";
                recognition.add(new Recognition(clip(e.getKey(), 100), LISTED_LEVEL, clip(evidence, 4000)));
            }
            return recognition;
        }

        private void addIndustry(Map<String, List<String>> codesByIndustry, String code, String label,
                                 String relative) {
            Optional<String> industry = NaicsSectors.industry(code);
            if (industry.isEmpty()) {
                return;
            }
            String described = code.strip() + (label == null ? "" : " " + label.strip());
            List<String> codes = codesByIndustry.computeIfAbsent(industry.get(), k -> new ArrayList<>());
            if (codes.stream().noneMatch(c -> c.startsWith(code.strip()))) {
                codes.add(described);
            }
            fact("recognition:" + industry.get(), relative, null);
        }

        private List<String> occupations() {
            List<String> occupations = new ArrayList<>();
            List<JsonNode> types = LinkedData.many(node.get("ceterms:occupationType"));
            for (int i = 0; i < types.size(); i++) {
                String code = LinkedData.text(types.get(i).get("ceterms:codedNotation"));
                String name = LinkedData.text(types.get(i).get("ceterms:targetNodeName"));
                if (code == null && name == null) {
                    continue;
                }
                String described = (code == null ? "" : code + " ") + (name == null ? "" : name);
                occupations.add(described.strip());
                if (code != null) {
                    note("occupation:" + code, "/ceterms:occupationType/" + i, " (SOC " + described.strip() + ")");
                }
            }
            return occupations;
        }

        private DeliveryFormat format() {
            List<JsonNode> types = LinkedData.many(node.get("ceterms:deliveryType"));
            for (int i = 0; i < types.size(); i++) {
                String target = String.valueOf(LinkedData.text(types.get(i).get("ceterms:targetNode")))
                        + LinkedData.text(types.get(i).get("ceterms:targetNodeName"));
                String relative = "/ceterms:deliveryType/" + i;
                if (target.matches("(?i).*blended.*")) {
                    fact("format", relative, null);
                    return DeliveryFormat.HYBRID;
                }
                if (target.matches("(?i).*online.*")) {
                    fact("format", relative, null);
                    return DeliveryFormat.ONLINE;
                }
                if (target.matches("(?i).*(inperson|in person).*")) {
                    fact("format", relative, null);
                    return DeliveryFormat.IN_PERSON;
                }
            }
            fact("format", "", "not stated in the source; in person assumed");
            return DeliveryFormat.IN_PERSON;
        }

        static String clip(String text, int max) {
            return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }
    }
}
