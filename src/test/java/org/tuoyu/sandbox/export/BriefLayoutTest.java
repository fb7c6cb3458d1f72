package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.LeverKey;

/** What a reader sees of the reforms in 二 and of their levers in the appendix and in 参数. */
class BriefLayoutTest {

    @Test
    void aDescriptionKeepsItsLeadingSentencesAndNeverStopsInsideBrackets() {
        String text = "增加托育券（按常住人口发放。户籍要求未说明）。不覆盖市场化托位。" + "其余说明。".repeat(40);
        String[] parts = Brief.lead(text, 35);
        assertEquals("增加托育券（按常住人口发放。户籍要求未说明）。不覆盖市场化托位。", parts[0]);
        assertEquals("其余说明。".repeat(40), parts[1]);
        String[] en = Brief.lead("Vouchers of 1.5 thousand (e.g. in Hangzhou. Not here). Second one. Third.", 30);
        assertEquals("Vouchers of 1.5 thousand (e.g. in Hangzhou. Not here).", en[0]);
        assertEquals("Second one. Third.", en[1]);
        assertEquals("短。", Brief.lead("短。", 150)[0]);
        assertEquals("", Brief.lead("短。", 150)[1]);
    }

    @Test
    void leverValuesReadAsWordsAndPercentages() {
        assertEquals("户籍人口", LeverValues.text(LeverKey.ELIGIBILITY, 1, Language.ZH));
        assertEquals("low income first", LeverValues.text(LeverKey.RATIONING, 1, Language.EN));
        assertEquals("100.0%", LeverValues.text(LeverKey.COMMUNITY_EMBEDDED_SHARE_OF_NEW, 1, Language.ZH));
        assertEquals("4.5", LeverValues.text(LeverKey.TARGET_PER_THOUSAND, 4.5, Language.ZH));
        assertEquals("0.33", LeverValues.text(LeverKey.TARGET_PER_THOUSAND, 1 / 3.0, Language.ZH));
        for (LeverKey k : LeverKey.values()) {
            for (int v = 0; v < k.choices().size(); v++) {
                String zh = LeverValues.choice(k, v, Language.ZH);
                assertEquals(true, zh.matches(".*[\\u4e00-\\u9fff].*"), k + " choice " + v + ": " + zh);
            }
        }
    }
}
