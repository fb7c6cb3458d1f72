package org.tuoyu.sandbox.ui.files;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.tuoyu.sandbox.scenario.AtomicFiles;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * Autosave for crashes. Each running instance of the app has its own slot below the recovery folder
 * ({@code instance-PID-N/}), locked for as long as it runs, so one instance never offers or deletes
 * another's work. Each autosave is one unit: a new {@code snap-N/} folder with every open scenario
 * and a manifest (each file flushed to the disk), then an atomic switch of {@code current} to it;
 * a kill at any point leaves the previous autosave whole. A clean exit removes the slot; a slot
 * whose lock is free at start belongs to a run that did not end well, and is offered.
 */
public final class Recovery {

    static final String MANIFEST = "recovery.properties";
    static final String CURRENT = "current";
    static final String LOCK = "lock";
    static final String SLOT_PREFIX = "instance-";
    private static final java.util.concurrent.atomic.AtomicInteger INSTANCES = new java.util.concurrent.atomic.AtomicInteger();

    static final String PENDING_REGION = "pending-region.yaml";

    /**
     * An imported district table not saved yet (decision 0043): the region file it will be written to, its text, and
     * the baseline's planned file. The scenarios on it are kept as they will read from that baseline file.
     */
    public record Pending(Path regionFile, String regionText, Path baselineFile) {}

    /** One scenario as found in the recovery folder; the baseline's {@code pending} is its unsaved imported region, or null. */
    public record Entry(ScenarioDocument document, Path originalFile, boolean modified, ScenarioDocument original, Pending pending) {

        public Entry(ScenarioDocument document, Path originalFile, boolean modified, ScenarioDocument original) {
            this(document, originalFile, modified, original, null);
        }
    }

    /** A snapshot of one slot to write. */
    public record Snapshot(ScenarioDocument document, Path originalFile, boolean modified, String origin) {}

    /** What an autosave holds: the scenarios that could be loaded, and why the others could not. */
    public record Contents(List<Entry> entries, List<String> problems) {}

    private final Path root;
    private final Path slot;
    private FileChannel lockChannel;
    private int sequence;

    /** A recovery slot of this instance below {@code root} (created and locked at the first write). */
    public Recovery(Path root) {
        this.root = root;
        this.slot = root.resolve(SLOT_PREFIX + ProcessHandle.current().pid() + "-" + INSTANCES.incrementAndGet());
    }

    public Path slot() { return slot; }

    public void write(List<Snapshot> slots) throws IOException { write(slots, null); }

    /** An autosave; with {@code pending}, the scenarios on that unsaved region are kept with its text (see {@link Pending}). */
    public synchronized void write(List<Snapshot> slots, Pending pending) throws IOException {
        lock();
        Path snap = slot.resolve("snap-" + ++sequence);
        Files.createDirectories(snap);
        Properties p = new Properties();
        p.setProperty("count", Integer.toString(slots.size()));
        Location pendingAt = pending == null ? null : Location.of(pending.regionFile());
        if (pending != null) {
            AtomicFiles.writeString(snap.resolve(PENDING_REGION), pending.regionText());
            p.setProperty("pending.region", pending.regionFile().toString());
            p.setProperty("pending.baseline", pending.baselineFile().toString());
        }
        for (int i = 0; i < slots.size(); i++) {
            Snapshot s = slots.get(i);
            String name = "scenario-" + i + ".yaml";
            if (pendingAt != null && pendingAt.equals(s.document().region().location())) {
                AtomicFiles.writeString(snap.resolve(name), ScenarioFiles.textAt(s.document(), pending.baselineFile()));
                p.setProperty(i + ".pending", "true");
            } else {
                ScenarioFiles.save(s.document(), snap.resolve(name));
            }
            p.setProperty(i + ".file", name);
            if (s.originalFile() != null) p.setProperty(i + ".original", s.originalFile().toString());
            p.setProperty(i + ".modified", Boolean.toString(s.modified()));
            if (s.origin() != null) p.setProperty(i + ".origin", s.origin());
        }
        StringWriter w = new StringWriter();
        p.store(w, "Childcare Policy Sandbox recovery; deleted on a clean exit");
        AtomicFiles.writeString(snap.resolve(MANIFEST), w.toString());
        AtomicFiles.writeString(slot.resolve(CURRENT), snap.getFileName().toString()); // the switch
        removeSnapshotsBut(slot, snap.getFileName().toString());
    }

    /** True when this instance has an autosave. */
    public boolean exists() { return current(slot) != null; }

    /** This instance's last autosave (restores what can be restored). */
    public List<Entry> read() throws IOException {
        return read(slot).entries();
    }

    /** Removes this instance's autosave (nothing is unsaved any more); the slot stays locked. */
    public synchronized void clear() throws IOException {
        if (Files.isDirectory(slot)) {
            Files.deleteIfExists(slot.resolve(CURRENT));
            removeSnapshotsBut(slot, null);
        }
    }

    /** A clean exit: the slot goes, and its lock with it. */
    public synchronized void close() throws IOException {
        clear();
        if (lockChannel != null) {
            lockChannel.close();
            lockChannel = null;
        }
        Files.deleteIfExists(slot.resolve(LOCK));
        Files.deleteIfExists(slot);
    }

    private void lock() throws IOException {
        if (lockChannel != null) return;
        Files.createDirectories(slot);
        FileChannel ch = FileChannel.open(slot.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (ch.tryLock() == null) {
            ch.close();
            throw new IOException("the recovery slot " + slot + " is locked by another program");
        }
        lockChannel = ch;
    }

    /**
     * Autosaves of runs that ended without a clean exit: slots whose lock is free (their process is
     * gone), and the single autosave of earlier versions at the top of the folder. Each one found is
     * locked by this instance until restored or discarded, so that two instances starting at once do
     * not both offer it. A running instance's slot is never listed.
     */
    public List<Orphan> orphans() {
        List<Orphan> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        if (Files.isRegularFile(root.resolve(MANIFEST))) out.add(new Orphan(root, null));
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!Files.isDirectory(p) || !p.getFileName().toString().startsWith(SLOT_PREFIX) || p.equals(slot)) continue;
                FileChannel ch = FileChannel.open(p.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null; // another window of this same process
                }
                if (l == null) {
                    ch.close();
                    continue;
                }
                if (current(p) == null) {
                    ch.close(); // an instance that never saved anything: nothing to offer
                    deleteSlot(p);
                    continue;
                }
                out.add(new Orphan(p, ch));
            }
        } catch (IOException e) {
            return out; // a folder we cannot list offers nothing
        }
        return out;
    }

    /** The autosave of a run that did not end well. */
    public static final class Orphan {
        private final Path dir;
        private final FileChannel lock; // null for the earlier versions' autosave

        Orphan(Path dir, FileChannel lock) {
            this.dir = dir;
            this.lock = lock;
        }

        public Path dir() { return dir; }

        public Contents read() throws IOException { return Recovery.read(dir); }

        /** Deletes the autosave (restored into this instance, or declined). */
        public void discard() throws IOException {
            if (lock == null) {
                // earlier versions kept scenario-N.yaml and the manifest at the top of the folder
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path f : (Iterable<Path>) s::iterator) {
                        if (Files.isRegularFile(f) && (f.getFileName().toString().equals(MANIFEST)
                                || f.getFileName().toString().matches("scenario-\\d+\\.yaml"))) {
                            Files.deleteIfExists(f);
                        }
                    }
                }
                return;
            }
            lock.close();
            deleteSlot(dir);
        }
    }

    /** The folder of a slot's last complete autosave, or null. */
    private static Path current(Path slot) {
        try {
            Path c = slot.resolve(CURRENT);
            if (Files.isRegularFile(c)) {
                Path snap = slot.resolve(Files.readString(c).trim());
                return Files.isRegularFile(snap.resolve(MANIFEST)) ? snap : null;
            }
            return Files.isRegularFile(slot.resolve(MANIFEST)) ? slot : null; // the earlier versions' layout
        } catch (IOException e) {
            return null;
        }
    }

    private static Contents read(Path slot) throws IOException {
        Path snap = current(slot);
        if (snap == null) throw new IOException("no complete autosave in " + slot);
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(snap.resolve(MANIFEST))));
        int n = Integer.parseInt(p.getProperty("count", "0"));
        List<Entry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Pending pending = null;
        java.util.Map<Integer, ScenarioDocument> onPending = new java.util.HashMap<>();
        if (p.getProperty("pending.region") != null) {
            pending = new Pending(Path.of(p.getProperty("pending.region")), Files.readString(snap.resolve(PENDING_REGION)),
                    Path.of(p.getProperty("pending.baseline")));
            readPending(snap, p, n, pending, onPending, problems);
        }
        for (int i = 0; i < n; i++) {
            ScenarioDocument d = onPending.get(i);
            if (d == null && "true".equals(p.getProperty(i + ".pending"))) continue; // reported by readPending
            try {
                if (d == null) d = ScenarioFiles.load(snap.resolve(p.getProperty(i + ".file", "scenario-" + i + ".yaml")));
            } catch (ScenarioFileException e) {
                problems.add(e.getMessage()); // the others are still restored
                continue;
            }
            String orig = p.getProperty(i + ".original");
            ScenarioDocument original = null;
            String origin = p.getProperty(i + ".origin");
            if (origin != null) {
                try {
                    original = ScenarioFiles.load(Location.parse(origin));
                } catch (ScenarioFileException e) {
                    // the original is gone or changed; the restored work is measured against itself
                }
            }
            out.add(new Entry(d, orig == null ? null : Path.of(orig), Boolean.parseBoolean(p.getProperty(i + ".modified")), original,
                    i == 0 && onPending.containsKey(0) ? pending : null));
        }
        return new Contents(out, problems);
    }

    /** The scenarios kept on an unsaved imported region, read as they will read from the planned baseline file. */
    private static void readPending(Path snap, Properties p, int n, Pending pending, java.util.Map<Integer, ScenarioDocument> into,
                                    List<String> problems) throws IOException {
        List<Integer> indices = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!"true".equals(p.getProperty(i + ".pending"))) continue;
            indices.add(i);
            texts.add(Files.readString(snap.resolve(p.getProperty(i + ".file", "scenario-" + i + ".yaml"))));
        }
        try {
            List<ScenarioDocument> docs = ScenarioFiles.readAt(pending.baselineFile(), pending.regionFile(), pending.regionText(), texts);
            for (int k = 0; k < docs.size(); k++) into.put(indices.get(k), docs.get(k));
        } catch (ScenarioFileException e) {
            problems.add(e.getMessage());
        }
    }

    private static void removeSnapshotsBut(Path slot, String keep) throws IOException {
        try (Stream<Path> s = Files.list(slot)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String f = p.getFileName().toString();
                if (Files.isDirectory(p) && f.startsWith("snap-") && !f.equals(keep)) deleteTree(p);
            }
        }
    }

    private static void deleteSlot(Path slot) throws IOException { deleteTree(slot); }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = new ArrayList<>();
            s.forEach(all::add);
            for (int i = all.size() - 1; i >= 0; i--) Files.deleteIfExists(all.get(i));
        }
    }
}
