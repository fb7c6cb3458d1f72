package org.tuoyu.sandbox.export;

import java.util.List;
import java.util.TreeSet;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/** What every sheet of one workbook shares: the scenarios (baseline first), their results, the language. */
final class Comparison {

    final List<ScenarioDocument> docs;
    final List<ScenarioResult> results;
    final Language lang;
    final FiscalBands bands;
    /** The year the one-year sheets show: the first year of the baseline's horizon. */
    final int shownYear;

    Comparison(List<ScenarioDocument> docs, List<ScenarioResult> results, Language lang, FiscalBands bands) {
        this.docs = List.copyOf(docs);
        this.results = List.copyOf(results);
        this.lang = lang;
        this.bands = bands;
        this.shownYear = results.get(0).first().year();
    }

    int size() { return docs.size(); }

    String t(String zh, String en) { return lang.t(zh, en); }

    String name(int i) {
        ScenarioDocument d = docs.get(i);
        return lang.english() && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.name();
    }

    /** The shown year of scenario i (its first year when its horizon does not reach the baseline's first). */
    YearResult shown(int i) {
        YearResult y = results.get(i).year(shownYear);
        return y != null ? y : results.get(i).first();
    }

    /** Every year any scenario covers, in order. */
    List<Integer> years() {
        TreeSet<Integer> ys = new TreeSet<>();
        for (ScenarioResult r : results) for (YearResult y : r.years()) ys.add(y.year());
        return List.copyOf(ys);
    }

    /** Large sums are shown in 万元 (Chinese) or million yuan (English); this many 元 make one. */
    double scale() { return scaleOf(lang); }

    static double scaleOf(Language lang) { return lang.english() ? 1e6 : 1e4; }

    String scaledUnit() { return t("万元", "million yuan"); }

    String yuan() { return t("元", "yuan"); }

    String persons() { return t("人", "children"); }

    String districtName(DistrictResult d) { return lang.english() ? d.nameEn() : d.nameZh(); }

    String groupName(IncomeGroup g) {
        String[] zh = {"Q1（最低 20%）", "Q2", "Q3", "Q4", "Q5（最高 20%）"};
        String[] en = {"Q1 (poorest 20%)", "Q2", "Q3", "Q4", "Q5 (richest 20%)"};
        return lang.english() ? en[g.ordinal()] : zh[g.ordinal()];
    }

    /** The affordability threshold of scenario i, as a percentage for labels. */
    String threshold(int i) { return Units.percent(docs.get(i).scenario().behaviour().affordabilityThreshold()); }

    String neverBreaksEven() { return t("永不保本", "never"); }
}
