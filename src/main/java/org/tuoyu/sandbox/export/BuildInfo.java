package org.tuoyu.sandbox.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version as packaged (Maven writes it into the jar); "development build" when run from classes. */
public final class BuildInfo {

    private static final String POM_PROPERTIES = "META-INF/maven/org.tuoyu/childcare-policy-sandbox/pom.properties";

    private BuildInfo() {}

    public static String version() {
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) return v;
            }
        } catch (IOException e) {
            // fall through
        }
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : "development build";
    }
}
