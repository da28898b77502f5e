package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.CANDIDATE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.store.jooq.tables.records.CandidateRecord;

import org.jooq.DSLContext;

/** The credentials attached to goals. */
public final class CandidateRepository {

    private final DSLContext dsl;
    private final ProfileScope scope;

    public CandidateRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.scope = ProfileScope.of(dsl);
    }

    public List<Candidate> listForGoal(UUID goalId) {
        return dsl.selectFrom(CANDIDATE).where(CANDIDATE.GOAL_ID.eq(goalId)).and(scope.ofVisibleGoal(CANDIDATE.GOAL_ID))
                .orderBy(CANDIDATE.SORT_ORDER, CANDIDATE.CREATED_AT)
                .fetch(CandidateRepository::toCandidate);
    }

    public int count() {
        return dsl.fetchCount(CANDIDATE, scope.ofVisibleGoal(CANDIDATE.GOAL_ID));
    }

    public Candidate save(Candidate candidate) {
        LocalDateTime now = StoreTime.now();
        CandidateRecord record = dsl.newRecord(CANDIDATE);
        record.setId(candidate.id());
        record.setGoalId(candidate.goalId());
        record.setCredentialId(candidate.credentialId());
        record.setStatus(candidate.status().name());
        record.setPlannedStart(candidate.plannedStart());
        record.setSortOrder(candidate.order());
        record.setNote(candidate.note());
        record.setCreatedAt(StoreTime.orNow(candidate.createdAt()));
        record.setUpdatedAt(now);
        if (!dsl.fetchExists(CANDIDATE, CANDIDATE.ID.eq(candidate.id()))) {
            record.setVersion(candidate.version());
            record.insert();
        } else {
            record.setVersion(candidate.version() + 1);
            int updated = dsl.update(CANDIDATE).set(record).where(CANDIDATE.ID.eq(candidate.id()))
                    .and(CANDIDATE.VERSION.eq(candidate.version())).execute();
            if (updated == 0) {
                throw new ConcurrentEditException(ErrorText.of("error.store.record.candidate"));
            }
        }
        return toCandidate(record);
    }

    public boolean delete(UUID id) {
        return dsl.deleteFrom(CANDIDATE).where(CANDIDATE.ID.eq(id)).and(scope.ofVisibleGoal(CANDIDATE.GOAL_ID))
                .execute() > 0;
    }

    private static Candidate toCandidate(CandidateRecord r) {
        return new Candidate(r.getId(), r.getGoalId(), r.getCredentialId(), CandidateStatus.valueOf(r.getStatus()),
                r.getPlannedStart(), r.getSortOrder(), r.getNote(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }
}
