package io.upskillplanner.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema versions of the migrations this build ships in {@code db/migration}, read from the
 * file names the way Flyway reads them ({@code V7__x.sql} is version 7, {@code V1_2__x.sql} is
 * 1.2). Listing them costs a few milliseconds; loading Flyway to learn the same costs a cold
 * start about a second (docs/decisions/0022).
 */
final class ShippedMigrations {

    static final String FOLDER = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private static volatile Optional<Set<String>> cached;

    private ShippedMigrations() {
    }

    /**
     * The shipped versions, normalised ({@link #normalise}); empty when the folder holds anything
     * but plain versioned SQL migrations (repeatable ones, Java ones), which only Flyway can judge.
     */
    static Optional<Set<String>> versions() {
        Optional<Set<String>> known = cached;
        if (known == null) {
            known = list();
            cached = known;
        }
        return known;
    }

    /** A version as Flyway compares it: parts split at dots or underscores, leading zeros dropped. */
    static String normalise(String version) {
        StringBuilder normal = new StringBuilder();
        for (String part : version.split("[._]")) {
            if (!normal.isEmpty()) {
                normal.append('.');
            }
            String digits = part.replaceFirst("^0+(?=.)", "");
            normal.append(digits);
        }
        // Flyway treats 1 and 1.0 as the same version.
        String result = normal.toString();
        while (result.endsWith(".0")) {
            result = result.substring(0, result.length() - 2);
        }
        return result;
    }

    private static Optional<Set<String>> list() {
        Set<String> names = new HashSet<>();
        try {
            // Flyway reads the folder from every class path root that has one; so does this.
            Enumeration<URL> folders = ShippedMigrations.class.getClassLoader().getResources(FOLDER);
            while (folders.hasMoreElements()) {
                if (!addNames(folders.nextElement(), names)) {
                    return Optional.empty();
                }
            }
        } catch (IOException | URISyntaxException | UncheckedIOException e) {
            return Optional.empty();
        }
        Set<String> versions = new HashSet<>();
        for (String name : names) {
            Matcher m = VERSIONED.matcher(name);
            if (!m.matches() || name.contains("/")) {
                return Optional.empty();
            }
            versions.add(normalise(m.group(1)));
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(versions));
    }

    /** Adds the file names in one copy of the folder; false when it is somewhere this cannot list. */
    private static boolean addNames(URL folder, Set<String> names) throws IOException, URISyntaxException {
        if ("jar".equals(folder.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(FOLDER + "/") && name.length() > FOLDER.length() + 1) {
                        names.add(name.substring(FOLDER.length() + 1));
                    }
                }
            }
            return true;
        }
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                files.forEach(f -> names.add(f.getFileName().toString() + (Files.isDirectory(f) ? "/" : "")));
            }
            return true;
        }
        return false;
    }
}
