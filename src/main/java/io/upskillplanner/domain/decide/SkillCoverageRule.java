package io.upskillplanner.domain.decide;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.SkillRef;

/**
 * Skill coverage: the share of the goal's skills, weighted by importance, that the credential
 * teaches, scaled to 0–5. A goal without skills gives 0 for every candidate: nothing to judge, and
 * the ranking among candidates is unaffected.
 */
final class SkillCoverageRule {

    private final List<GoalSkill> goalSkills;
    private final int totalImportance;

    SkillCoverageRule(List<GoalSkill> goalSkills) {
        this.goalSkills = List.copyOf(goalSkills);
        int total = 0;
        for (GoalSkill goalSkill : goalSkills) {
            total += goalSkill.importance();
        }
        this.totalImportance = total;
    }

    Rating rate(List<SkillRef> credentialSkills) {
        if (goalSkills.isEmpty()) {
            return new Rating(0, Phrase.of("skillCoverage.noSkills"));
        }
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int coveredImportance = 0;
        for (GoalSkill goalSkill : goalSkills) {
            if (isTaught(goalSkill.skill(), credentialSkills)) {
                matched.add(goalSkill.skill().label());
                coveredImportance += goalSkill.importance();
            } else {
                missing.add(goalSkill.skill().label());
            }
        }
        double share = (double) coveredImportance / totalImportance;
        Phrase explanation = Phrase.of("skillCoverage.covers", matched.size(), goalSkills.size(),
                Math.round(share * 100), listOrNone(matched), listOrNone(missing));
        return new Rating(share * Criterion.MAX_RATING, explanation);
    }

    private static boolean isTaught(SkillRef goalSkill, List<SkillRef> credentialSkills) {
        for (SkillRef taught : credentialSkills) {
            if (goalSkill.matches(taught)) {
                return true;
            }
        }
        return false;
    }

    private static Object listOrNone(List<String> labels) {
        return labels.isEmpty() ? Phrase.of("list.none") : labels;
    }
}
