package io.upskillplanner.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a goal's skills the plan covers, and by what: the credentials chosen, enrolled in or
 * completed, and the badges already earned. Considered and dropped candidates do not count.
 */
public final class SkillGap {

    /** One needed skill and the credential titles or badge names that cover it (empty: a gap). */
    public record Coverage(GoalSkill skill, List<String> coveredBy) {

        public Coverage {
            coveredBy = List.copyOf(coveredBy);
        }

        public boolean covered() {
            return !coveredBy.isEmpty();
        }
    }

    private final List<Coverage> coverage;

    private SkillGap(List<Coverage> coverage) {
        this.coverage = List.copyOf(coverage);
    }

    /**
     * @param needed  the goal's skills
     * @param planned the credentials of the candidates in the plan ({@link Candidate#isInPlan()})
     * @param earned  the skills of the person's earned badges
     */
    public static SkillGap of(List<GoalSkill> needed, List<Credential> planned, List<EarnedSkill> earned) {
        List<Coverage> result = new ArrayList<>(needed.size());
        for (GoalSkill need : needed) {
            List<String> by = new ArrayList<>();
            for (Credential credential : planned) {
                if (credential.skills().stream().anyMatch(s -> s.matches(need.skill())) && !by.contains(credential.title())) {
                    by.add(credential.title());
                }
            }
            for (EarnedSkill skill : earned) {
                if (skill.skill().matches(need.skill()) && !by.contains(skill.badgeName())) {
                    by.add(skill.badgeName());
                }
            }
            result.add(new Coverage(need, by));
        }
        return new SkillGap(result);
    }

    /** The credentials of the candidates in the plan, from all of a goal's candidates. */
    public static List<Credential> plannedCredentials(List<Candidate> candidates, List<Credential> credentials) {
        List<Credential> planned = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.isInPlan()) {
                credentials.stream().filter(c -> c.id().equals(candidate.credentialId())).findFirst()
                        .ifPresent(planned::add);
            }
        }
        return planned;
    }

    public List<Coverage> coverage() {
        return coverage;
    }

    public List<GoalSkill> missing() {
        return coverage.stream().filter(c -> !c.covered()).map(Coverage::skill).toList();
    }

    public List<GoalSkill> covered() {
        return coverage.stream().filter(Coverage::covered).map(Coverage::skill).toList();
    }

    /** The covered share of the needed skills, weighted by importance: 0 to 1, and 1 when nothing is needed. */
    public double coveredShare() {
        int total = coverage.stream().mapToInt(c -> c.skill().importance()).sum();
        if (total == 0) {
            return 1.0;
        }
        int covered = coverage.stream().filter(Coverage::covered).mapToInt(c -> c.skill().importance()).sum();
        return (double) covered / total;
    }
}
