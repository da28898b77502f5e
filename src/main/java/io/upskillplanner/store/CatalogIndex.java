package io.upskillplanner.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CatalogQuery;
import io.upskillplanner.domain.CatalogSort;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Recognition;

/**
 * A compact in-memory index of the catalog for filtering and sorting as the user types: one small
 * entry per credential (about 300 bytes), kept in title order. A query scans the entries in the
 * requested order and returns only the matching ids; the rows themselves are read from the
 * database when they scroll into view. Scanning 100,000 entries takes milliseconds, where a SQL
 * {@code LIKE '%text%'} over the same rows takes a full table scan per keystroke.
 *
 * <p>Thread-safe: queries and updates are synchronized, and both are short.
 */
public final class CatalogIndex {

    /** What a query needs to know about one credential. */
    public record Entry(UUID id, String titleSort, String searchText, String providerSort, double cost,
                        int effortHours, DeliveryFormat format, Pacing pacing, boolean accredited, boolean badge,
                        boolean stackable, LocalDate lastVerified, List<String> industries) {
    }

    private static final Comparator<Entry> BY_TITLE = Comparator.comparing(Entry::titleSort)
            .thenComparing(Entry::id);

    private final List<Entry> byTitle;
    private final Map<UUID, Entry> byId = new HashMap<>();
    private final Map<CatalogSort, Entry[]> orders = new EnumMap<>(CatalogSort.class);
    private long revision;
    private CatalogQuery lastQuery;
    private Entry[] lastMatches;
    private long lastRevision = -1;

    CatalogIndex(List<Entry> entries) {
        this.byTitle = new ArrayList<>(entries);
        byTitle.sort(BY_TITLE);
        byTitle.forEach(e -> byId.put(e.id(), e));
    }

    /** An index entry for a credential as it is about to be (or was) stored. */
    public static Entry entryOf(Credential c) {
        String provider = c.providerName() == null ? "" : c.providerName().toLowerCase(Locale.ROOT);
        List<String> industries = c.recognition().stream().filter(r -> r.level() > 0).map(Recognition::industry)
                .toList();
        return new Entry(c.id(), CatalogRepository.sortKey(c.title()),
                CatalogRepository.searchText(c.title(), c.providerName(), c.skills()), provider,
                c.costs().oneOff().amount().doubleValue(), c.effortHours(), c.format(), c.pacing(), c.isAccredited(),
                c.badgeStandard() != BadgeStandard.NONE, c.isStackable(), c.provenance().lastVerified(), industries);
    }

    public synchronized int size() {
        return byTitle.size();
    }

    /** The highest one-off cost and effort in the catalog, for the range sliders. */
    public synchronized double maxCost() {
        return byTitle.stream().mapToDouble(Entry::cost).max().orElse(0);
    }

    public synchronized int maxEffortHours() {
        return byTitle.stream().mapToInt(Entry::effortHours).max().orElse(0);
    }

    /** The ids of the matching credentials, in the query's order. */
    public synchronized UUID[] query(CatalogQuery query) {
        Entry[] candidates = narrowingBase(query);
        String[] terms = query.terms();
        Set<String> industries = lowerCase(query.industries());
        double minCost = query.minCost() == null ? Double.NEGATIVE_INFINITY : query.minCost().doubleValue();
        double maxCost = query.maxCost() == null ? Double.POSITIVE_INFINITY : query.maxCost().doubleValue();
        int minEffort = query.minEffortHours() == null ? Integer.MIN_VALUE : query.minEffortHours();
        int maxEffort = query.maxEffortHours() == null ? Integer.MAX_VALUE : query.maxEffortHours();
        Entry[] matches = new Entry[candidates.length];
        int count = 0;
        for (Entry e : candidates) {
            if (e.cost < minCost || e.cost > maxCost || e.effortHours < minEffort || e.effortHours > maxEffort
                    || (query.accreditedOnly() && !e.accredited) || (query.badgeOnly() && !e.badge)
                    || (query.stackableOnly() && !e.stackable)
                    || (!query.formats().isEmpty() && !query.formats().contains(e.format))
                    || (!query.pacings().isEmpty() && !query.pacings().contains(e.pacing))
                    || !containsAll(e.searchText, terms)
                    || (!industries.isEmpty() && !recognisedInAny(e, industries))) {
                continue;
            }
            matches[count++] = e;
        }
        Entry[] result = Arrays.copyOf(matches, count);
        lastQuery = query;
        lastMatches = result;
        lastRevision = revision;
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = result[i].id;
        }
        return ids;
    }

    /** Adds a credential, or replaces its entry after an edit. */
    public synchronized void upsert(Entry entry) {
        removeEntry(entry.id());
        int at = Collections.binarySearch(byTitle, entry, BY_TITLE);
        byTitle.add(at < 0 ? -at - 1 : at, entry);
        byId.put(entry.id(), entry);
        changed();
    }

    public synchronized void remove(UUID id) {
        if (removeEntry(id)) {
            changed();
        }
    }

    private boolean removeEntry(UUID id) {
        Entry old = byId.remove(id);
        if (old == null) {
            return false;
        }
        int at = Collections.binarySearch(byTitle, old, BY_TITLE);
        if (at >= 0) {
            byTitle.remove(at);
        } else {
            byTitle.removeIf(e -> e.id().equals(id));
        }
        return true;
    }

    private void changed() {
        revision++;
        orders.clear();
        lastQuery = null;
        lastMatches = null;
    }

    /**
     * Typing usually extends the text: the new matches are then a subset of the last ones, and only
     * those need scanning. Any other change scans the whole catalog in the requested order.
     */
    private Entry[] narrowingBase(CatalogQuery query) {
        if (lastQuery != null && lastRevision == revision && query.sameButText(lastQuery)
                && narrows(query.terms(), lastQuery.terms())) {
            return lastMatches;
        }
        return ordered(query.sort(), query.descending());
    }

    /** Whether every old term is inside some new term, so that anything matching now matched before. */
    private static boolean narrows(String[] newTerms, String[] oldTerms) {
        for (String old : oldTerms) {
            boolean kept = false;
            for (String term : newTerms) {
                if (term.contains(old)) {
                    kept = true;
                    break;
                }
            }
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    private Entry[] ordered(CatalogSort sort, boolean descending) {
        Entry[] ascending = orders.computeIfAbsent(sort, s -> {
            Entry[] all = byTitle.toArray(new Entry[0]);
            if (s != CatalogSort.TITLE) {
                Arrays.sort(all, comparator(s).thenComparing(BY_TITLE));
            }
            return all;
        });
        if (!descending) {
            return ascending;
        }
        Entry[] reversed = new Entry[ascending.length];
        for (int i = 0; i < ascending.length; i++) {
            reversed[i] = ascending[ascending.length - 1 - i];
        }
        return reversed;
    }

    private static Comparator<Entry> comparator(CatalogSort sort) {
        return switch (sort) {
            case TITLE -> BY_TITLE;
            case PROVIDER -> Comparator.comparing(Entry::providerSort);
            case COST -> Comparator.comparingDouble(Entry::cost);
            case EFFORT -> Comparator.comparingInt(Entry::effortHours);
            case LAST_VERIFIED -> Comparator.comparing(Entry::lastVerified,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
        };
    }

    private static boolean containsAll(String text, String[] terms) {
        for (String term : terms) {
            if (!text.contains(term)) {
                return false;
            }
        }
        return true;
    }

    private static boolean recognisedInAny(Entry e, Set<String> industries) {
        for (String industry : e.industries) {
            if (industries.contains(industry.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lowerCase(Set<String> values) {
        Set<String> lower = new HashSet<>();
        values.forEach(v -> lower.add(v.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
