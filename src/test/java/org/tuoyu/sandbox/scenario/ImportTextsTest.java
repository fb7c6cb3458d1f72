package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import's bundle and the code agree: every key the code names is in both languages (else the import throws at
 * the first such refusal), and every key of the bundle is read (else a text is translated for nothing). Both
 * languages having the same keys is arch/BundleKeysTest's check, for every bundle.
 */
class ImportTextsTest {

    private static final Path ZH = Path.of("src/main/resources/org/tuoyu/sandbox/scenario/i18n/districtimport.properties");
    private static final Path EN = Path.of("src/main/resources/org/tuoyu/sandbox/scenario/i18n/districtimport_en.properties");
    /** t.t("key" and t("key", also through a conditional: t.t(x ? "a" : "b"). */
    private static final Pattern KEY = Pattern.compile("\\bt\\((?:[^\";]*?\\?\\s*)?\"([a-zA-Z0-9.]+)\"(?:\\s*:\\s*\"([a-zA-Z0-9.]+)\")?");

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    /** The keys the sources of the import (scenario/ and cli/DistrictsCommand) name as literals. */
    private static Set<String> named() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/java/org/tuoyu/sandbox/scenario")),
                Stream.of(Path.of("src/main/java/org/tuoyu/sandbox/cli/DistrictsCommand.java")))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1));
                    if (m.group(2) != null) out.add(m.group(2));
                }
            }
        }
        out.removeIf(k -> k.endsWith(".")); // a prefix the code completes: see built()
        return out;
    }

    /** The keys the code builds: one section title per kind of entry, a unit and a reason per plausible range. */
    private static Set<String> built() {
        Set<String> out = new TreeSet<>();
        for (ImportReport.Kind k : ImportReport.Kind.values()) out.add("report.section." + k.name());
        for (FieldRules.Bound b : FieldRules.BOUNDS) {
            out.add("bound." + b.field() + ".unit");
            out.add("bound." + b.field() + ".why");
        }
        return out;
    }

    @Test
    void everyKeyTheImportNamesIsInBothLanguagesAndEveryKeyIsRead() throws IOException {
        Set<String> used = named();
        used.addAll(built());
        for (Path bundle : new Path[] {ZH, EN}) {
            Set<String> keys = new TreeSet<>(load(bundle).stringPropertyNames());
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys);
            assertEquals(Set.of(), missing, "keys the code names that " + bundle + " lacks");
            keys.removeAll(used);
            assertEquals(Set.of(), keys, "keys of " + bundle + " no code reads");
        }
    }

    @Test
    void theKeyFinderSeesPlainAndConditionalKeys() {
        Matcher m = KEY.matcher("t.t(\"a.b\", x); t.t(n.size() == 1 ? \"c.d\" : \"e.f\"); other(\"g.h\")");
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
            if (m.group(2) != null) found.add(m.group(2));
        }
        assertEquals(Set.of("a.b", "c.d", "e.f"), found);
    }
}
