package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.CREDENTIAL_FACT;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.upskillplanner.domain.CredentialFact;

import org.jooq.DSLContext;

/** Where each figure of a credential came from, and which source values are flagged rather than shown. */
public final class CredentialFactRepository {

    private final DSLContext dsl;

    public CredentialFactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CredentialFact> forCredential(UUID credentialId) {
        return dsl.selectFrom(CREDENTIAL_FACT).where(CREDENTIAL_FACT.CREDENTIAL_ID.eq(credentialId))
                .orderBy(CREDENTIAL_FACT.FIELD)
                .fetch(r -> new CredentialFact(r.getField(), r.getSource(), r.getLastVerified(), r.getFlag()));
    }

    /** The facts of several credentials, by credential id, each list ordered by field. */
    public Map<UUID, List<CredentialFact>> forCredentials(Collection<UUID> credentialIds) {
        if (credentialIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(CREDENTIAL_FACT).where(CREDENTIAL_FACT.CREDENTIAL_ID.in(credentialIds))
                .orderBy(CREDENTIAL_FACT.CREDENTIAL_ID, CREDENTIAL_FACT.FIELD).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getCredentialId(), Collectors.mapping(
                        r -> new CredentialFact(r.getField(), r.getSource(), r.getLastVerified(), r.getFlag()),
                        Collectors.toList())));
    }

    /** Replaces the facts of one credential. */
    public void replace(UUID credentialId, List<CredentialFact> facts) {
        dsl.deleteFrom(CREDENTIAL_FACT).where(CREDENTIAL_FACT.CREDENTIAL_ID.eq(credentialId)).execute();
        for (CredentialFact fact : facts) {
            dsl.insertInto(CREDENTIAL_FACT)
                    .set(CREDENTIAL_FACT.CREDENTIAL_ID, credentialId)
                    .set(CREDENTIAL_FACT.FIELD, fact.field())
                    .set(CREDENTIAL_FACT.SOURCE, fact.source())
                    .set(CREDENTIAL_FACT.LAST_VERIFIED, fact.lastVerified())
                    .set(CREDENTIAL_FACT.FLAG, fact.flag())
                    .execute();
        }
    }
}
