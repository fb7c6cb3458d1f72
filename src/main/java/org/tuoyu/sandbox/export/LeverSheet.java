package org.tuoyu.sandbox.export;

import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.Behaviour;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.engine.Range;
import org.tuoyu.sandbox.engine.Uncertainty;
import org.tuoyu.sandbox.export.Styles.Fmt;
import org.tuoyu.sandbox.scenario.Provenance;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * 参数 Levers and assumptions: every lever of every scenario (region-wide, then each per-district
 * override), every behavioural parameter, the uncertainty ranges and the horizon, each with where
 * its value comes from; then the sources of the region's data.
 */
final class LeverSheet {

    static final int SCOPE_COL = 1, KEY_COL = 3, VALUE_COL = 5, FLAG_COL = 7;

    private LeverSheet() {}

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        b.title(0, cmp.t("参数与假设", "Levers and assumptions"));
        b.note(1, cmp.t("来源标识：E 精确（一手来源）· S 精确（二手来源）· M 记忆值待核 · X 推算 · A 我方假设；"
                        + "“默认”为文件未设定时的取值（政策杠杆默认为无此政策）；“未注明来源”为在应用或命令行中改动、尚无出处的取值。",
                "Source flags: E exact, primary source · S exact, secondary source · M remembered, to verify · X derived · "
                        + "A our assumption; \"default\" is the value when a file is silent (for a lever: no such policy); "
                        + "\"no source\" marks a value changed in the app or on the command line without a source."));
        int header = 3;
        b.headers(header, 0, cmp.t("方案", "Scenario"), cmp.t("范围", "Scope"), cmp.t("分组", "Group"),
                cmp.t("参数键", "Key"), cmp.t("名称", "Name"), cmp.t("值", "Value"), cmp.t("单位", "Unit"),
                cmp.t("来源标识", "Source flag"), cmp.t("来源说明", "Source"));
        int r = header + 1;
        for (int i = 0; i < cmp.size(); i++) r = scenario(b, r, cmp, i);
        int last = r - 1;
        r = RegionSources.write(b, r + 1, cmp);
        b.freeze(1, header + 1);
        b.autoFilter(header, last, 0, 8);
        b.fixWidth(8, 60);
        b.finish();
    }

    private static int scenario(SheetBuilder b, int r, Comparison cmp, int i) {
        ScenarioDocument doc = cmp.docs.get(i);
        String name = cmp.name(i);
        String all = cmp.t("全市", "Region-wide");
        // The description first: for a reform written by optimise --out it states the problem that was solved.
        String text = cmp.lang.english() && doc.descriptionEn() != null && !doc.descriptionEn().isBlank() ? doc.descriptionEn()
                : doc.descriptionZh();
        if (text != null && !text.isBlank()) {
            b.text(r, 0, name);
            b.text(r, SCOPE_COL, all);
            b.text(r, 2, cmp.t("方案说明", "description"));
            b.text(r, KEY_COL, "description");
            b.text(r, 4, cmp.t("方案说明（优化所得方案：所解的问题）", "Description (an optimised reform: the problem solved)"));
            b.text(r, FLAG_COL, cmp.t("文件设定", "stated in file"));
            b.wrapped(r, 8, text.trim());
            r++;
        }
        if (doc.optimised() != null) r = OptimisedRows.write(b, r, cmp, name, doc.optimised());
        for (LeverKey k : LeverKey.values()) {
            double v = doc.scenario().levers().regionWide().get(k);
            r = lever(b, r, cmp, name, all, k.path(), k, v, doc.leverProvenance().get(k.path()));
        }
        for (Map.Entry<String, Map<LeverKey, Double>> o : doc.scenario().levers().districtOverrides().entrySet()) {
            District d = doc.region().region().district(o.getKey());
            String scope = d == null ? o.getKey() : cmp.lang.english() ? d.nameEn() : d.nameZh();
            for (Map.Entry<LeverKey, Double> e : o.getValue().entrySet()) {
                String path = "districts." + o.getKey() + "." + e.getKey().path();
                r = lever(b, r, cmp, name, scope, path, e.getKey(), e.getValue(), doc.leverProvenance().get(path));
            }
        }
        return assumptions(b, r, cmp, i, name, all);
    }

    private static int lever(SheetBuilder b, int r, Comparison cmp, String scenario, String scope, String path, LeverKey k,
                             double v, Provenance p) {
        b.text(r, 0, scenario);
        b.text(r, SCOPE_COL, scope);
        b.text(r, 2, cmp.lang.english() ? k.group().labelEn() : k.group().labelZh());
        b.text(r, KEY_COL, "levers." + path);
        b.text(r, 4, cmp.lang.english() ? k.labelEn() : k.labelZh());
        if (k.unit() == LeverUnit.FLAG) {
            b.text(r, VALUE_COL, v != 0 ? cmp.t("是", "yes") : cmp.t("否", "no"));
        } else if (k.unit() == LeverUnit.CHOICE) {
            b.text(r, VALUE_COL, LeverValues.choice(k, v, cmp.lang));
        } else {
            b.number(r, VALUE_COL, v, k.unit() == LeverUnit.SHARE ? Fmt.PERCENT : v == Math.rint(v) ? Fmt.YUAN : Fmt.DECIMAL);
        }
        b.text(r, 6, k.unit() == LeverUnit.SHARE ? "" : cmp.lang.english() ? k.unit().labelEn() : k.unit().labelZh());
        if (p != null) {
            b.text(r, FLAG_COL, p.flag() + " " + (cmp.lang.english() ? p.flagLabelEn() : p.flagLabelZh()));
            b.wrapped(r, 8, p.source());
        } else if (v == k.defaultValue()) {
            b.text(r, FLAG_COL, cmp.t("默认", "default"));
            b.wrapped(r, 8, cmp.t("文件未设定，取默认值（无此政策）", "not set in the file: the default (no such policy)"));
        } else {
            b.text(r, FLAG_COL, cmp.t("未注明来源", "no source"));
            b.wrapped(r, 8, cmp.t("在应用或命令行中设定，或文件中未注明出处", "set in the app or on the command line, or stated without a source"));
        }
        return r + 1;
    }

    /** Behaviour, uncertainty ranges and horizon of scenario i. */
    private static int assumptions(SheetBuilder b, int r, Comparison cmp, int i, String name, String all) {
        ScenarioDocument doc = cmp.docs.get(i);
        Behaviour bh = doc.scenario().behaviour();
        String group = cmp.t("行为参数", "behaviour");
        String flagDefault = cmp.t("默认", "default"), srcDefault = cmp.t("默认值，理由见 docs/model.md", "default; reasons in docs/model.md");
        String flagFile = cmp.t("文件设定", "stated in file");
        // potential demand share: calibrated, stated, or default
        if (doc.calibration() != null) {
            var c = doc.calibration();
            // Model v2 calibrates to the region's observed block (several targets), v1 to one enrolled total.
            boolean one = Double.isFinite(c.targetEnrolled());
            String zh = one ? "校准至 " + cmp.docs.get(i).region().region().dataYear() + " 年实际入托 " + Units.count(c.targetEnrolled())
                    + " 人（模型 " + Units.count(c.achievedEnrolled()) + " 人）" : "校准至地区文件的观测数据（逐项对比见简报的效度表或 run 的 validity）";
            String en = one ? "calibrated to the observed enrolment of " + Units.count(c.targetEnrolled()) + " (model: "
                    + Units.count(c.achievedEnrolled()) + ")" : "calibrated to the region file's observed figures (compared one by one "
                    + "in the brief's validity table and run's validity)";
            assumption(b, r++, cmp, name, all, group, "behaviour.potentialDemandShare", cmp.t("潜在需求比例", "Potential-demand share"),
                    bh.potentialDemandShare(), Fmt.PRECISE, "", "X " + cmp.t("校准", "calibrated"),
                    cmp.t(zh + (doc.isReform() ? "；沿用基线的校准" : ""), en + (doc.isReform() ? "; the baseline's calibration" : "")));
        } else {
            r = stated(b, r, cmp, doc, name, all, group, "potentialDemandShare", cmp.t("潜在需求比例", "Potential-demand share"),
                    bh.potentialDemandShare(), Fmt.PRECISE, flagFile, flagDefault, srcDefault);
        }
        String[] ages = {"A0", "A1", "A2"};
        for (int a = 0; a < 3; a++) {
            r = stated(b, r, cmp, doc, name, all, group, "ageWeights." + ages[a],
                    cmp.t("年龄段需求权重 " + ages[a], "Age weight " + ages[a]), bh.ageWeights().get(a), Fmt.PRECISE,
                    flagFile, flagDefault, srcDefault);
        }
        r = stated(b, r, cmp, doc, name, all, group, "leaveEffect", cmp.t("假期替代效应", "Leave effect"), bh.leaveEffect(),
                Fmt.PRECISE, flagFile, flagDefault, srcDefault);
        r = stated(b, r, cmp, doc, name, all, group, "paternityOverlap", cmp.t("陪产假与产假重叠比例", "Paternity overlap"),
                bh.paternityOverlap(), Fmt.PRECISE, flagFile, flagDefault, srcDefault);
        r = stated(b, r, cmp, doc, name, all, group, "matchFactor", cmp.t("托位与家庭匹配系数", "Match factor"), bh.matchFactor(),
                Fmt.PRECISE, flagFile, flagDefault, srcDefault);
        r = stated(b, r, cmp, doc, name, all, group, "affordabilityThreshold", cmp.t("可负担阈值（占家庭收入）", "Affordability threshold"),
                bh.affordabilityThreshold(), Fmt.PERCENT, flagFile, flagDefault, srcDefault);
        r = stated(b, r, cmp, doc, name, all, group, "monthsPerYear", cmp.t("每年入托月数", "Months of care per year"),
                bh.monthsPerYear(), Fmt.DECIMAL, flagFile, flagDefault, srcDefault);
        String wFlag = doc.willingnessStated() ? flagFile : "X " + cmp.t("拟合", "fitted");
        String wSrc = doc.willingnessStated() ? cmp.t("场景文件设定", "stated in the scenario file")
                : cmp.t("拟合地区价格接受度问卷，均方根残差 " + Units.decimal(doc.fit().rmsResidual(), 4),
                        "fitted to the region's price-acceptance survey, RMS residual " + Units.decimal(doc.fit().rmsResidual(), 4));
        assumption(b, r++, cmp, name, all, group, "behaviour.willingness.b50", cmp.t("半数接受的负担率 b50", "Burden half accept, b50"),
                bh.willingness().b50(), Fmt.PRECISE, "", wFlag, wSrc);
        assumption(b, r++, cmp, name, all, group, "behaviour.willingness.s", cmp.t("接受度曲线离散度 s", "Spread of acceptance, s"),
                bh.willingness().s(), Fmt.PRECISE, "", wFlag, wSrc);

        String ug = cmp.t("不确定性区间", "uncertainty");
        Uncertainty u = doc.uncertainty(), d = Uncertainty.DEFAULT;
        String[] keys = {"potentialDemandShareFactor", "b50Factor", "sFactor", "leaveEffect", "matchFactor", "birthsTrendShift"};
        String[][] names = {{"潜在需求比例的乘数", "multiplier of the potential-demand share"},
                {"b50 的乘数", "multiplier of b50"}, {"s 的乘数", "multiplier of s"}, {"假期替代效应", "leave effect"},
                {"托位与家庭匹配系数", "match factor"}, {"出生趋势的平移", "shift of the births trend"}};
        Range[] have = {u.potentialDemandShareFactor(), u.b50Factor(), u.sFactor(), u.leaveEffect(), u.matchFactor(), u.birthsTrendShift()};
        Range[] dflt = {d.potentialDemandShareFactor(), d.b50Factor(), d.sFactor(), d.leaveEffect(), d.matchFactor(), d.birthsTrendShift()};
        for (int k = 0; k < keys.length; k++) {
            boolean same = have[k].equals(dflt[k]);
            for (int end = 0; end < 2; end++) {
                String e = end == 0 ? "low" : "high";
                String label = cmp.t(names[k][0] + (end == 0 ? "：下限" : "：上限"), names[k][1] + (end == 0 ? ", low" : ", high"));
                assumption(b, r++, cmp, name, all, ug, "uncertainty." + keys[k] + "." + e, label,
                        end == 0 ? have[k].low() : have[k].high(), Fmt.PRECISE, "",
                        same ? flagDefault : flagFile, same ? srcDefault : cmp.t("场景文件设定", "stated in the scenario file"));
            }
        }
        String hg = cmp.t("期间", "horizon");
        String hSrc = cmp.t("场景文件（或其基线）", "the scenario file (or its baseline)");
        assumption(b, r++, cmp, name, all, hg, "horizon.firstYear", cmp.t("起始年份", "First year"),
                doc.scenario().horizon().firstYear(), Fmt.YEAR, "", flagFile, hSrc);
        assumption(b, r++, cmp, name, all, hg, "horizon.years", cmp.t("年数", "Years"),
                doc.scenario().horizon().years(), Fmt.YEAR, cmp.t("年", "years"), flagFile, hSrc);
        return r;
    }

    /** A behaviour value stated in this file or a baseline it extends, or the default. */
    private static int stated(SheetBuilder b, int r, Comparison cmp, ScenarioDocument doc, String name, String scope, String group,
                              String key, String label, double v, Fmt fmt, String flagFile, String flagDefault, String srcDefault) {
        ScenarioDocument where = doc;
        while (where != null && !where.behaviourStated().containsKey(key)) where = where.parent();
        if (where != null) {
            assumption(b, r, cmp, name, scope, group, "behaviour." + key, label, v, fmt, "", flagFile,
                    cmp.t("设定于 ", "stated in ") + where.location().fileName());
        } else {
            assumption(b, r, cmp, name, scope, group, "behaviour." + key, label, v, fmt, "", flagDefault, srcDefault);
        }
        return r + 1;
    }

    private static void assumption(SheetBuilder b, int r, Comparison cmp, String name, String scope, String group, String key,
                                   String label, double v, Fmt fmt, String unit, String flag, String source) {
        b.text(r, 0, name);
        b.text(r, SCOPE_COL, scope);
        b.text(r, 2, group);
        b.text(r, KEY_COL, key);
        b.text(r, 4, label);
        b.number(r, VALUE_COL, v, fmt);
        b.text(r, 6, unit);
        b.text(r, FLAG_COL, flag);
        b.wrapped(r, 8, source);
    }
}
