package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.GOAL;
import static io.upskillplanner.store.jooq.Tables.GOAL_SKILL;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.store.jooq.tables.records.GoalRecord;
import io.upskillplanner.store.jooq.tables.records.GoalSkillRecord;

import org.jooq.Condition;
import org.jooq.DSLContext;

/** Goals with the skills they need. */
public final class GoalRepository {

    private final DSLContext dsl;
    private final ProfileScope scope;

    public GoalRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.scope = ProfileScope.of(dsl);
    }

    public List<Goal> listForProfile(UUID profileId) {
        return load(GOAL.PROFILE_ID.eq(profileId));
    }

    public Optional<Goal> find(UUID id) {
        return load(GOAL.ID.eq(id)).stream().findFirst();
    }

    public Optional<Goal> findByTitle(UUID profileId, String title) {
        return load(GOAL.PROFILE_ID.eq(profileId)
                .and(GOAL.TITLE.lower().eq(title.strip().toLowerCase(Locale.ROOT)))).stream().findFirst();
    }

    public int count() {
        return dsl.fetchCount(GOAL, scope.ofVisibleProfile(GOAL.PROFILE_ID));
    }

    /** Inserts or updates a goal and replaces its skills, in one transaction. */
    public Goal save(Goal goal) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            LocalDateTime now = StoreTime.now();
            GoalRecord record = tx.newRecord(GOAL);
            record.setId(goal.id());
            record.setProfileId(goal.profileId());
            record.setTitle(goal.title().strip());
            record.setTargetRole(goal.targetRole());
            record.setTargetIndustry(goal.targetIndustry());
            record.setDeadline(goal.deadline());
            record.setBudgetCap(goal.budgetCap());
            record.setWeeklyHours(goal.weeklyHours());
            record.setExpectedSalaryAfter(goal.expectedSalaryAfter());
            record.setPriority(goal.priority());
            record.setStatus(goal.status().name());
            record.setScheduleMode(goal.scheduleMode().name());
            record.setNotes(goal.notes());
            record.setCreatedAt(StoreTime.orNow(goal.createdAt()));
            record.setUpdatedAt(now);
            if (!tx.fetchExists(GOAL, GOAL.ID.eq(goal.id()))) {
                record.setVersion(goal.version());
                record.insert();
            } else {
                record.setVersion(goal.version() + 1);
                int updated = tx.update(GOAL).set(record).where(GOAL.ID.eq(goal.id()))
                        .and(GOAL.VERSION.eq(goal.version())).execute();
                if (updated == 0) {
                    throw new ConcurrentEditException(ErrorText.of("error.store.record.goal", goal.title()));
                }
            }
            tx.deleteFrom(GOAL_SKILL).where(GOAL_SKILL.GOAL_ID.eq(goal.id())).execute();
            for (GoalSkill skill : goal.skills()) {
                tx.insertInto(GOAL_SKILL)
                        .set(GOAL_SKILL.GOAL_ID, goal.id())
                        .set(GOAL_SKILL.LABEL, skill.skill().label())
                        .set(GOAL_SKILL.TAXONOMY_URI, skill.skill().taxonomyUri())
                        .set(GOAL_SKILL.IMPORTANCE, skill.importance())
                        .execute();
            }
            return toGoal(record, goal.skills());
        });
    }

    public boolean delete(UUID id) {
        return dsl.deleteFrom(GOAL).where(GOAL.ID.eq(id)).and(scope.ofVisibleProfile(GOAL.PROFILE_ID)).execute() > 0;
    }

    private List<Goal> load(Condition condition) {
        var records = dsl.selectFrom(GOAL).where(condition).and(scope.ofVisibleProfile(GOAL.PROFILE_ID))
                .orderBy(GOAL.PRIORITY, GOAL.DEADLINE.nullsLast(), GOAL.TITLE).fetch();
        if (records.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<GoalSkill>> skills = dsl.selectFrom(GOAL_SKILL)
                .where(GOAL_SKILL.GOAL_ID.in(records.map(GoalRecord::getId)))
                .orderBy(GOAL_SKILL.IMPORTANCE.desc(), GOAL_SKILL.LABEL)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(GoalSkillRecord::getGoalId, Collectors.mapping(
                        (GoalSkillRecord r) -> new GoalSkill(new SkillRef(r.getLabel(), r.getTaxonomyUri()), r.getImportance()),
                        Collectors.toList())));
        List<Goal> goals = new ArrayList<>(records.size());
        for (GoalRecord r : records) {
            goals.add(toGoal(r, skills.getOrDefault(r.getId(), List.of())));
        }
        return goals;
    }

    private static Goal toGoal(GoalRecord r, List<GoalSkill> skills) {
        return new Goal(r.getId(), r.getProfileId(), r.getTitle(), r.getTargetRole(), r.getTargetIndustry(),
                r.getDeadline(), r.getBudgetCap(), r.getWeeklyHours(), r.getExpectedSalaryAfter(), r.getPriority(),
                GoalStatus.valueOf(r.getStatus()), ScheduleMode.valueOf(r.getScheduleMode()), r.getNotes(), skills,
                r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }
}
