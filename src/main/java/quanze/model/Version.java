package quanze.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** quanze's version, written once (pom.xml) and filled into {@code quanze/version.properties} by the build. */
public final class Version {

    private static final String NUMBER = load();

    private Version() {
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/quanze/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // fall through: an unbuilt tree has no version
        }
        String v = p.getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown" : v;
    }

    /** "0.1.0". */
    public static String number() {
        return NUMBER;
    }
}
