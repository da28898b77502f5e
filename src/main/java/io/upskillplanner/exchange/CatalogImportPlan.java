package io.upskillplanner.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.CatalogEntry;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.store.RecommendLoader;
import io.upskillplanner.store.Store;

/** The plan of a file that brings catalog entries: which are new, which update, and their new providers. */
public final class CatalogImportPlan implements ImportPlan {

    /** The preview lists this many entries by name, then counts the rest. */
    static final int LISTED = 20;

    private final ImportFile file;
    private final String format;
    private final List<Provider> newProviders;
    private final List<CatalogEntry> entries;
    private final List<String> summary = new ArrayList<>();
    private final List<Requirement> requirements;

    /** A credential of the catalogue that needs another first (CTDL requires, prerequisite, isRequiredFor). */
    public record Requirement(UUID credentialId, UUID prerequisiteId) {
    }

    public CatalogImportPlan(ImportFile file, String format, List<Provider> newProviders, List<CatalogEntry> entries,
                             Store store, List<String> notes) {
        this(file, format, newProviders, entries, store, notes, List.of());
    }

    public CatalogImportPlan(ImportFile file, String format, List<Provider> newProviders, List<CatalogEntry> entries,
                             Store store, List<String> notes, List<Requirement> requirements) {
        this.file = file;
        this.requirements = List.copyOf(requirements);
        this.format = format;
        this.newProviders = List.copyOf(newProviders);
        this.entries = List.copyOf(entries);
        Set<UUID> existing = store.transfer().existingCredentialIds(
                entries.stream().map(e -> e.credential().id()).toList());
        int updates = (int) entries.stream().filter(e -> existing.contains(e.credential().id())).count();
        summary.add(entries.size() + " catalog entr" + (entries.size() == 1 ? "y" : "ies") + ": "
                + (entries.size() - updates) + " new, " + updates + " updated");
        for (int i = 0; i < Math.min(LISTED, entries.size()); i++) {
            CatalogEntry e = entries.get(i);
            String provider = e.credential().providerName();
            summary.add((existing.contains(e.credential().id()) ? "Update: " : "Add: ") + e.credential().title()
                    + (provider == null ? "" : " (" + provider + ")"));
        }
        if (entries.size() > LISTED) {
            summary.add("… and " + (entries.size() - LISTED) + " more");
        }
        for (Provider p : newProviders) {
            if (summary.size() < 2 * LISTED) {
                summary.add("New provider: " + p.name());
            }
        }
        summary.addAll(notes);
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    @Override
    public ImportFile file() {
        return file;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public List<String> summary() {
        return summary;
    }

    @Override
    public int entryCount() {
        return entries.size();
    }

    @Override
    public List<IdClaim> claims() {
        return entries.stream().map(e -> new IdClaim("credential " + e.credential().id(),
                "credential '" + e.credential().title() + "'", e)).toList();
    }

    @Override
    public void apply(Store tx) {
        newProviders.forEach(p -> tx.catalog().saveProvider(p));
        tx.transfer().upsertCatalog(entries);
        if (!requirements.isEmpty()) {
            // A credential of the catalogue named at planning time may have been deleted since.
            Set<UUID> present = tx.transfer().existingCredentialIds(requirements.stream()
                    .flatMap(r -> java.util.stream.Stream.of(r.credentialId(), r.prerequisiteId())).distinct().toList());
            RecommendLoader prerequisites = new RecommendLoader(tx);
            for (Requirement r : requirements) {
                if (present.contains(r.credentialId()) && present.contains(r.prerequisiteId())) {
                    prerequisites.savePrerequisites(r.credentialId(), List.of(r.prerequisiteId()));
                }
            }
        }
    }

    /** What the file says must come first, as pairs of catalogue ids. */
    public List<Requirement> requirements() {
        return requirements;
    }
}
