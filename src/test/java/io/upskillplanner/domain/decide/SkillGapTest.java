package io.upskillplanner.domain.decide;

import static io.upskillplanner.domain.CandidateStatus.CONSIDERING;
import static io.upskillplanner.domain.CandidateStatus.DROPPED;
import static io.upskillplanner.domain.CandidateStatus.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;

import org.junit.jupiter.api.Test;

class SkillGapTest {

    private final Profile profile = Fixtures.profile("10", "1000", "EUR");

    @Test
    void onlyPlannedCandidatesAndEarnedSkillsCloseAGap() {
        Goal goal = Fixtures.goal(profile).skills(GoalSkill.of("SQL", 4), GoalSkill.of("Python", 2),
                GoalSkill.of("Excel", 2)).build();
        List<CandidateWithCredential> candidates = List.of(
                Fixtures.candidate(goal, Fixtures.credential("Dropped SQL").skills("SQL").build(), DROPPED, 1),
                Fixtures.candidate(goal, Fixtures.credential("Maybe Python").skills("Python").build(), CONSIDERING, 2),
                Fixtures.candidate(goal, Fixtures.credential("Python course").skills("python").build(), ENROLLED, 3));

        SkillGap gap = SkillGap.of(goal, candidates, List.of(new SkillRef("Excel basics", null), SkillRef.of("EXCEL")));

        assertThat(gap.skills().get(0).isCovered()).isFalse();
        assertThat(gap.skills().get(1).byCredentials()).extracting(c -> c.title()).containsExactly("Python course");
        assertThat(gap.skills().get(2).byEarnedSkills()).containsExactly(SkillRef.of("EXCEL"));
        assertThat(gap.missing()).containsExactly(GoalSkill.of("SQL", 4));
        assertThat(gap.coveredShare()).isEqualTo(0.5);
    }

    @Test
    void goalWithoutSkillsHasNoGap() {
        SkillGap gap = SkillGap.of(Fixtures.goal(profile).build(), List.of(), List.of());

        assertThat(gap.missing()).isEmpty();
        assertThat(gap.coveredShare()).isEqualTo(1);
    }
}
