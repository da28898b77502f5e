package io.upskillplanner.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.store.Store;

/**
 * Finds the provider of an imported entry by name, or makes a new one with an id derived from the
 * name, so that re-importing a file finds the provider its first import created. Reads only.
 */
public final class ProviderResolver {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final Store store;
    private final Map<String, Provider> byName = new HashMap<>();
    private final List<Provider> created = new ArrayList<>();

    public ProviderResolver(Store store) {
        this.store = store;
    }

    public Provider resolve(String name, ProviderType type, String country, String url) {
        String clean = SPACES.matcher(name.strip()).replaceAll(" ");
        if (clean.length() > 300) {
            clean = clean.substring(0, 300);
        }
        String key = clean.toLowerCase(Locale.ROOT);
        Provider known = byName.get(key);
        if (known != null) {
            return known;
        }
        Provider found = store.catalog().findProviderByName(clean).orElse(null);
        if (found == null) {
            UUID id = UUID.nameUUIDFromBytes(("provider:" + key).getBytes(StandardCharsets.UTF_8));
            found = new Provider(id, clean, type, country, url, 0);
            created.add(found);
        }
        byName.put(key, found);
        return found;
    }

    /** The providers that do not exist yet: the plan saves them before its credentials. */
    public List<Provider> created() {
        return List.copyOf(created);
    }
}
