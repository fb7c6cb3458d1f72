package org.tuoyu.sandbox.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every key of the UI bundle (ui/i18n/messages*.properties), and of the export, workshop, decide and district-import
 * bundles, is used by the code: a key nobody reads is a text
 * translated and reviewed for nothing, and a sign that the screen shows something else (issue 12 found nine unused
 * {@code cmp.*} keys). A key counts as used when its name is a string literal in src/main/java, or when it starts with a
 * literal prefix the code completes ({@code "choice." + raw}, {@code "effects.order." + o.name()}).
 */
class BundleKeysUsedTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"(\\s*\\+)?");

    /** The keys no literal in the sources names, in order. */
    static Set<String> unused(Set<String> keys, String sources) {
        Set<String> literals = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        Matcher m = LITERAL.matcher(sources);
        while (m.find()) {
            literals.add(m.group(1));
            if (m.group(2) != null && m.group(1).endsWith(".")) prefixes.add(m.group(1));
        }
        Set<String> out = new TreeSet<>();
        for (String k : keys) {
            if (literals.contains(k)) continue;
            if (prefixes.stream().anyMatch(k::startsWith)) continue;
            out.add(k);
        }
        return out;
    }

    /**
     * The other bundles the code reads by key. The help glossary is left out: its keys are the names of lever keys,
     * read as {@code key.name()}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ui/i18n/messages.properties", "export/i18n/export.properties",
            "workshop/i18n/workshop.properties", "decide/decide.properties", "scenario/i18n/districtimport.properties"})
    void everyKeyOfABundleIsReadByTheCode(String bundle) throws IOException {
        Path file = Path.of("src/main/resources/org/tuoyu/sandbox").resolve(bundle);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                sources.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        assertEquals(Set.of(), unused(p.stringPropertyNames(), sources.toString()),
                "keys in " + file + " that no code reads: remove them, or use them");
    }

    @Test
    void aKeyIsUsedByItsNameOrByAPrefixTheCodeCompletes() {
        String code = "i.t(\"tab.map\"); i.t(\"choice.\" + raw); String s = \"cmp.\"; i.t(\"say \\\"hi\\\"\");";
        assertEquals(Set.of("cmp.fiscal", "tab.compare"),
                unused(Set.of("tab.map", "tab.compare", "choice.hukou", "cmp.fiscal"), code),
                "a literal that is not completed with + does not make its keys used");
    }
}
