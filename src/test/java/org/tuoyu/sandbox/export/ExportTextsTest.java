package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each named template is in both bundles, with the same slots, and the Chinese one is Chinese. */
class ExportTextsTest {

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private static TreeSet<String> slots(String text) {
        TreeSet<String> s = new TreeSet<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) s.add(m.group(1));
        return s;
    }

    @Test
    void everyTemplateHasBothLanguagesWithTheSameSlots() {
        for (Findings.Template t : Findings.Template.values()) {
            String zh = t.text(Language.ZH), en = t.text(Language.EN);
            assertEquals(slots(zh), slots(en), t.name());
            assertTrue(zh.matches("(?s).*[\\u4e00-\\u9fff].*"), "Chinese: " + t + " " + zh);
            assertTrue(!en.matches("(?s).*[\\u4e00-\\u9fff].*") && en.matches("(?s).*[a-z].*"), "English: " + t + " " + en);
        }
    }

    private static final Pattern KEY_USE = Pattern.compile("(?:cmp\\.text\\(|ExportTexts\\.text\\(\\w+, |[^.\\w]text\\()\"([\\w.]+)\"");

    /**
     * Every key the export's code asks for is in both bundles, with as many {n} arguments as the code passes at least:
     * a key missing from the bundles would throw only when its sheet or paragraph is written.
     */
    @Test
    void everyKeyTheCodeUsesIsInBothBundles() throws Exception {
        List<String> missing = new ArrayList<>();
        int used = 0;
        try (var files = Files.list(Path.of("src/main/java/org/tuoyu/sandbox/export"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY_USE.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(1).endsWith(".")) continue; // a key built from a prefix and a field's path
                    used++;
                    for (Language lang : Language.values()) {
                        try {
                            ExportTexts.get(lang, m.group(1));
                        } catch (IllegalStateException e) {
                            missing.add(f.getFileName() + ": " + m.group(1) + " (" + lang + ")");
                        }
                    }
                }
            }
        }
        assertTrue(used > 200, "keys used: " + used);
        assertEquals(List.of(), missing);
    }
}
