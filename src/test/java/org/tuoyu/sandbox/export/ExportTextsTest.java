package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each named template is in both bundles, with the same slots, and the Chinese one is Chinese. That every key the
 * export's code reads (with {@code text}, {@code get} or a prefix) is in both bundles: arch/KeysTheCodeReadsTest.
 */
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
}
