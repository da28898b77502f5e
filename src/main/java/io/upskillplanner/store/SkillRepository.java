package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.SKILL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.Skill;
import io.upskillplanner.domain.SkillTaxonomy;
import io.upskillplanner.store.jooq.tables.records.SkillRecord;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The skill list (ESCO, O*NET and the user's own) that the goal and credential skill pickers offer. */
public final class SkillRepository {

    private static final int CHUNK = 1000;

    private final DSLContext dsl;

    public SkillRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count() {
        return dsl.fetchCount(SKILL);
    }

    public int count(SkillTaxonomy taxonomy) {
        return dsl.fetchCount(SKILL, SKILL.TAXONOMY.eq(taxonomy.name()));
    }

    /**
     * Skills whose label contains every word of the text (ignoring case), labels starting with the
     * text first, then alphabetically; at most {@code limit}. A blank text lists from the start.
     */
    public List<Skill> search(String text, int limit) {
        Condition condition = DSL.noCondition();
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (String word : query.split("\\s+")) {
            if (!word.isEmpty()) {
                condition = condition.and(SKILL.LABEL.lower().contains(word));
            }
        }
        var startsFirst = DSL.when(SKILL.LABEL.lower().startsWith(query), 0).otherwise(1);
        return dsl.selectFrom(SKILL).where(condition)
                .orderBy(startsFirst, SKILL.LABEL.lower(), SKILL.ID)
                .limit(limit)
                .fetch(SkillRepository::toSkill);
    }

    /** The ids already used by skills with these URIs, by URI. */
    public Map<String, UUID> idsByUri(Collection<String> uris) {
        Map<String, UUID> ids = new HashMap<>();
        List<String> all = new ArrayList<>(uris);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            dsl.select(SKILL.URI, SKILL.ID).from(SKILL).where(SKILL.URI.in(chunk))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
        }
        return ids;
    }

    /**
     * Inserts skills, or updates those whose URI is already listed (keeping that row's id), so that
     * importing a taxonomy again refreshes it instead of duplicating it. Returns how many were new.
     */
    public int upsertByUri(List<Skill> skills) {
        Map<String, UUID> existing = idsByUri(skills.stream().map(Skill::uri).filter(u -> u != null).toList());
        var insert = dsl.batch(dsl.insertInto(SKILL, SKILL.ID, SKILL.LABEL, SKILL.URI, SKILL.TAXONOMY, SKILL.CODE,
                SKILL.DESCRIPTION).values((UUID) null, null, null, null, null, null));
        var update = dsl.batch(dsl.update(SKILL).set(SKILL.LABEL, (String) null).set(SKILL.TAXONOMY, (String) null)
                .set(SKILL.CODE, (String) null).set(SKILL.DESCRIPTION, (String) null).where(SKILL.ID.eq((UUID) null)));
        int inserted = 0;
        int updated = 0;
        for (Skill skill : skills) {
            UUID id = skill.uri() == null ? null : existing.get(skill.uri());
            String description = clip(skill.description(), 4000);
            if (id == null) {
                insert.bind(skill.id(), clip(skill.label(), 300), skill.uri(), skill.taxonomy().name(),
                        clip(skill.code(), 100), description);
                inserted++;
            } else {
                update.bind(clip(skill.label(), 300), skill.taxonomy().name(), clip(skill.code(), 100), description, id);
                updated++;
            }
        }
        if (inserted > 0) {
            insert.execute();
        }
        if (updated > 0) {
            update.execute();
        }
        return inserted;
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Skill toSkill(SkillRecord r) {
        return new Skill(r.getId(), r.getLabel(), r.getUri(), SkillTaxonomy.valueOf(r.getTaxonomy()), r.getCode(),
                r.getDescription());
    }
}
