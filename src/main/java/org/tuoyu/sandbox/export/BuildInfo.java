package org.tuoyu.sandbox.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The program's version and the commit it was built from, as Maven wrote them into the jar
 * (org/tuoyu/sandbox/build.properties, by git-commit-id-maven-plugin); "development build" when neither is known.
 * Shown in About, the workbook, the brief and {@code --version}, so a figure in a proposal can be traced to a build.
 */
public final class BuildInfo {

    private static final String BUILD_PROPERTIES = "org/tuoyu/sandbox/build.properties";
    private static final String POM_PROPERTIES = "META-INF/maven/org.tuoyu/childcare-policy-sandbox/pom.properties";
    private static final Properties BUILD = load(BUILD_PROPERTIES);

    private BuildInfo() {}

    public static String version() {
        String v = BUILD.getProperty("git.build.version");
        if (v == null || v.isBlank()) v = load(POM_PROPERTIES).getProperty("version");
        if (v == null || v.isBlank()) v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "development build" : v;
    }

    /** The short commit id, with "+local changes" when the tree was dirty; empty when not built from git. */
    public static String commit() {
        String c = BUILD.getProperty("git.commit.id.abbrev", "");
        if (c.isBlank()) return "";
        return "true".equals(BUILD.getProperty("git.dirty")) ? c + "+local changes" : c;
    }

    /** The commit's date (yyyy-MM-dd), or empty. */
    public static String commitDate() { return BUILD.getProperty("git.commit.time", ""); }

    /** "0.1.0 (build 1a2b3c4, 2026-12-01)": version and build in one line for About, footers and --version. */
    public static String describe() {
        String c = commit();
        if (c.isEmpty()) return version();
        String d = commitDate();
        return version() + " (build " + c + (d.isEmpty() ? "" : ", " + d) + ")";
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // An unreadable resource means an unknown build, which version() says in words.
        }
        return p;
    }
}
