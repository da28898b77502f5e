package io.upskillplanner.store;

import java.util.Locale;
import java.util.Map;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

/**
 * A shared PostgreSQL database a counselor team uses instead of the embedded H2 file. The user
 * name and password come from the environment, never from a file the app writes or the command
 * line others can read.
 */
public record ServerDatabase(String url, String user, String password) {

    public static final String USER_VARIABLE = "UPSKILL_PLANNER_DB_USER";
    public static final String PASSWORD_VARIABLE = "UPSKILL_PLANNER_DB_PASSWORD";
    private static final String PREFIX = "jdbc:postgresql://";
    /** Connection settings only, lower case: none names a class for the driver to load or a file to write. */
    private static final java.util.Set<String> SAFE_PARAMETERS = java.util.Set.of("ssl", "sslmode", "sslrootcert",
            "sslcert", "sslkey", "connecttimeout", "sockettimeout", "logintimeout", "currentschema",
            "targetservertype", "tcpkeepalive", "gssencmode", "applicationname");

    public ServerDatabase {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("A database user is needed");
        }
    }

    /**
     * The server database at {@code url} with the user and password of the environment; without
     * {@code UPSKILL_PLANNER_DB_USER} the login name is used, as psql does.
     */
    public static ServerDatabase fromEnvironment(String url, Map<String, String> env, String loginName) {
        String source = "--db-url " + url;
        if (url == null || !url.startsWith(PREFIX)) {
            throw new InputRejectedException(source, null, ErrorText.of("error.server.notUrl", PREFIX));
        }
        String query = url.indexOf('?') < 0 ? "" : url.substring(url.indexOf('?') + 1).toLowerCase(Locale.ROOT);
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("password=") || parameter.startsWith("user=")) {
                throw new InputRejectedException("--db-url", null, ErrorText.of("error.server.credentialsInUrl",
                        USER_VARIABLE, PASSWORD_VARIABLE));
            }
            String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            if (!name.isEmpty() && !SAFE_PARAMETERS.contains(name)) {
                // The driver loads classes (socketFactory, sslfactory…) and writes files (loggerFile) named in the URL.
                throw new InputRejectedException("--db-url", ErrorText.of("error.place.urlParameter", name),
                        ErrorText.of("error.server.parameter", String.join(", ", new java.util.TreeSet<>(SAFE_PARAMETERS))));
            }
        }
        String user = env.get(USER_VARIABLE);
        if (user == null || user.isBlank()) {
            user = loginName;
        }
        String password = env.get(PASSWORD_VARIABLE);
        return new ServerDatabase(url, user, password == null || password.isEmpty() ? null : password);
    }

    public static ServerDatabase fromEnvironment(String url) {
        return fromEnvironment(url, System.getenv(), System.getProperty("user.name"));
    }

    /** The URL and user, without the password: safe for logs and messages. */
    @Override
    public String toString() {
        return url + " as " + user;
    }
}
