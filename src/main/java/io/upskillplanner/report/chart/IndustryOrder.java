package io.upskillplanner.report.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.upskillplanner.domain.Industries;

/**
 * The order in which the Compare screen and the report list industries: the goal's industry
 * first, then the standard industries in their usual order, then any others alphabetically.
 * Recognition varies by industry, so the one the goal aims at always leads.
 */
public final class IndustryOrder {

    private IndustryOrder() {
    }

    /** The industries to show, from those {@code present} (any case), with the goal's first; a blank goal has none. */
    public static List<String> of(String goalIndustry, Collection<String> present) {
        String goal = goalIndustry == null ? "" : goalIndustry.strip();
        List<String> ordered = new ArrayList<>();
        if (!goal.isEmpty()) {
            ordered.add(goal);
        }
        for (String standard : Industries.STANDARD) {
            if (containsIgnoreCase(present, standard) && !containsIgnoreCase(ordered, standard)) {
                ordered.add(standard);
            }
        }
        present.stream().sorted().filter(i -> !containsIgnoreCase(ordered, i)).forEach(ordered::add);
        return ordered;
    }

    /** The level stored for an industry whatever its case, 0 when there is none. */
    public static int levelIn(Map<String, Integer> levels, String industry) {
        return levels.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(industry))
                .mapToInt(Map.Entry::getValue).findFirst().orElse(0);
    }

    private static boolean containsIgnoreCase(Collection<String> values, String value) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(value));
    }
}
