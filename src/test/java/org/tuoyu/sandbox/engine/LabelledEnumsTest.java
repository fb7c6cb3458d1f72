package org.tuoyu.sandbox.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
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
            AgeBand.values(), Indicator.values(), Payer.values(), UncertainParameter.values());

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

    /** Every enum a user sees under a key holds one {@link Label}: the hand-written key / labelZh / labelEn is gone. */
    static ArchRule labelledEnumsHoldOneLabel() {
        return classes().that().areEnums().and().areAssignableTo(Labelled.class)
                .should().beAssignableTo(Labelled.Held.class)
                .because("one Label field per enum (decision 0036): the key and both texts are written once, and the"
                        + " three fields, the constructor body and the three accessors are not typed again");
    }

    @Test
    void everyLabelledEnumOfTheProgramHoldsALabel() {
        JavaClasses program = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tuoyu.sandbox");
        labelledEnumsHoldOneLabel().check(program);
    }

    /** An enum that types its key and labels by hand, as seven enums did before decision 0036. */
    enum HandWritten implements Labelled {
        ONE;

        @Override public String key() { return "one"; }

        @Override public String labelZh() { return "一"; }

        @Override public String labelEn() { return "one"; }
    }

    @Test
    void theRuleReportsAnEnumThatWritesItsLabelsByHand() {
        EvaluationResult r = labelledEnumsHoldOneLabel()
                .evaluate(new ClassFileImporter().importClasses(HandWritten.class, Mode.class, Labelled.class));
        String report = String.join("\n", r.getFailureReport().getDetails());
        assertTrue(report.contains(HandWritten.class.getName()), report);
        assertFalse(report.contains(Mode.class.getName() + " "), "Mode holds a Label: " + report);
    }
}
