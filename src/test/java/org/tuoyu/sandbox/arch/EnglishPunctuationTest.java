package org.tuoyu.sandbox.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English text uses ASCII punctuation: "(S): ", "; ", ", ". Issue 13 found the English brief's source lines reading
 * "residents（E）：seed 003" and the English workshop board joining levers with "；", both copied from the Chinese
 * bundle. Han characters are allowed (a Chinese font's name, 中文 in the language menu); their punctuation is not.
 */
class EnglishPunctuationTest {

    /** Full-width and CJK punctuation an English sentence never needs. */
    private static final String FULL_WIDTH = "（）：；，。、！？";

    /** Every English value under {@code root} holding full-width punctuation, as "FILE: key = value". */
    static List<String> fullWidthInEnglish(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        for (Map<String, Path> files : BundleKeysTest.bundles(root).values()) {
            Path en = files.get("en");
            if (en == null) continue;
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(en, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String k : new TreeSet<>(p.stringPropertyNames())) {
                String v = p.getProperty(k);
                if (v.chars().anyMatch(c -> FULL_WIDTH.indexOf(c) >= 0)) out.add(root.relativize(en) + ": " + k + " = " + v);
            }
        }
        return out;
    }

    @Test
    void noEnglishBundleValueHasFullWidthPunctuation() throws IOException {
        Path root = Path.of("src/main/resources");
        assertTrue(BundleKeysTest.bundles(root).size() >= 5, BundleKeysTest.bundles(root).keySet().toString());
        assertEquals(List.of(), fullWidthInEnglish(root));
    }

    @Test
    void theCheckFindsAFullWidthColonAndSemicolon(@TempDir Path dir) throws IOException {
        Path i18n = Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(i18n.resolve("t.properties"), "a=来源（S）：{0}\nb=；\nc=宋体\n", StandardCharsets.UTF_8);
        Files.writeString(i18n.resolve("t_en.properties"), "a=Source（S）：{0}\nb=\\uff1b\nc=宋体\n", StandardCharsets.UTF_8);
        assertEquals(List.of("i18n/t_en.properties: a = Source（S）：{0}", "i18n/t_en.properties: b = ；"),
                fullWidthInEnglish(dir));
    }
}
