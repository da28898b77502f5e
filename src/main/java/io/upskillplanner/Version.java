package io.upskillplanner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version, as Maven stamped them into the build. */
public final class Version {

    public static final String NAME = "Upskill Planner";

    private Version() {
    }

    public static String number() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    /** "Upskill Planner 1.2.3", as {@code --version} prints it. */
    public static String full() {
        return NAME + " " + number();
    }
}
