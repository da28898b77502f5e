package io.upskillplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SkillGapTest {

    private final GoalSkill sql = GoalSkill.of("SQL", 5);
    private final GoalSkill python = new GoalSkill(new SkillRef("Python", "http://data.europa.eu/esco/skill/python"), 3);
    private final GoalSkill charts = GoalSkill.of("data visualisation", 2);

    @Test
    void skillsAreCoveredByPlannedCredentialsIgnoringCaseOrByTaxonomyUri() {
        Credential course = credential("Data course", SkillRef.of("sql"),
                new SkillRef("Python programming", "http://data.europa.eu/esco/skill/python"));

        SkillGap gap = SkillGap.of(List.of(sql, python, charts), List.of(course), List.of());

        assertThat(gap.covered()).containsExactly(sql, python);
        assertThat(gap.missing()).containsExactly(charts);
        assertThat(gap.coverage().get(0).coveredBy()).containsExactly("Data course");
        assertThat(gap.coveredShare()).isEqualTo(0.8);
    }

    @Test
    void earnedBadgesCountAndEachSourceIsNamedOnce() {
        Credential course = credential("Data course", SkillRef.of("SQL"));
        SkillGap gap = SkillGap.of(List.of(sql, charts), List.of(course, course),
                List.of(new EarnedSkill(SkillRef.of("Data Visualisation"), "Charts badge")));

        assertThat(gap.missing()).isEmpty();
        assertThat(gap.coverage()).extracting(SkillGap.Coverage::coveredBy)
                .containsExactly(List.of("Data course"), List.of("Charts badge"));
    }

    @Test
    void onlyChosenEnrolledAndCompletedCandidatesArePlanned() {
        Credential a = credential("A", SkillRef.of("SQL"));
        Credential b = credential("B", SkillRef.of("SQL"));
        Credential c = credential("C", SkillRef.of("SQL"));
        UUID goal = UUID.randomUUID();
        List<Candidate> candidates = List.of(
                with(Candidate.create(goal, a.id(), 1), CandidateStatus.CONSIDERING),
                with(Candidate.create(goal, b.id(), 2), CandidateStatus.ENROLLED),
                with(Candidate.create(goal, c.id(), 3), CandidateStatus.DROPPED));

        assertThat(SkillGap.plannedCredentials(candidates, List.of(a, b, c))).containsExactly(b);
    }

    @Test
    void aGoalWithoutSkillsHasNoGap() {
        assertThat(SkillGap.of(List.of(), List.of(), List.of()).coveredShare()).isEqualTo(1.0);
    }

    private static Candidate with(Candidate c, CandidateStatus status) {
        return new Candidate(c.id(), c.goalId(), c.credentialId(), status, null, c.order(), null, c.createdAt(),
                c.updatedAt(), 0);
    }

    private static Credential credential(String title, SkillRef... skills) {
        return new Credential(UUID.randomUUID(), title, null, null, CredentialKind.CERTIFICATE, null,
                CostParts.free("EUR"), 10, null, DeliveryFormat.ONLINE, Pacing.SELF_PACED,
                new Quality(null, null, 0, 0), null, BadgeStandard.NONE, null, null, null, null, null, Origin.USER,
                null, List.of(skills), List.of(), 0);
    }

}
