package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.CREDENTIAL_PREREQUISITE;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL_SKILL;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.decide.PlanInputs;
import io.upskillplanner.domain.decide.recommend.RecommendRequest;
import io.upskillplanner.domain.decide.recommend.SkillLabels;

/**
 * Loads what recommending a plan for a goal needs, with the catalogue pre-filtered in the
 * database: only credentials that teach a goal skill (by taxonomy URI, or by a label that
 * normalises to a goal skill's, see {@link SkillLabels}), the goal's own candidates, what the
 * person's badges prove, and the prerequisites of all of those. The domain filters exactly again;
 * this only keeps 100,000 entries from being read.
 */
public final class RecommendLoader {

    /** H2 and PostgreSQL take long IN lists, but not unbounded ones. */
    private static final int CHUNK = 1_000;

    private final Store store;

    public RecommendLoader(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public RecommendRequest load(UUID goalId, Set<UUID> excluded, LocalDate today) {
        PlanInputs inputs = store.plans().load(goalId);
        Set<UUID> earned = new HashSet<>();
        for (EarnedBadge badge : store.earnedBadges().list(inputs.profile().id())) {
            if (badge.credentialId() != null) {
                earned.add(badge.credentialId());
            }
        }
        Set<UUID> ids = new LinkedHashSet<>(teaching(inputs.goal().skills()));
        ids.addAll(earned);
        inputs.candidates().forEach(c -> ids.add(c.credential().id()));
        Map<UUID, Set<UUID>> prerequisites = prerequisitesOf(ids);
        List<Credential> catalogue = new ArrayList<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            catalogue.addAll(store.catalog().findAll(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return new RecommendRequest(inputs.profile(), inputs.goal(), catalogue, inputs.candidates(), earned,
                inputs.earnedSkills(), prerequisites, inputs.rates(), inputs.weights(), excluded, today);
    }

    public int catalogueSize() {
        return store.catalog().count();
    }

    /** Ids of credentials with a skill whose URI is a goal skill's or whose label normalises to one. */
    Set<UUID> teaching(List<GoalSkill> goalSkills) {
        if (goalSkills.isEmpty()) {
            return Set.of();
        }
        Set<String> wantedLabels = new HashSet<>();
        Set<String> wantedUris = new HashSet<>();
        for (GoalSkill skill : goalSkills) {
            wantedLabels.add(SkillLabels.normalise(skill.skill().label()));
            if (skill.skill().taxonomyUri() != null) {
                wantedUris.add(skill.skill().taxonomyUri());
            }
        }
        // Distinct labels are far fewer than rows: normalise those, then look the matching ones up.
        List<String> labels = new ArrayList<>();
        for (String label : store.dsl().selectDistinct(CREDENTIAL_SKILL.LABEL).from(CREDENTIAL_SKILL)
                .fetch(CREDENTIAL_SKILL.LABEL)) {
            if (wantedLabels.contains(SkillLabels.normalise(label))) {
                labels.add(label);
            }
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (int from = 0; from < Math.max(1, labels.size()); from += CHUNK) {
            List<String> chunk = labels.subList(Math.min(from, labels.size()), Math.min(labels.size(), from + CHUNK));
            ids.addAll(store.dsl().selectDistinct(CREDENTIAL_SKILL.CREDENTIAL_ID).from(CREDENTIAL_SKILL)
                    .where(CREDENTIAL_SKILL.LABEL.in(chunk).or(CREDENTIAL_SKILL.TAXONOMY_URI.in(wantedUris)))
                    .fetch(CREDENTIAL_SKILL.CREDENTIAL_ID));
        }
        return ids;
    }

    /** The prerequisite relation over the given credentials and, transitively, over what they require. */
    Map<UUID, Set<UUID>> prerequisitesOf(Set<UUID> ids) {
        Map<UUID, Set<UUID>> all = new HashMap<>();
        store.dsl().select(CREDENTIAL_PREREQUISITE.CREDENTIAL_ID, CREDENTIAL_PREREQUISITE.PREREQUISITE_ID)
                .from(CREDENTIAL_PREREQUISITE)
                .forEach(r -> all.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Map<UUID, Set<UUID>> needed = new HashMap<>();
        Deque<UUID> open = new ArrayDeque<>(ids);
        while (!open.isEmpty()) {
            UUID id = open.pop();
            Set<UUID> required = all.get(id);
            if (required != null && needed.putIfAbsent(id, required) == null) {
                for (UUID prerequisite : required) {
                    if (ids.add(prerequisite)) {
                        open.push(prerequisite);
                    }
                }
            }
        }
        return needed;
    }

    /** The credentials {@code credentialId} requires first, as recorded (not transitively). */
    public Set<UUID> prerequisitesOf(UUID credentialId) {
        return new HashSet<>(store.dsl().select(CREDENTIAL_PREREQUISITE.PREREQUISITE_ID).from(CREDENTIAL_PREREQUISITE)
                .where(CREDENTIAL_PREREQUISITE.CREDENTIAL_ID.eq(credentialId)).fetch(CREDENTIAL_PREREQUISITE.PREREQUISITE_ID));
    }

    /** Records that {@code credentialId} requires each of {@code prerequisiteIds} first. */
    public void savePrerequisites(UUID credentialId, Collection<UUID> prerequisiteIds) {
        for (UUID prerequisite : prerequisiteIds) {
            store.dsl().insertInto(CREDENTIAL_PREREQUISITE)
                    .set(CREDENTIAL_PREREQUISITE.CREDENTIAL_ID, credentialId)
                    .set(CREDENTIAL_PREREQUISITE.PREREQUISITE_ID, prerequisite)
                    .onDuplicateKeyIgnore().execute();
        }
    }
}
