package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.EARNED_BADGE;
import static io.upskillplanner.store.jooq.Tables.EARNED_BADGE_SKILL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.domain.decide.PlanInputs;
import io.upskillplanner.domain.decide.ScoringWeights;

/** Loads what evaluating a goal needs: the compare screen, the CLI and the report all start here. */
public final class PlanLoader {

    private final Store store;

    public PlanLoader(Store store) {
        this.store = store;
    }

    public PlanInputs load(UUID goalId) {
        Goal goal = store.goals().find(goalId)
                .orElseThrow(() -> new InputRejectedException(ErrorText.of("error.source.goalId", goalId), null,
                        ErrorText.of("error.store.goalMissing"), null));
        Profile profile = store.profiles().find(goal.profileId()).orElseThrow();
        return new PlanInputs(profile, goal, candidates(goal.id()), earnedSkills(profile.id()),
                store.exchangeRates().list(), weights(profile.id()));
    }

    /** The app-wide default weights (settings) overlaid with the profile's own. */
    public ScoringWeights weights(UUID profileId) {
        Map<String, BigDecimal> stored = new LinkedHashMap<>(store.settings().defaultWeights());
        stored.putAll(store.profiles().weights(profileId));
        return ScoringWeights.fromStored(stored);
    }

    /** A goal's candidates with their catalog entries, in plan order. */
    public List<CandidateWithCredential> candidates(UUID goalId) {
        List<Candidate> candidates = store.candidates().listForGoal(goalId);
        Map<UUID, Credential> credentials = store.catalog()
                .findAll(candidates.stream().map(Candidate::credentialId).toList()).stream()
                .collect(Collectors.toMap(Credential::id, Function.identity()));
        List<CandidateWithCredential> result = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Credential credential = credentials.get(candidate.credentialId());
            if (credential != null) {
                result.add(new CandidateWithCredential(candidate, credential));
            }
        }
        return result;
    }

    /**
     * The skills a profile's earned badges prove. A revoked badge, or one whose signature was found
     * forged, proves nothing; one that could not be checked offline still counts, as most do.
     */
    public List<SkillRef> earnedSkills(UUID profileId) {
        return store.dsl().select(EARNED_BADGE_SKILL.LABEL, EARNED_BADGE_SKILL.TAXONOMY_URI)
                .from(EARNED_BADGE_SKILL).join(EARNED_BADGE).on(EARNED_BADGE.ID.eq(EARNED_BADGE_SKILL.BADGE_ID))
                .where(EARNED_BADGE.PROFILE_ID.eq(profileId))
                .and(EARNED_BADGE.VERIFICATION.notIn(Verification.REVOKED.name(), Verification.INVALID_SIGNATURE.name()))
                .and(ProfileScope.of(store.dsl()).ofVisibleProfile(EARNED_BADGE.PROFILE_ID))
                .orderBy(EARNED_BADGE_SKILL.LABEL)
                .fetch(r -> new SkillRef(r.value1(), r.value2()));
    }
}
