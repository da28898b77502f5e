package io.upskillplanner.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the store tests also run against, named by the environment:
 * {@code UPSKILL_TEST_PG_URL} (any database the user may connect to), {@code UPSKILL_TEST_PG_USER}
 * and {@code UPSKILL_TEST_PG_PASSWORD}; the user needs CREATEDB and CREATEROLE. Without them a
 * developer's run reports the PostgreSQL tests as skipped; with {@code CI=true} it fails, so that CI
 * can never pass without running them.
 */
public final class TestServer {

    static final String URL_VARIABLE = "UPSKILL_TEST_PG_URL";
    static final String USER_VARIABLE = "UPSKILL_TEST_PG_USER";
    static final String PASSWORD_VARIABLE = "UPSKILL_TEST_PG_PASSWORD";

    private TestServer() {
    }

    /** What to do about the PostgreSQL tests in an environment. */
    sealed interface Availability permits Configured, Skip, Fail {
    }

    record Configured(ServerDatabase admin) implements Availability {
    }

    record Skip(String reason) implements Availability {
    }

    record Fail(String reason) implements Availability {
    }

    static Availability availability(Map<String, String> env) {
        String url = env.get(URL_VARIABLE);
        String user = env.get(USER_VARIABLE);
        if (url == null || url.isBlank() || user == null || user.isBlank()) {
            String reason = "PostgreSQL tests need " + URL_VARIABLE + " and " + USER_VARIABLE + " (and "
                    + PASSWORD_VARIABLE + "); .ci/run shows how to start a server and set them";
            boolean ci = "true".equalsIgnoreCase(env.getOrDefault("CI", "").trim());
            return ci ? new Fail("CI=true but " + reason) : new Skip(reason);
        }
        return new Configured(new ServerDatabase(url, user, env.get(PASSWORD_VARIABLE)));
    }

    /** The administrating connection; skips or fails the calling test when there is no server. */
    public static ServerDatabase admin() {
        Availability availability = availability(System.getenv());
        if (availability instanceof Skip skip) {
            Assumptions.abort(skip.reason());
        }
        if (availability instanceof Fail fail) {
            throw new IllegalStateException(fail.reason());
        }
        return ((Configured) availability).admin();
    }

    /** Creates an empty database of its own for one test and returns how to reach it as the admin. */
    public static ServerDatabase createDatabase() {
        ServerDatabase admin = admin();
        String name = "upskill_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "CREATE DATABASE " + name);
        return new ServerDatabase(withDatabase(admin.url(), name), admin.user(), admin.password());
    }

    public static void dropDatabase(ServerDatabase database) {
        ServerDatabase admin = admin();
        execute(admin, "DROP DATABASE IF EXISTS " + databaseName(database.url()) + " WITH (FORCE)");
    }

    /** A login role for one counselor; the password is made up here and never leaves the test. */
    static ServerDatabase createCounselor(ServerDatabase database, String suffix) {
        String role = databaseName(database.url()) + "_" + suffix.toLowerCase(Locale.ROOT);
        String password = UUID.randomUUID().toString();
        execute(admin(), "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
        return new ServerDatabase(database.url(), role, password);
    }

    static void dropRole(ServerDatabase counselor) {
        execute(admin(), "DROP ROLE IF EXISTS " + counselor.user());
    }

    static void execute(ServerDatabase server, String... statements) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("On " + server + ": " + e.getMessage(), e);
        }
    }

    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', hostStart);
        int query = url.indexOf('?');
        String rest = query < 0 ? "" : url.substring(query);
        String host = pathStart < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, pathStart);
        return host + "/" + database + rest;
    }

    static String databaseName(String url) {
        int hostStart = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', hostStart);
        int query = url.indexOf('?');
        return url.substring(pathStart + 1, query < 0 ? url.length() : query);
    }
}
