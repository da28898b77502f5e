package io.upskillplanner.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.store.CatalogRepository;

/**
 * What skill pickers offer as the user types: labels from the skill taxonomies (ESCO, O*NET), the
 * catalog and the goals, those starting with the typed text first. The labels are read once, on
 * the database thread, and matched in memory, so suggesting never touches the database.
 */
public final class SkillSuggestions {

    private volatile Map<String, String> labels = Map.of();

    /** Starts reading the labels; suggestions are empty until they arrive. */
    public SkillSuggestions(CatalogRepository catalog, TaskRunner tasks) {
        tasks.run(catalog::skillLabels, loaded -> labels = loaded,
                TaskRunner.unexpected("Reading skill suggestions"));
    }

    public List<String> suggest(String typed, int limit) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String text = typed.strip().toLowerCase(Locale.ROOT);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String label : labels.keySet()) {
            String lower = label.toLowerCase(Locale.ROOT);
            if (lower.startsWith(text)) {
                starting.add(label);
            } else if (containing.size() < limit && lower.contains(text)) {
                containing.add(label);
            }
        }
        starting.sort(String.CASE_INSENSITIVE_ORDER);
        List<String> result = new ArrayList<>(starting);
        result.addAll(containing);
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : List.copyOf(result);
    }

    /** A skill for a typed label: spelled and linked to its taxonomy concept as known, if it is. */
    public SkillRef skillFor(String typed) {
        String text = typed.strip();
        for (Map.Entry<String, String> known : labels.entrySet()) {
            if (known.getKey().equalsIgnoreCase(text)) {
                return new SkillRef(known.getKey(), known.getValue());
            }
        }
        return SkillRef.of(text);
    }
}
