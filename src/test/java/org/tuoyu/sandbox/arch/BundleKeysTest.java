package org.tuoyu.sandbox.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every resource bundle under src/main/resources has its Chinese and its English file with the same keys, no empty
 * value, and the same {0} arguments in both languages: a key missing in one language shows the user a raw key (or
 * throws), and a dropped argument shows a sentence without its number. See docs/decisions/0013-labels-and-bundles.md.
 */
class BundleKeysTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    /** The bundles: NAME.properties or NAME_zh.properties (Chinese) beside NAME_en.properties, by base name. */
    static Map<String, Map<String, Path>> bundles(Path root) throws IOException {
        Map<String, Map<String, Path>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".properties"))::iterator) {
                String name = root.relativize(p).toString().replace('\\', '/').replaceAll("\\.properties$", "");
                String lang = name.endsWith("_en") ? "en" : name.endsWith("_zh") ? "zh" : "";
                String base = lang.isEmpty() ? name : name.substring(0, name.length() - 3);
                out.computeIfAbsent(base, k -> new TreeMap<>()).put(lang, p);
            }
        }
        // A .properties file with no language sibling and outside an i18n folder is configuration, not a bundle.
        out.entrySet().removeIf(e -> e.getValue().keySet().equals(Set.of("")) && !e.getKey().contains("i18n/"));
        return out;
    }

    /** What is wrong with the bundles under {@code root}, one line per problem; empty when nothing is. */
    static List<String> problems(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Path>> b : bundles(root).entrySet()) {
            Map<String, Path> files = b.getValue();
            Path zh = files.containsKey("zh") ? files.get("zh") : files.get("");
            Path en = files.get("en");
            if (zh == null || en == null) {
                out.add(b.getKey() + ": no " + (zh == null ? "Chinese (NAME.properties or NAME_zh.properties)" : "English (NAME_en.properties)")
                        + " file");
                continue;
            }
            Properties z = load(zh);
            Properties e = load(en);
            compare(root.relativize(zh), z, root.relativize(en), e, out);
            compare(root.relativize(en), e, root.relativize(zh), z, out);
            for (String k : new TreeSet<>(z.stringPropertyNames())) {
                if (!e.containsKey(k)) continue;
                Set<String> za = arguments(z.getProperty(k));
                Set<String> ea = arguments(e.getProperty(k));
                if (!za.equals(ea)) out.add(b.getKey() + ": " + k + " takes " + za + " in Chinese but " + ea + " in English");
            }
        }
        return out;
    }

    private static void compare(Path a, Properties pa, Path b, Properties pb, List<String> out) {
        for (String k : new TreeSet<>(pa.stringPropertyNames())) {
            if (!pb.containsKey(k)) out.add(a + ": " + k + " is missing from " + b);
            if (pa.getProperty(k).isBlank()) out.add(a + ": " + k + " is empty");
        }
    }

    private static Set<String> arguments(String value) {
        Set<String> r = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) r.add("{" + m.group(1) + "}");
        return r;
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) { // as Java 9+ ResourceBundle reads them
            props.load(r);
        }
        return props;
    }

    @Test
    void everyShippedBundleHasBothLanguagesWithTheSameKeysAndArguments() throws IOException {
        Path root = Path.of("src/main/resources");
        assertFalse(bundles(root).isEmpty(), "no bundle found under " + root.toAbsolutePath());
        assertTrue(bundles(root).containsKey("org/tuoyu/sandbox/ui/i18n/messages"), bundles(root).keySet().toString());
        // the district import's reasons and report (issue 12): checked like the UI's
        assertTrue(bundles(root).containsKey("org/tuoyu/sandbox/scenario/i18n/districtimport"), bundles(root).keySet().toString());
        List<String> problems = problems(root);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCheckFindsAMissingKeyAnEmptyValueADroppedArgumentAndAMissingLanguage(@TempDir Path dir) throws IOException {
        Path i18n = Files.createDirectories(dir.resolve("x/i18n"));
        Files.writeString(i18n.resolve("texts.properties"), "a=甲\nb=乙 {0}\nc=丙\n", StandardCharsets.UTF_8);
        Files.writeString(i18n.resolve("texts_en.properties"), "a=A\nb=B\nd=\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("x/export_zh.properties"), "a=甲\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("x/build.properties"), "version=1\n", StandardCharsets.UTF_8);
        List<String> p = problems(dir);
        String all = String.join("\n", p);
        assertTrue(all.contains("c is missing from x/i18n/texts_en.properties"), all);
        assertTrue(all.contains("d is missing from x/i18n/texts.properties") && all.contains("d is empty"), all);
        assertTrue(all.contains("b takes [{0}] in Chinese but [] in English"), all);
        assertTrue(all.contains("x/export: no English"), all);
        assertFalse(all.contains("build"), "configuration files are not bundles: " + all);
        assertEquals(5, p.size(), all);
    }
}
