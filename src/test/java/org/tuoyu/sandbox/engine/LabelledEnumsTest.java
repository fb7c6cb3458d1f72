package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The enums a user sees hold their key and labels as one {@link Label}: each is found by its key, and no two
 * constants share a key or a label (a table column or a JSON name would be ambiguous).
 */
class LabelledEnumsTest {

    static final List<Labelled.Held[]> HELD = List.of(Hukou.values(), Account.values(), FiscalComponent.values(),
            FunctionalZone.values(), IndicatorUnit.values(), LeverGroup.values(), Mode.values(), LeverUnit.values(),
            AgeBand.values());

    @Test
    void everyConstantIsFoundByItsKeyAndKeysAreUnique() {
        for (Labelled.Held[] values : HELD) {
            Set<String> keys = new HashSet<>();
            for (Labelled.Held v : values) {
                assertTrue(keys.add(v.key()), "two constants named " + v.key());
                assertFalse(v.key().isBlank(), v + " has no key");
                assertSame(v, Labelled.fromKey(values, v.key()));
                assertEquals(v.label().zh(), v.labelZh());
                assertEquals(v.label().en(), v.labelEn());
            }
            assertNull(Labelled.fromKey(values, "noSuchKey"), "an unknown key is null; the caller words the message");
        }
    }

    @Test
    void labelsAreDistinctWhereTheyNameSomething() {
        for (Labelled.Held[] values : HELD) {
            Set<String> zh = new HashSet<>();
            Set<String> en = new HashSet<>();
            for (Labelled.Held v : values) {
                // Units without a word (a rank, a flag, a choice, a ratio) share the empty label.
                if (v.labelEn().isEmpty()) continue;
                // 人 counts people and children alike; the English says which.
                if (v != IndicatorUnit.CHILDREN) assertTrue(zh.add(v.labelZh()), "Chinese label twice: " + v.labelZh());
                assertTrue(en.add(v.labelEn()), "English label twice: " + v.labelEn());
            }
        }
    }

    @Test
    void theNewlyLabelledEnumsKeepTheirTextsAndGainKeys() {
        assertEquals("元/月", LeverUnit.YUAN_PER_MONTH.labelZh());
        assertEquals("yuanPerMonth", LeverUnit.YUAN_PER_MONTH.key());
        assertSame(LeverUnit.SHARE, LeverUnit.fromKey("share"));
        assertEquals("24-35个月", AgeBand.A2.labelZh());
        assertSame(AgeBand.A2, AgeBand.fromKey("A2"), "the band's key is its suffix in lever paths");
        assertTrue(LeverKey.VOUCHER_A2.path().endsWith("." + AgeBand.A2.key()));
        assertSame(Mode.MARKET, Mode.fromKey("market"));
        assertNull(Mode.fromKey("Market"), "keys are exact");
    }
}
