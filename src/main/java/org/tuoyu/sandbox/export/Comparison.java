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
    /** The year the one-year sheets show: the chosen year, or the first year of the baseline's horizon. */
    final int shownYear;
    final ExportOptions options;

    Comparison(List<ScenarioDocument> docs, List<ScenarioResult> results, Language lang, FiscalBands bands) {
        this(docs, results, lang, bands, ExportOptions.DEFAULT);
    }

    Comparison(List<ScenarioDocument> docs, List<ScenarioResult> results, Language lang, FiscalBands bands,
               ExportOptions options) {
        this.docs = List.copyOf(docs);
        this.results = List.copyOf(results);
        this.lang = lang;
        this.bands = bands;
        this.options = options;
        ScenarioResult base = results.get(0);
        Integer y = options.year();
        if (y != null && base.year(y) == null) {
            throw new IllegalArgumentException("year " + y + " is outside the baseline's horizon " + base.first().year()
                    + "–" + base.last().year());
        }
        this.shownYear = y != null ? y : base.first().year();
    }

    /** True when the shown year is the first year of the horizon (the sheets' titles say which). */
    boolean shownIsFirst() { return shownYear == results.get(0).first().year(); }

    /** "2030 年" or "2025 年（期初年份）", for titles of one-year sheets. */
    String shownYearLabel() {
        return shownIsFirst() ? text("comparison.firstYearHorizon", shownYear)
                : text("comparison.year", shownYear);
    }

    /**
     * A scenario's name for a chart's axis or legend: the baseline is "基线", a reform its name without the
     * baseline's name in front ("北京 2025 + 杭州式托育券（…）" becomes "杭州式托育券") and without a trailing
     * parenthesis, so that labels stay short enough to read horizontally.
     */
    String shortName(int i) {
        if (i == 0) return text("common.baseline");
        String s = shorter(i, true);
        for (int j = 1; j < size(); j++) {
            if (j != i && shorter(j, true).equals(s)) s = shorter(i, false); // two "杭州式托育券": keep the parenthesis
        }
        // "maternity allowance for 158 days" cut from "Beijing 2025 + maternity…" starts a label: capitalised.
        return lang.english() && !s.isEmpty() ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    private String shorter(int i, boolean dropParenthesis) {
        String s = name(i);
        int plus = s.indexOf('+');
        // "北京 2025 + …", "Beijing 2025 + …": the part before the plus names the baseline the reform extends.
        if (plus > 0 && plus <= 16) s = s.substring(plus + 1).trim();
        if (dropParenthesis) s = s.replaceFirst("\\s*[（(][^（()）]*[)）]\\s*$", "");
        return s.isEmpty() ? name(i) : s;
    }

    int size() { return docs.size(); }

    /** The export bundle's text of {@code key} in this comparison's language, {0}… filled from {@code args}. */
    String text(String key, Object... args) { return ExportTexts.text(lang, key, args); }

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

    String scaledUnit() { return text("comparison.millionYuan"); }

    String yuan() { return text("common.yuan"); }

    String persons() { return text("common.children"); }

    String districtName(DistrictResult d) { return lang.english() ? d.nameEn() : d.nameZh(); }

    String groupName(IncomeGroup g) {
        return text("comparison.incomeGroup." + g.name());
    }

    /** The affordability threshold of scenario i, as a percentage for labels. */
    String threshold(int i) { return Units.percent(docs.get(i).scenario().behaviour().affordabilityThreshold()); }

    String regionName() {
        var reg = docs.get(0).region().region();
        return lang.english() ? reg.nameEn() : reg.nameZh();
    }

    String neverBreaksEven() { return text("comparison.never"); }
}
