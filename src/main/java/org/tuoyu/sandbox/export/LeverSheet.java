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
        b.title(0, cmp.text("leverSheet.leversAssumptions"));
        b.note(1, cmp.text("leverSheet.sourceFlagsEExact"));
        int header = 3;
        b.headers(header, 0, cmp.text("common.scenario"), cmp.text("leverSheet.scope"), cmp.text("leverSheet.group"),
                cmp.text("leverSheet.key"), cmp.text("common.name"), cmp.text("leverSheet.value"),
                        cmp.text("common.unit"),
                cmp.text("leverSheet.sourceFlag"), cmp.text("leverSheet.source"));
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
        String all = cmp.text("common.regionWide");
        // The description first: for a reform written by optimise --out it states the problem that was solved.
        String text = cmp.lang.english() && doc.descriptionEn() != null && !doc.descriptionEn().isBlank() ? doc.descriptionEn()
                : doc.descriptionZh();
        if (text != null && !text.isBlank()) {
            b.text(r, 0, name);
            b.text(r, SCOPE_COL, all);
            b.text(r, 2, cmp.text("common.description"));
            b.text(r, KEY_COL, "description");
            b.text(r, 4, cmp.text("leverSheet.descriptionOptimisedReformProblem"));
            b.text(r, FLAG_COL, cmp.text("leverSheet.statedFile"));
            b.wrapped(r, 8, text.trim());
            r++;
        }
        if (doc.optimised() != null) r = OptimisedRows.write(b, r, cmp, name, doc.optimised());
        for (LeverKey k : LeverKey.values()) {
            double v = doc.scenario().levers().regionWide().get(k);
            r = lever(b, r, new Where(cmp, name, all), k.path(), k, v, doc.leverProvenance().get(k.path()));
        }
        for (Map.Entry<String, Map<LeverKey, Double>> o : doc.scenario().levers().districtOverrides().entrySet()) {
            District d = doc.region().region().district(o.getKey());
            String scope = d == null ? o.getKey() : cmp.lang.english() ? d.nameEn() : d.nameZh();
            for (Map.Entry<LeverKey, Double> e : o.getValue().entrySet()) {
                String path = "districts." + o.getKey() + "." + e.getKey().path();
                r = lever(b, r, new Where(cmp, name, scope), path, e.getKey(), e.getValue(),
                        doc.leverProvenance().get(path));
            }
        }
        return assumptions(b, r, cmp, i, name, all);
    }

    /** Which scenario a row belongs to and where in the region it applies (全市 or a district). */
    private record Where(Comparison cmp, String scenario, String scope) { }

    /** One behaviour, uncertainty or horizon value: its key, name, value, format and unit. */
    private record Value(String key, String label, double v, Fmt fmt, String unit) { }

    private static int lever(SheetBuilder b, int r, Where at, String path, LeverKey k, double v, Provenance p) {
        Comparison cmp = at.cmp();
        b.text(r, 0, at.scenario());
        b.text(r, SCOPE_COL, at.scope());
        b.text(r, 2, cmp.lang.english() ? k.group().labelEn() : k.group().labelZh());
        b.text(r, KEY_COL, "levers." + path);
        b.text(r, 4, cmp.lang.english() ? k.labelEn() : k.labelZh());
        if (k.unit() == LeverUnit.FLAG) {
            b.text(r, VALUE_COL, v != 0 ? cmp.text("common.yes") : cmp.text("common.no"));
        } else if (k.unit() == LeverUnit.CHOICE) {
            b.text(r, VALUE_COL, LeverValues.choice(k, v, cmp.lang));
        } else {
            b.number(r, VALUE_COL, v,
                    k.unit() == LeverUnit.SHARE ? Fmt.PERCENT : v == Math.rint(v) ? Fmt.YUAN : Fmt.DECIMAL);
        }
        b.text(r, 6, k.unit() == LeverUnit.SHARE ? "" : cmp.lang.english() ? k.unit().labelEn() : k.unit().labelZh());
        if (p != null) {
            b.text(r, FLAG_COL, p.flag() + " " + (cmp.lang.english() ? p.flagLabelEn() : p.flagLabelZh()));
            b.wrapped(r, 8, p.source(cmp.lang.english()));
        } else if (v == k.defaultValue()) {
            b.text(r, FLAG_COL, cmp.text("leverSheet.default"));
            b.wrapped(r, 8, cmp.text("leverSheet.notSetFileDefault"));
        } else {
            b.text(r, FLAG_COL, cmp.text("common.noSource"));
            b.wrapped(r, 8, cmp.text("leverSheet.setAppOrOn"));
        }
        return r + 1;
    }

    /** Behaviour, uncertainty ranges and horizon of scenario i. */
    private static int assumptions(SheetBuilder b, int r, Comparison cmp, int i, String name, String all) {
        Where at = new Where(cmp, name, all);
        ScenarioDocument doc = cmp.docs.get(i);
        Behaviour bh = doc.scenario().behaviour();
        String group = cmp.text("leverSheet.behaviour");
        String flagDefault = cmp.text("leverSheet.default"), srcDefault = cmp.text("leverSheet.defaultReasonsDocsModel");
        String flagFile = cmp.text("leverSheet.statedFile");
        // potential demand share: calibrated, stated, or default
        if (doc.calibration() != null) {
            var c = doc.calibration();
            // Model v2 calibrates to the region's observed block (several targets), v1 to one enrolled total.
            boolean one = Double.isFinite(c.targetEnrolled());
            String calibrated = one ? cmp.text("leverSheet.calibratedToEnrolment", cmp.docs.get(i).region().region().dataYear(),
                    Units.count(c.targetEnrolled()), Units.count(c.achievedEnrolled()))
                    : cmp.text("leverSheet.calibratedToObserved");
            assumption(b, r++, at, group, new Value("behaviour.potentialDemandShare",
                    cmp.text("leverSheet.potentialDemandShare"), bh.potentialDemandShare(), Fmt.PRECISE, ""),
                            "X " + cmp.text("leverSheet.calibrated"),
                            calibrated + (doc.isReform() ? cmp.text("leverSheet.baselineCalibration") : ""));
        } else {
            r = stated(b, r, at, doc, group, new Value("potentialDemandShare",
                    cmp.text("leverSheet.potentialDemandShare"), bh.potentialDemandShare(), Fmt.PRECISE, ""));
        }
        String[] ages = {"A0", "A1", "A2"};
        for (int a = 0; a < 3; a++) {
            r = stated(b, r, at, doc, group, new Value("ageWeights." + ages[a], cmp.text("leverSheet.ageWeight",
                    ages[a]), bh.ageWeights().get(a), Fmt.PRECISE, ""));
        }
        r = stated(b, r, at, doc, group, new Value("leaveEffect", cmp.text("leverSheet.leaveEffect"), bh.leaveEffect(),
                Fmt.PRECISE, ""));
        r = stated(b, r, at, doc, group, new Value("paternityOverlap", cmp.text("leverSheet.paternityOverlap"),
                bh.paternityOverlap(), Fmt.PRECISE, ""));
        r = stated(b, r, at, doc, group, new Value("matchFactor", cmp.text("leverSheet.matchFactor"), bh.matchFactor(),
                Fmt.PRECISE, ""));
        r = stated(b, r, at, doc, group, new Value("affordabilityThreshold",
                cmp.text("leverSheet.affordabilityThreshold"), bh.affordabilityThreshold(), Fmt.PERCENT, ""));
        r = stated(b, r, at, doc, group, new Value("monthsPerYear", cmp.text("leverSheet.monthsCarePerYear"),
                bh.monthsPerYear(), Fmt.DECIMAL, ""));
        String wFlag = doc.willingnessStated() ? flagFile : "X " + cmp.text("common.fitted");
        String wSrc = doc.willingnessStated() ? cmp.text("leverSheet.statedScenarioFile")
                : cmp.text("leverSheet.fittedRegionSPrice", Units.decimal(doc.fit().rmsResidual(), 4));
        assumption(b, r++, at, group, new Value("behaviour.willingness.b50", cmp.text("leverSheet.burdenHalfAcceptB"),
                bh.willingness().b50(), Fmt.PRECISE, ""), wFlag, wSrc);
        assumption(b, r++, at, group, new Value("behaviour.willingness.s", cmp.text("leverSheet.spreadAcceptanceS"),
                bh.willingness().s(), Fmt.PRECISE, ""), wFlag, wSrc);

        String ug = cmp.text("leverSheet.uncertainty");
        Uncertainty u = doc.uncertainty(), d = Uncertainty.DEFAULT;
        String[] keys = {"potentialDemandShareFactor", "b50Factor", "sFactor", "leaveEffect", "matchFactor",
                "birthsTrendShift"};
        Range[] have = {u.potentialDemandShareFactor(), u.b50Factor(), u.sFactor(), u.leaveEffect(), u.matchFactor(),
                u.birthsTrendShift()};
        Range[] dflt = {d.potentialDemandShareFactor(), d.b50Factor(), d.sFactor(), d.leaveEffect(), d.matchFactor(),
                d.birthsTrendShift()};
        for (int k = 0; k < keys.length; k++) {
            boolean same = have[k].equals(dflt[k]);
            for (int end = 0; end < 2; end++) {
                String e = end == 0 ? "low" : "high";
                String label = cmp.text("leverSheet.uncertaintyBound", cmp.text("leverSheet.uncertainty." + keys[k]),
                        cmp.text(end == 0 ? "leverSheet.lowerBound" : "leverSheet.upperBound"));
                assumption(b, r++, at, ug, new Value("uncertainty." + keys[k] + "." + e, label,
                        end == 0 ? have[k].low() : have[k].high(), Fmt.PRECISE, ""), same ? flagDefault : flagFile,
                                same ? srcDefault : cmp.text("leverSheet.statedScenarioFile"));
            }
        }
        String hg = cmp.text("leverSheet.horizon");
        String hSrc = cmp.text("leverSheet.scenarioFileOrIts");
        assumption(b, r++, at, hg, new Value("horizon.firstYear", cmp.text("leverSheet.firstYear"),
                doc.scenario().horizon().firstYear(), Fmt.YEAR, ""), flagFile, hSrc);
        assumption(b, r++, at, hg, new Value("horizon.years", cmp.text("leverSheet.years"),
                doc.scenario().horizon().years(), Fmt.YEAR, cmp.text("leverSheet.years2")), flagFile, hSrc);
        return r;
    }

    /** A behaviour value stated in this file or a baseline it extends, or the default. */
    private static int stated(SheetBuilder b, int r, Where at, ScenarioDocument doc, String group, Value x) {
        ScenarioDocument where = doc;
        while (where != null && !where.behaviourStated().containsKey(x.key())) where = where.parent();
        Value full = new Value("behaviour." + x.key(), x.label(), x.v(), x.fmt(), x.unit());
        if (where != null) {
            assumption(b, r, at, group, full, at.cmp().text("leverSheet.statedFile"),
                    at.cmp().text("leverSheet.stated") + where.location().fileName());
        } else {
            assumption(b, r, at, group, full, at.cmp().text("leverSheet.default"),
                    at.cmp().text("leverSheet.defaultReasonsDocsModel"));
        }
        return r + 1;
    }

    private static void assumption(SheetBuilder b, int r, Where at, String group, Value x, String flag, String source) {
        b.text(r, 0, at.scenario());
        b.text(r, SCOPE_COL, at.scope());
        b.text(r, 2, group);
        b.text(r, KEY_COL, x.key());
        b.text(r, 4, x.label());
        b.number(r, VALUE_COL, x.v(), x.fmt());
        b.text(r, 6, x.unit());
        b.text(r, FLAG_COL, flag);
        b.wrapped(r, 8, source);
    }
}
