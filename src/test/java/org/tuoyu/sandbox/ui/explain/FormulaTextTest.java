package org.tuoyu.sandbox.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.Explain;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/** The explanation panel speaks one language: no Chinese in English, no English gloss in Chinese (issue 12). */
class FormulaTextTest {

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uff08\\uff09\\uff1a\\uff0c\\uff1b]");
    /** Two English words in a row: a gloss, not a symbol such as feeCapShare or P(centre | S). */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]{3,} [A-Za-z]{3,}");

    private static List<Explain.Line> everyLine() throws Exception {
        Scenario sc = ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml")).scenario();
        int year = sc.horizon().firstYear() + 1;
        List<Explain.Line> all = new ArrayList<>();
        for (District d : sc.region().districts()) {
            all.addAll(Explain.district(sc, year, d.id()));
            for (IncomeGroup q : IncomeGroup.values()) all.addAll(Explain.group(sc, year, q, d.id()));
        }
        for (IncomeGroup q : IncomeGroup.values()) all.addAll(Explain.group(sc, year, q, null));
        return all;
    }

    @Test
    void everyFormulaAndLabelOfBeijingReadsInEnglishWithoutChinese() throws Exception {
        for (Explain.Line l : everyLine()) {
            String f = FormulaText.of(l.formula(), true);
            assertFalse(CJK.matcher(f).find(), "formula of " + l.labelEn() + " still has Chinese: " + f);
            assertFalse(CJK.matcher(l.labelEn()).find(), "label: " + l.labelEn());
        }
    }

    @Test
    void inChineseNoFormulaCarriesAnEnglishGloss() throws Exception {
        for (Explain.Line l : everyLine()) {
            String f = FormulaText.of(l.formula(), false);
            assertFalse(ENGLISH_WORDS.matcher(f).find(), l.labelZh() + ": " + f);
        }
        assertEquals("各一般预算分项之和", FormulaText.of("各一般预算分项之和 sum of its components", false));
    }

    @Test
    void longerTermsWinOverTheirParts() {
        assertEquals("Σ_S P(S) × P(j | S) × interested families, P(S) from cov × r",
                FormulaText.of("Σ_S P(S) × P(j | S) × 意向家庭，P(S) 由 cov × r 决定", true));
        assertEquals("interested × (1 − P(centre | every mode))", FormulaText.of("意向 × (1 − P(centre | 全部方式))", true));
    }
}
