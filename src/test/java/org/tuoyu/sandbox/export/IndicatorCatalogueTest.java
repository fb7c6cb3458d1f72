package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * The indicator catalogue and the JSON contract name the same number the same way: a script reading
 * {@code totals.enrolmentRate} and the goal seeker reading {@code enrolmentRate} must see one value.
 */
class IndicatorCatalogueTest {

    @Test
    void keysAndLabelsAreUnique() {
        Set<String> keys = new HashSet<>();
        Set<String> zh = new HashSet<>();
        Set<String> en = new HashSet<>();
        for (Indicator i : Indicator.values()) {
            assertTrue(keys.add(i.key()), i.key());
            assertTrue(zh.add(i.labelZh()), i.labelZh());
            assertTrue(en.add(i.labelEn()), i.labelEn());
            assertEquals(i, Indicator.fromKey(i.key()));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyIndicatorInTheJsonHasTheCataloguesValue() throws Exception {
        ScenarioDocument doc = Fixtures.beijing().get(1);
        ScenarioResult r = Evaluator.evaluate(doc.scenario());
        Map<String, Object> tree = JsonReport.scenario(doc, r);
        Map<String, Object> year = (Map<String, Object>) ((List<Object>) tree.get("years")).get(0);
        YearResult y = r.first();
        int compared = 0;
        Map<String, Object> totals = (Map<String, Object>) year.get("totals");
        for (Indicator i : Indicator.at(Indicator.Scope.REGION)) {
            if (totals.containsKey(i.key())) compared += same(i.key(), totals.get(i.key()), i.of(y));
        }
        Map<String, Object> accounts = (Map<String, Object>) year.get("accounts");
        for (Account a : Account.values()) {
            compared += same(a.key(), accounts.get(a.key()), Indicator.fromKey(a.key()).of(y));
        }
        Map<String, Object> d0 = (Map<String, Object>) ((List<Object>) year.get("districts")).get(3);
        DistrictResult d = y.districts().get(3);
        for (Indicator i : Indicator.at(Indicator.Scope.DISTRICT)) {
            if (d0.containsKey(i.key())) compared += same(d.id() + " " + i.key(), d0.get(i.key()), i.of(d));
        }
        Map<String, Object> g0 = (Map<String, Object>) ((List<Object>) year.get("incomeGroups")).get(0);
        IncomeGroupResult g = y.incomeGroups().get(0);
        for (Indicator i : Indicator.at(Indicator.Scope.GROUP)) {
            if (g0.containsKey(i.key())) compared += same("Q1 " + i.key(), g0.get(i.key()), i.of(g));
        }
        // Most of the catalogue is in the JSON already; a rename on one side would drop this count.
        assertTrue(compared >= 55, "compared " + compared);
    }

    @Test
    void theJsonReadsEveryCatalogueFigureThroughTheCatalogue() {
        // A figure written beside the catalogue ("extra") must not be one the catalogue holds: that would type its
        // name and its reader twice. When the catalogue gains unmetFull, say, the JSON must read it from there.
        int read = 0;
        for (List<? extends JsonReport.Field<?>> section : List.of(JsonReport.TOTALS, JsonReport.DISTRICT, JsonReport.GROUP)) {
            Set<String> keys = new HashSet<>();
            for (JsonReport.Field<?> f : section) {
                assertTrue(keys.add(f.key()), "written twice: " + f.key());
                if (f.indicator() == null) {
                    assertEquals(null, Indicator.fromKey(f.key()), f.key() + " is in the catalogue: read it from there");
                } else {
                    assertEquals(f.indicator().key(), f.key());
                    read++;
                }
            }
        }
        assertEquals(23 + 28 + 10, read, "catalogue figures in totals, districts and income groups");
    }

    private static int same(String what, Object json, double catalogue) {
        if (json == null) {
            assertTrue(!Double.isFinite(catalogue), what + ": JSON null but catalogue " + catalogue);
        } else {
            assertEquals(((Number) json).doubleValue(), catalogue, 1e-9 * Math.max(1, Math.abs(catalogue)), what);
        }
        return 1;
    }
}
