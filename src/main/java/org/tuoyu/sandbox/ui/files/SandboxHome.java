package org.tuoyu.sandbox.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where the app keeps its own things: the recovery folder (under {@code ~/.tuoyu-sandbox}, or the
 * folder named by the system property {@code tuoyu.sandbox.home}) and the recent-files list
 * and recent-workspaces lists (java.util.prefs, node {@code org/tuoyu/sandbox} or {@code tuoyu.sandbox.prefs}).
 */
public final class SandboxHome {

    public static final int MAX_RECENT = 8;
    private final Path home;
    private final Preferences prefs;

    public SandboxHome(Path home, Preferences prefs) {
        this.home = home;
        this.prefs = prefs;
    }

    public static SandboxHome standard() {
        String h = System.getProperty("tuoyu.sandbox.home");
        Path home = h != null ? Path.of(h) : Path.of(System.getProperty("user.home"), ".tuoyu-sandbox");
        String node = System.getProperty("tuoyu.sandbox.prefs", "org/tuoyu/sandbox");
        return new SandboxHome(home, Preferences.userRoot().node(node));
    }

    public Path recoveryDir() throws IOException {
        Path d = home.resolve("recovery");
        Files.createDirectories(d);
        return d;
    }

    public List<Path> recentFiles() { return recent("recent."); }

    /** Workspace files (.tuoyu), most recent first; kept apart from scenario files (keys {@code recentWorkspace.N}). */
    public List<Path> recentWorkspaces() { return recent("recentWorkspace."); }

    public void addRecentWorkspace(Path file) { addRecent("recentWorkspace.", file); }

    private List<Path> recent(String prefix) {
        List<Path> r = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String s = prefs.get(prefix + i, null);
            if (s != null) r.add(Path.of(s));
        }
        return r;
    }

    /** Puts a file at the top of the recent list (once), keeping at most {@link #MAX_RECENT}. */
    public void addRecent(Path file) { addRecent("recent.", file); }

    private void addRecent(String prefix, Path file) {
        List<Path> r = recent(prefix);
        Path abs = file.toAbsolutePath().normalize();
        r.remove(abs);
        r.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < r.size()) prefs.put(prefix + i, r.get(i).toString());
            else prefs.remove(prefix + i);
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // the list is a convenience; losing it is harmless
        }
    }

    public String get(String key, String def) { return prefs.get(key, def); }

    public void put(String key, String value) { prefs.put(key, value); }
}
