package io.upskillplanner.domain.decide.recommend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.decide.CredentialCost;
import io.upskillplanner.domain.decide.CurrencyConverter;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.Scheduler;
import io.upskillplanner.domain.decide.StandaloneScore;
import io.upskillplanner.domain.decide.StudyWeeks;

/**
 * Turns a request and a set of limits into a {@link RecommendModel}: what the person holds is
 * taken out (its skills count as covered, at no cost), dropped and excluded credentials never
 * enter, the rest is pre-filtered to what teaches a goal skill plus its prerequisites, each
 * credential that cannot fit on its own is set aside with the reason, and an option that another
 * beats on every count (teaches a superset of its skills for no more money, effort or fixed weeks,
 * with at least its recognition and score) is dropped: no best plan needs it.
 */
final class ModelBuilder {

    /** Nobody studies more than this many credentials side by side; it bounds the parallel tables. */
    static final int MAX_SIDE_BY_SIDE = 12;

    /** The limits one model is built for: the request's own, or a what-if with one of them relaxed. */
    record Limits(Money budget, BigDecimal weeklyHours, LocalDate deadline) {
    }

    /** A credential that teaches a goal skill but could not enter the model, and why. */
    record SetAside(Credential credential, BitSet skills, Phrase reason) {
    }

    final RecommendRequest request;
    final Limits limits;
    final String currency;
    final List<GoalSkill> goalSkills;
    /** Per goal skill: its model skill index, or -1 when the person already holds it. */
    final int[] modelSkillOf;
    final List<String> modelSkillLabels = new ArrayList<>();
    final List<Integer> modelImportance = new ArrayList<>();
    final List<String> heldTitles = new ArrayList<>();
    /** Titles of the credentials the user excluded that would otherwise have been considered. */
    final List<String> excludedTitles = new ArrayList<>();
    final Set<String> missingRates = new java.util.TreeSet<>();
    final List<SetAside> setAside = new ArrayList<>();
    /** Model skills some available credential teaches, whatever it costs or takes. */
    final BitSet teachable = new BitSet();
    final List<Credential> considered = new ArrayList<>();
    final Map<UUID, BitSet> skillsOf = new HashMap<>();
    int heldImportance;
    int totalImportance;
    int budgetCents;
    int weeksAvailable;
    RecommendModel model;

    private final CurrencyConverter converter;
    /** Model skills by goal skill URI, by normalised label of goal skills without a URI, and by any label. */
    private Map<String, BitSet> byUri;
    private Map<String, BitSet> byLabelWithoutUri;
    private Map<String, BitSet> byLabel;
    /** Normalised labels by label: a catalogue repeats few distinct labels many times, and builds repeat. */
    private final Map<String, String> normalised;

    private ModelBuilder(RecommendRequest request, Limits limits, Map<String, String> normalised) {
        this.request = request;
        this.normalised = normalised;
        this.limits = limits;
        this.currency = request.profile().currency();
        this.converter = new CurrencyConverter(request.rates());
        this.goalSkills = request.goal().skills();
        this.modelSkillOf = new int[goalSkills.size()];
    }

    static Limits limitsOf(RecommendRequest request) {
        return new Limits(request.goal().effectiveBudget(request.profile()),
                request.goal().effectiveWeeklyHours(request.profile()), request.goal().deadline());
    }

    static ModelBuilder build(RecommendRequest request, Limits limits) {
        return build(request, limits, new HashMap<>());
    }

    /** @param normalised a cache of normalised labels, shared by the builds of one recommendation */
    static ModelBuilder build(RecommendRequest request, Limits limits, Map<String, String> normalised) {
        ModelBuilder builder = new ModelBuilder(request, limits, normalised);
        builder.build();
        return builder;
    }

    private void build() {
        if (limits.weeklyHours() == null || limits.weeklyHours().signum() <= 0) {
            throw new DomainRuleException("error.domain.weeklyHoursToPlan", limits.weeklyHours());
        }
        budgetCents = limits.budget() == null ? RecommendModel.NO_LIMIT
                : (int) Math.min(RecommendModel.NO_LIMIT, cents(converter.convert(limits.budget(), currency)));
        weeksAvailable = limits.deadline() == null ? RecommendModel.NO_LIMIT
                : (int) Math.floorDiv(ChronoUnit.DAYS.between(request.today(), limits.deadline()), 7);

        Map<UUID, Credential> byId = new LinkedHashMap<>();
        request.catalogue().forEach(c -> byId.putIfAbsent(c.id(), c));
        request.candidates().forEach(c -> byId.putIfAbsent(c.credential().id(), c.credential()));

        Set<UUID> held = new HashSet<>(request.earnedCredentialIds());
        Set<UUID> unavailable = new HashSet<>(request.excluded());
        request.candidates().forEach(c -> {
            if (c.candidate().status() == CandidateStatus.COMPLETED) {
                held.add(c.credential().id());
            } else if (c.candidate().status() == CandidateStatus.DROPPED) {
                unavailable.add(c.credential().id());
            }
        });
        List<SkillRef> heldSkills = new ArrayList<>(request.earnedSkills());
        for (UUID id : held) {
            Credential credential = byId.get(id);
            if (credential != null) {
                heldSkills.addAll(credential.skills());
                heldTitles.add(credential.title());
            }
        }
        heldTitles.sort(String.CASE_INSENSITIVE_ORDER);
        for (UUID id : request.excluded()) {
            Credential credential = byId.get(id);
            if (credential != null && !held.contains(id)) {
                excludedTitles.add(credential.title());
            }
        }
        excludedTitles.sort(String.CASE_INSENSITIVE_ORDER);

        for (int g = 0; g < goalSkills.size(); g++) {
            GoalSkill goalSkill = goalSkills.get(g);
            totalImportance += goalSkill.importance();
            if (teachesAny(heldSkills, goalSkill.skill())) {
                modelSkillOf[g] = -1;
                heldImportance += goalSkill.importance();
            } else {
                modelSkillOf[g] = modelSkillLabels.size();
                modelSkillLabels.add(goalSkill.skill().label());
                modelImportance.add(goalSkill.importance());
            }
        }

        // Pre-filter: what teaches a still-needed goal skill, then the prerequisites those need.
        Map<UUID, Credential> wanted = new LinkedHashMap<>();
        for (Credential credential : byId.values()) {
            if (held.contains(credential.id()) || unavailable.contains(credential.id())) {
                continue;
            }
            BitSet skills = modelSkills(credential);
            if (!skills.isEmpty()) {
                teachable.or(skills);
                skillsOf.put(credential.id(), skills);
                wanted.put(credential.id(), credential);
                considered.add(credential);
            }
        }
        Map<UUID, Phrase> blocked = new HashMap<>();
        Deque<Credential> open = new ArrayDeque<>(wanted.values());
        while (!open.isEmpty()) {
            Credential credential = open.pop();
            for (UUID prerequisite : request.prerequisites().getOrDefault(credential.id(), Set.of())) {
                if (held.contains(prerequisite) || wanted.containsKey(prerequisite)) {
                    continue;
                }
                Credential needed = byId.get(prerequisite);
                if (needed == null || unavailable.contains(prerequisite)) {
                    blocked.put(credential.id(), Phrase.of("recommend.out.prerequisite",
                            needed == null ? Phrase.of("recommend.unknownCredential") : Phrase.of("quoted", needed.title())));
                } else {
                    skillsOf.put(prerequisite, modelSkills(needed));
                    wanted.put(prerequisite, needed);
                    open.push(needed);
                }
            }
        }

        StandaloneScore scorer = new StandaloneScore(request.goal(), request.weights(),
                new Money(BigDecimal.valueOf(budgetCents == RecommendModel.NO_LIMIT ? Long.MAX_VALUE / 100 : budgetCents,
                        2), currency), limits.weeklyHours(), request.today());
        String industry = request.goal().targetIndustry() == null ? null : request.goal().targetIndustry().strip();
        Map<UUID, Candidate> candidates = new LinkedHashMap<>();
        for (Credential credential : wanted.values()) {
            if (blocked.containsKey(credential.id())) {
                continue;
            }
            if (!converter.canConvert(credential.costs().currency(), currency)) {
                missingRates.add(credential.costs().currency() + "→" + currency);
                blocked.put(credential.id(), Phrase.of("recommend.out.noRate", credential.costs().currency(), currency));
                continue;
            }
            long weeksAlone = Scheduler.weeksAlone(credential, limits.weeklyHours());
            LocalDate earliestFinish = request.today().plusWeeks(weeksAlone);
            Money total = converter.convert(CredentialCost.over(credential.costs(), earliestFinish, request.today(),
                    Recommender.HORIZON_MONTHS).total(), currency);
            long costCents = cents(total);
            if (weeksAlone > weeksAvailable) {
                blocked.put(credential.id(), Phrase.of("recommend.out.tooLong", weeksAlone, Math.max(0, weeksAvailable),
                        limits.deadline()));
                continue;
            }
            if (costCents > budgetCents) {
                long oneOffCents = cents(converter.convert(credential.costs().oneOff(), currency));
                blocked.put(credential.id(), oneOffCents <= budgetCents
                        ? Phrase.of("recommend.out.renewal", total.minus(converter.convert(credential.costs().oneOff(),
                                currency)), total, limits.budget())
                        : Phrase.of("recommend.out.overBudget", total, limits.budget()));
                continue;
            }
            int quality = scorer.of(credential, total, weeksAlone).points().setScale(0, RoundingMode.HALF_UP).intValue();
            int recognition = industry == null || industry.isEmpty() ? 0 : credential.recognitionIn(industry).level();
            candidates.put(credential.id(), new Candidate(credential, skillsOf.get(credential.id()), (int) costCents,
                    credential.effortHours(), credential.fixedDurationWeeks() == null ? 0 : credential.fixedDurationWeeks(),
                    recognition, Math.max(0, Math.min(100, quality))));
        }
        // A credential whose prerequisite was set aside cannot be planned either; repeat until nothing changes.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Candidate candidate : List.copyOf(candidates.values())) {
                for (UUID prerequisite : request.prerequisites().getOrDefault(candidate.credential.id(), Set.of())) {
                    if (!held.contains(prerequisite) && !candidates.containsKey(prerequisite)) {
                        Credential needed = byId.get(prerequisite);
                        blocked.put(candidate.credential.id(), Phrase.of("recommend.out.prerequisite",
                                needed == null ? Phrase.of("recommend.unknownCredential")
                                        : Phrase.of("quoted", needed.title())));
                        candidates.remove(candidate.credential.id());
                        changed = true;
                        break;
                    }
                }
            }
        }
        for (Credential credential : wanted.values()) {
            Phrase reason = blocked.get(credential.id());
            if (reason != null && !skillsOf.get(credential.id()).isEmpty()) {
                setAside.add(new SetAside(credential, skillsOf.get(credential.id()), reason));
            }
        }

        List<Candidate> kept = withoutDominated(candidates.values(), held);
        model = toModel(kept, held);
    }

    private List<Candidate> withoutDominated(java.util.Collection<Candidate> all, Set<UUID> held) {
        Set<UUID> inRelation = new HashSet<>();
        for (Candidate candidate : all) {
            Set<UUID> prerequisites = request.prerequisites().getOrDefault(candidate.credential.id(), Set.of());
            for (UUID p : prerequisites) {
                if (!held.contains(p)) {
                    inRelation.add(p);
                    inRelation.add(candidate.credential.id());
                }
            }
        }
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Candidate c) -> c.costCents).thenComparingInt(c -> c.effort)
                .thenComparingInt(c -> c.fixedWeeks).thenComparingInt(c -> -c.recognition)
                .thenComparingInt(c -> -c.quality).thenComparingInt(c -> -c.skills.cardinality())
                .thenComparing(c -> c.credential.id()));
        List<Candidate> kept = new ArrayList<>();
        List<Candidate> front = new ArrayList<>();
        for (Candidate candidate : sorted) {
            if (inRelation.contains(candidate.credential.id())) {
                kept.add(candidate);
                continue;
            }
            boolean dominated = false;
            for (Candidate better : front) {
                if (better.dominates(candidate)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                front.add(candidate);
                kept.add(candidate);
            }
        }
        return kept;
    }

    private RecommendModel toModel(List<Candidate> kept, Set<UUID> held) {
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            index.put(kept.get(i).credential.id(), i);
        }
        int shared = request.goal().scheduleMode() == ScheduleMode.SEQUENTIAL ? 1
                : Math.max(1, Math.min(MAX_SIDE_BY_SIDE, kept.size()));
        List<PlanOption> options = new ArrayList<>(kept.size());
        int[][] weeks = new int[kept.size()][];
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            List<Integer> prerequisites = new ArrayList<>();
            for (UUID p : request.prerequisites().getOrDefault(c.credential.id(), Set.of())) {
                if (!held.contains(p)) {
                    prerequisites.add(index.get(p));
                }
            }
            options.add(new PlanOption(c.credential, c.costCents, c.effort, c.fixedWeeks, c.skills.stream().toArray(),
                    c.recognition, c.quality, prerequisites.stream().mapToInt(Integer::intValue).toArray()));
            weeks[i] = new int[shared];
            for (int k = 1; k <= shared; k++) {
                weeks[i][k - 1] = (int) Math.min(RecommendModel.NO_LIMIT, StudyWeeks.of(c.effort,
                        c.credential.fixedDurationWeeks(), limits.weeklyHours(), k));
            }
        }
        return new RecommendModel(options, modelSkillLabels, modelImportance.stream().mapToInt(Integer::intValue)
                .toArray(), budgetCents, weeksAvailable, request.goal().scheduleMode(), weeks);
    }

    /**
     * The model skills a credential teaches, by the rule of {@link SkillLabels#matches} (URI when both
     * sides have one, else the normalised label), looked up from the credential's few skills rather
     * than tested against every goal skill: this runs once per catalogue entry.
     */
    private BitSet modelSkills(Credential credential) {
        if (byUri == null) {
            indexGoalSkills();
        }
        BitSet skills = new BitSet();
        for (SkillRef skill : credential.skills()) {
            String label = normalised.computeIfAbsent(skill.label(), SkillLabels::normalise);
            if (skill.taxonomyUri() != null) {
                orInto(skills, byUri.get(skill.taxonomyUri()));
                orInto(skills, byLabelWithoutUri.get(label));
            } else {
                orInto(skills, byLabel.get(label));
            }
        }
        return skills;
    }

    private void indexGoalSkills() {
        byUri = new HashMap<>();
        byLabelWithoutUri = new HashMap<>();
        byLabel = new HashMap<>();
        for (int g = 0; g < goalSkills.size(); g++) {
            if (modelSkillOf[g] < 0) {
                continue;
            }
            SkillRef wanted = goalSkills.get(g).skill();
            String label = normalised.computeIfAbsent(wanted.label(), SkillLabels::normalise);
            byLabel.computeIfAbsent(label, k -> new BitSet()).set(modelSkillOf[g]);
            if (wanted.taxonomyUri() != null) {
                byUri.computeIfAbsent(wanted.taxonomyUri(), k -> new BitSet()).set(modelSkillOf[g]);
            } else {
                byLabelWithoutUri.computeIfAbsent(label, k -> new BitSet()).set(modelSkillOf[g]);
            }
        }
    }

    private static void orInto(BitSet into, BitSet from) {
        if (from != null) {
            into.or(from);
        }
    }

    /** {@link SkillLabels#matches}, with each label normalised once. */
    private boolean teachesAny(List<SkillRef> taught, SkillRef wanted) {
        String wantedLabel = normalised.computeIfAbsent(wanted.label(), SkillLabels::normalise);
        for (SkillRef skill : taught) {
            if (wanted.taxonomyUri() != null && skill.taxonomyUri() != null) {
                if (wanted.taxonomyUri().equals(skill.taxonomyUri())) {
                    return true;
                }
            } else if (wantedLabel.equals(normalised.computeIfAbsent(skill.label(), SkillLabels::normalise))) {
                return true;
            }
        }
        return false;
    }

    /** Rounded up, so the solver's sums never come out below what the plan costs. */
    static long cents(Money money) {
        return money.amount().movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** An option before it gets its index. */
    private static final class Candidate {
        final Credential credential;
        final BitSet skills;
        final int costCents;
        final int effort;
        final int fixedWeeks;
        final int recognition;
        final int quality;

        Candidate(Credential credential, BitSet skills, int costCents, int effort, int fixedWeeks, int recognition,
                  int quality) {
            this.credential = credential;
            this.skills = skills;
            this.costCents = costCents;
            this.effort = effort;
            this.fixedWeeks = fixedWeeks;
            this.recognition = recognition;
            this.quality = quality;
        }

        boolean dominates(Candidate other) {
            if (costCents > other.costCents || effort > other.effort || fixedWeeks > other.fixedWeeks
                    || recognition < other.recognition || quality < other.quality) {
                return false;
            }
            BitSet missing = (BitSet) other.skills.clone();
            missing.andNot(skills);
            return missing.isEmpty();
        }
    }
}
