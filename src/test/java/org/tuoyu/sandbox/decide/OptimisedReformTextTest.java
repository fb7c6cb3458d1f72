package org.tuoyu.sandbox.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * The optimised reform's name and description, read from decide's bundle, say word for word what they said when
 * OptimisedReform built them in code (issue 13): a reader of a saved file sees the same sentences in both languages.
 */
class OptimisedReformTextTest {

    static ScenarioDocument twoTowns;
    static final DecisionLever EAST_VOUCHER = new DecisionLever(LeverKey.VOUCHER_A2, "east", 0, 2000);
    static final Cost BUDGET_2026 = new Cost(Cost.Measure.GENERAL_BUDGET, 2026, 0);

    @BeforeAll
    static void load() throws Exception {
        twoTowns = ScenarioFiles.load(Path.of("src/test/resources/decide/two-town.yaml"));
    }

    private static Optimum solve(String... targets) {
        List<Target> ts = java.util.Arrays.stream(targets).map(t -> Target.parse(t, 2026)).toList();
        return Optimiser.solve(new Problem(twoTowns.scenario(), List.of(EAST_VOUCHER), BUDGET_2026, ts));
    }

    @Test
    void aSlackTargetReadsAsBefore() {
        Optimum o = solve("enrolmentRate@east>=0.05");
        String cost = String.format(Locale.ROOT, "%,.0f", o.cost());
        String value = String.format(Locale.ROOT, "%.6g", o.targets().get(0).value());
        assertEquals(0.0, o.levers().get(EAST_VOUCHER.label()), "the baseline already meets the target: no voucher");
        assertEquals("由沙盘优化（optimise）得出：在满足 enrolmentRate@east>=0.05 @2026 的前提下使2026 年一般公共预算支出最低；"
                + "调整的杠杆及范围：districts.east.demand.voucher.A2=0:2000（其余杠杆同所继承的情景）。"
                + "结果：districts.east.demand.voucher.A2 = 0；成本 " + cost + " 元。"
                + "enrolmentRate@east>=0.05（2026）：" + value + "，已达到。", OptimisedReform.describeZh(o));
        assertEquals("Optimised by the sandbox (optimise): the least general budget in 2026 such that "
                + "enrolmentRate@east>=0.05 @2026, moving districts.east.demand.voucher.A2=0:2000 (other levers as in the "
                + "scenario it extends). Answer: districts.east.demand.voucher.A2 = 0; cost " + cost + " yuan. "
                + "enrolmentRate@east>=0.05 in 2026: " + value + " (met).", OptimisedReform.describeEn(o));
        ScenarioDocument r = OptimisedReform.of(twoTowns, o, twoTowns.location());
        assertEquals("双城基线（优化：enrolmentRate@east>=0.05）", r.name());
        assertEquals("Two towns baseline (optimised: enrolmentRate@east>=0.05)", r.nameEn());
    }

    @Test
    void anUnreachableTargetAndNoTargetReadAsBefore() {
        Optimum far = solve("enrolmentRate@east>=0.99");
        assertTrue(OptimisedReform.describeZh(far).contains("（其余杠杆同所继承的情景）。在这些范围内目标无法全部达到，以下为最接近的组合。结果："),
                OptimisedReform.describeZh(far));
        assertTrue(OptimisedReform.describeEn(far).contains("it extends). The targets cannot all be met within these "
                + "bounds; these levers come closest. Answer: "), OptimisedReform.describeEn(far));
        assertTrue(OptimisedReform.describeEn(far).endsWith(" (not met)."), OptimisedReform.describeEn(far));
        Optimum none = solve();
        ScenarioDocument r = OptimisedReform.of(twoTowns, none, twoTowns.location());
        assertEquals("双城基线（优化：最低成本）", r.name());
        assertEquals("Two towns baseline (optimised: least cost)", r.nameEn());
        assertTrue(OptimisedReform.describeZh(none).startsWith("由沙盘优化（optimise）得出：在无目标约束下使2026 年一般公共预算支出最低；"),
                OptimisedReform.describeZh(none));
    }

    @Test
    void theBundleHasEveryKeyInBothLanguagesAndAMissingKeyIsNamed() {
        ResourceBundle.Control c = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        var zh = ResourceBundle.getBundle("org.tuoyu.sandbox.decide.decide", Locale.ROOT, c).keySet();
        var en = ResourceBundle.getBundle("org.tuoyu.sandbox.decide.decide", Locale.ENGLISH, c).keySet();
        assertEquals(zh, en);
        assertTrue(zh.size() >= 11, "the reform's texts: " + zh);
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> DecideTexts.text(true, "reform.nonesuch"));
        assertTrue(e.getMessage().contains("reform.nonesuch") && e.getMessage().contains("English"), e.getMessage());
        assertEquals("a {1} b", DecideTexts.text(false, "reform.name", "a {1}", "b").replace("（优化：", " ").replace("）", ""),
                "arguments are put in once: an argument holding {1} stays as it is");
    }
}
