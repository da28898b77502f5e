package io.upskillplanner.domain.decide;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.SkillRef;

/**
 * Which of a goal's skills the plan (chosen, enrolled and completed candidates) or the skills of
 * earned badges already cover. Candidates only being considered do not close a gap.
 */
public record SkillGap(List<SkillCoverage> skills) {

    public SkillGap {
        skills = List.copyOf(skills);
    }

    public static SkillGap of(Goal goal, List<CandidateWithCredential> candidates, List<SkillRef> earnedSkills) {
        List<Credential> planned = candidates.stream()
                .filter(c -> c.candidate().isInPlan())
                .sorted(Scheduler.PLAN_ORDER)
                .map(CandidateWithCredential::credential)
                .toList();
        List<SkillCoverage> coverage = new ArrayList<>(goal.skills().size());
        for (GoalSkill goalSkill : goal.skills()) {
            List<Credential> byCredentials = planned.stream()
                    .filter(credential -> teaches(credential, goalSkill.skill()))
                    .toList();
            List<SkillRef> byEarned = earnedSkills.stream().filter(goalSkill.skill()::matches).toList();
            coverage.add(new SkillCoverage(goalSkill, byCredentials, byEarned));
        }
        return new SkillGap(coverage);
    }

    public List<GoalSkill> missing() {
        return skills.stream().filter(s -> !s.isCovered()).map(SkillCoverage::goalSkill).toList();
    }

    /** Covered share of the goal's skills weighted by importance, 0 to 1; 1 when the goal lists none. */
    public double coveredShare() {
        int total = 0;
        int covered = 0;
        for (SkillCoverage coverage : skills) {
            total += coverage.goalSkill().importance();
            if (coverage.isCovered()) {
                covered += coverage.goalSkill().importance();
            }
        }
        return total == 0 ? 1 : (double) covered / total;
    }

    private static boolean teaches(Credential credential, SkillRef skill) {
        for (SkillRef taught : credential.skills()) {
            if (skill.matches(taught)) {
                return true;
            }
        }
        return false;
    }
}
