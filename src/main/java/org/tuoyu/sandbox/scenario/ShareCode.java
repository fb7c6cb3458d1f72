package org.tuoyu.sandbox.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A scenario as a short text to paste into a chat: what differs from a built-in baseline (levers and their
 * schedules, district overrides, behaviour, horizon, the name), never the file system. Format
 * {@code TYSC1-<base64url of the deflated YAML>-<CRC-32 in hex>}: a version, the payload, and a checksum so a code
 * cut short or mistyped is refused instead of opening a wrong scenario. Reading a code runs the full file
 * validation, and a code may only refer to the built-in library, so a code from a stranger cannot make the program
 * read one of the user's files.
 */
public final class ShareCode {

    public static final String PREFIX = "TYSC1-";
    /** No scenario's differences come near this; a bigger payload is a zip bomb or not ours. */
    static final int MAX_YAML_BYTES = 64 * 1024;
    private static final Set<String> KEYS = Set.of("scenario", "region", "extends", "horizon", "levers", "behaviour",
            "uncertainty", "calibrate", "formatVersion");

    private ShareCode() {}

    /** A share code is refused: the message says why in words a user can act on. */
    public static final class ShareCodeException extends Exception {
        public ShareCodeException(String message) { super(message); }
    }

    /** The code of a scenario whose baseline is in the built-in library. */
    public static String of(ScenarioDocument doc) throws ShareCodeException {
        ScenarioDocument base = doc.parent() != null ? doc.parent() : doc;
        if (base.location() == null || !base.location().isBuiltin()) {
            throw new ShareCodeException("a share code names a built-in baseline, and "
                    + (base.location() == null ? "this scenario's baseline is not saved" : base.location().display()
                    + " is not in the built-in library") + ": send the scenario file instead");
        }
        Map<String, Object> tree;
        if (doc.parent() == null) {
            tree = new LinkedHashMap<>();
            tree.put("scenario", Map.of("name", doc.name(), "nameEn", doc.nameEn()));
            tree.put("extends", Location.BUILTIN + base.location().display().replaceFirst("^builtin:", ""));
        } else {
            tree = new Yaml(new LoaderOptions()).load(ScenarioWriter.toYaml(doc, Location.of(Path.of("shared.yaml"))));
            @SuppressWarnings("unchecked")
            Map<String, Object> head = (Map<String, Object>) tree.get("scenario");
            head.remove("description"); // long sourced prose travels with the file, not in a chat line
            head.remove("source");
            if (tree.get("levers") != null) tree.put("levers", valuesOnly(tree.get("levers")));
        }
        byte[] yaml = compactYaml(tree).getBytes(StandardCharsets.UTF_8);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(deflate(yaml)) + "-" + crc(yaml);
    }

    /** The scenario text inside a code, checked: version, checksum, size, and only built-in references. */
    public static String decode(String code) throws ShareCodeException {
        String c = code == null ? "" : code.replaceAll("\\s+", "");
        if (!c.startsWith("TYSC")) throw new ShareCodeException("this is not a share code of 托育政策沙盘 (a code starts with " + PREFIX + ")");
        if (!c.startsWith(PREFIX)) {
            throw new ShareCodeException("this share code was made by another version of the program (it starts with "
                    + c.substring(0, Math.min(6, c.length())) + ", this version reads " + PREFIX + ")");
        }
        int dash = c.lastIndexOf('-');
        if (dash <= PREFIX.length()) throw new ShareCodeException("the share code is cut short: copy it again, whole");
        byte[] yaml;
        try {
            yaml = inflate(Base64.getUrlDecoder().decode(c.substring(PREFIX.length(), dash)));
        } catch (IllegalArgumentException | DataFormatException e) {
            throw new ShareCodeException("the share code is damaged (it does not unpack): copy it again, whole");
        }
        if (!crc(yaml).equalsIgnoreCase(c.substring(dash + 1))) {
            throw new ShareCodeException("the share code is damaged (its checksum does not match): copy it again, whole");
        }
        String text = new String(yaml, StandardCharsets.UTF_8);
        checkReferences(text);
        return text;
    }

    /**
     * Writes the code's scenario to {@code target} (atomically) and loads it with every check a file gets. On any
     * refusal the target is left as it was.
     */
    public static ScenarioDocument read(String code, Path target) throws ShareCodeException, IOException {
        String text = decode(code);
        Path dir = Files.createTempDirectory("tuoyu-share-");
        Path tmp = dir.resolve("shared.yaml");
        try {
            Files.writeString(tmp, text);
            try {
                ScenarioFiles.load(tmp);
            } catch (ScenarioFileException e) {
                throw new ShareCodeException("the share code holds a scenario this program refuses: "
                        + e.getMessage().replace(tmp.toString(), "share code"));
            }
            AtomicFiles.writeString(target, text);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(dir);
        }
        try {
            return ScenarioFiles.load(target);
        } catch (ScenarioFileException e) {
            throw new ShareCodeException(e.getMessage());
        }
    }

    /**
     * The code's scenario in memory, with every check a file gets, for the app to open as a reform tab (nothing is
     * written; Save asks where). A refusal names the share code, never a file.
     */
    public static ScenarioDocument open(String code) throws ShareCodeException {
        String text = decode(code);
        Location at = Location.of(Path.of("share-code.yaml"));
        try {
            return ScenarioReader.shared().loadText(at, text, 1);
        } catch (ScenarioFileException e) {
            throw new ShareCodeException("the share code holds a scenario this program refuses: "
                    + e.getMessage().replace(at.display(), "share code"));
        }
    }

    private static void checkReferences(String text) throws ShareCodeException {
        Object root;
        try {
            root = new Yaml(new LoaderOptions()).load(text);
        } catch (RuntimeException e) {
            throw new ShareCodeException("the share code does not hold a scenario");
        }
        if (!(root instanceof Map)) throw new ShareCodeException("the share code does not hold a scenario");
        Map<?, ?> m = (Map<?, ?>) root;
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) throw new ShareCodeException("the share code holds an unknown part '" + k + "'");
        }
        for (String ref : List.of("region", "extends")) {
            Object v = m.get(ref);
            if (v != null && !(v instanceof String && ((String) v).startsWith(Location.BUILTIN))) {
                throw new ShareCodeException("a share code may only refer to the built-in library, not to '" + v + "'");
            }
        }
        if (m.get("extends") == null) throw new ShareCodeException("the share code names no baseline");
    }

    /** Levers without their {value, flag, source} provenance: a code carries numbers; the file carries sources. */
    private static Object valuesOnly(Object node) {
        if (!(node instanceof Map)) return node;
        Map<?, ?> m = (Map<?, ?>) node;
        if (m.containsKey("value") && m.keySet().stream().allMatch(k -> Set.of("value", "flag", "source", "sourceZh").contains(String.valueOf(k)))) {
            return m.get("value");
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) out.put(e.getKey(), valuesOnly(e.getValue()));
        return out;
    }

    private static String compactYaml(Map<String, Object> tree) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        o.setWidth(Integer.MAX_VALUE);
        return new Yaml(o).dump(tree);
    }

    private static byte[] deflate(byte[] in) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(in);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] in) throws DataFormatException, ShareCodeException {
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(in);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) throw new DataFormatException("truncated");
                out.write(buf, 0, n);
                if (out.size() > MAX_YAML_BYTES) throw new ShareCodeException("the share code unpacks to more than a scenario ever needs: refused");
            }
            return out.toByteArray();
        } finally {
            inf.end();
        }
    }

    private static String crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return String.format("%08x", c.getValue());
    }
}
