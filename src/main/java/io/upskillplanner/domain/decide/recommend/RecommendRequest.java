package io.upskillplanner.domain.decide.recommend;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.domain.decide.ScoringWeights;

/**
 * What a recommendation starts from. {@code catalogue} is every credential that may be proposed
 * (the caller may pre-filter it to those teaching a goal skill, and must then add their
 * prerequisites); {@code candidates} are the goal's own, whose statuses count: completed ones are
 * held, dropped ones never proposed. {@code earnedCredentialIds} are catalog entries the person's
 * badges prove, {@code earnedSkills} the skills those badges name. {@code prerequisites} maps a
 * credential to those it requires; {@code excluded} are credentials the user ruled out.
 */
public record RecommendRequest(
        Profile profile,
        Goal goal,
        List<Credential> catalogue,
        List<CandidateWithCredential> candidates,
        Set<UUID> earnedCredentialIds,
        List<SkillRef> earnedSkills,
        Map<UUID, Set<UUID>> prerequisites,
        List<ExchangeRate> rates,
        ScoringWeights weights,
        Set<UUID> excluded,
        LocalDate today) {

    public RecommendRequest {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(goal, "goal");
        catalogue = List.copyOf(catalogue);
        candidates = List.copyOf(candidates);
        earnedCredentialIds = Set.copyOf(earnedCredentialIds);
        earnedSkills = List.copyOf(earnedSkills);
        prerequisites = Map.copyOf(prerequisites);
        rates = List.copyOf(rates);
        Objects.requireNonNull(weights, "weights");
        excluded = Set.copyOf(excluded);
        Objects.requireNonNull(today, "today");
        if (!goal.profileId().equals(profile.id())) {
            throw new DomainRuleException("error.domain.goalOfAnotherProfile", goal.id());
        }
    }

    public RecommendRequest withCatalogue(List<Credential> other) {
        return new RecommendRequest(profile, goal, other, candidates, earnedCredentialIds, earnedSkills, prerequisites,
                rates, weights, excluded, today);
    }

    public RecommendRequest withGoal(Goal other) {
        return new RecommendRequest(profile, other, catalogue, candidates, earnedCredentialIds, earnedSkills,
                prerequisites, rates, weights, excluded, today);
    }
}
