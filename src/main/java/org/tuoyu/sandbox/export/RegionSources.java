package org.tuoyu.sandbox.export;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.export.Styles.Fmt;
import org.tuoyu.sandbox.scenario.Provenance;
import org.tuoyu.sandbox.scenario.ProvenanceReport;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * The block of 参数 that says where the region file's figures come from: for each district field, one row per district
 * with its value and unit, the source written on the first row of a run of districts that share it and "同上" (as above)
 * after it, so that a note repeated for 16 districts is read once; then the region-wide figures with their sources.
 */
final class RegionSources {

    /**
     * A district field of the region file: its path under districts.ID (its name is the bundle's
     * regionSources.field.PATH), the bundle key of its unit (null for a share), format and value.
     */
    private record Field(String path, String unit, Fmt fmt, ToDoubleFunction<District> value) { }

    private static final List<Field> FIELDS = List.of(
            new Field("population", "regionSources.unit.people", Fmt.COUNT, District::population),
            new Field("nonHukouShare", null, Fmt.PERCENT, District::nonHukouShare),
            new Field("children", "regionSources.unit.children", Fmt.COUNT, d -> d.children().a0()
                    + d.children().a1() + d.children().a2()),
            new Field("incomePerCapitaYear", "regionSources.unit.yuanPerYear", Fmt.YUAN,
                    District::incomePerCapitaYear),
            new Field("householdSize", "regionSources.unit.people", Fmt.DECIMAL, District::householdSize),
            new Field("seats.inclusive", "regionSources.unit.seats", Fmt.COUNT, d -> d.seats().inclusive()),
            new Field("seats.market", "regionSources.unit.seats", Fmt.COUNT, d -> d.seats().market()),
            new Field("seats.toddlerClass", "regionSources.unit.seats", Fmt.COUNT,
                    d -> d.seats().toddlerClass()),
            new Field("seats.communityEmbeddedShare", null, Fmt.PERCENT, d -> d.seats().communityEmbeddedShare()),
            new Field("fees.market", "regionSources.unit.yuanPerMonth", Fmt.YUAN, d -> d.fees().market()),
            new Field("fees.inclusive", "regionSources.unit.yuanPerMonth", Fmt.YUAN, d -> d.fees().inclusive()),
            new Field("fees.toddlerClass", "regionSources.unit.yuanPerMonth", Fmt.YUAN,
                    d -> d.fees().toddlerClass()));

    private RegionSources() {}

    /** Writes the block from row r; returns the row after it. */
    static int write(SheetBuilder b, int r, Comparison cmp) {
        ScenarioDocument base = cmp.docs.get(0);
        b.text(r++, 0, cmp.text("regionSources.sourcesRegionSData") + base.region().location().fileName(), true);
        b.note(r++, cmp.text("regionSources.oneRowPerDistrict"));
        ProvenanceReport report = ProvenanceReport.of(base);
        Map<String, Provenance> sourced = report.sourced();
        for (Field f : FIELDS) {
            Provenance previous = null;
            for (District d : base.region().region().districts()) {
                String key = "region.districts." + d.id() + "." + f.path();
                Provenance p = sourced.get(key);
                if (p == null && f.path().equals("children")) p = sourced.get(key + ".A0");
                double v = f.value().applyAsDouble(d);
                if (p == null && !report.unsourced().contains(key)) continue; // a field this district does not have
                b.text(r, LeverSheet.SCOPE_COL, cmp.lang.english() ? d.nameEn() : d.nameZh());
                b.text(r, 2, cmp.text("common.regionData"));
                b.text(r, LeverSheet.KEY_COL, key);
                b.text(r, 4, cmp.text("regionSources.field." + f.path()));
                b.number(r, LeverSheet.VALUE_COL, v, f.fmt());
                b.text(r, 6, f.unit() == null ? "" : cmp.text(f.unit()));
                if (p == null) {
                    b.text(r, LeverSheet.FLAG_COL, cmp.text("common.noSource"));
                } else {
                    b.text(r, LeverSheet.FLAG_COL, flag(cmp, p));
                    if (p.equals(previous)) b.text(r, 8, cmp.text("regionSources.above"));
                    else b.wrapped(r, 8, p.source(cmp.lang.english()));
                }
                previous = p;
                r++;
            }
        }
        return regionWide(b, r, cmp, report);
    }

    /** The figures that are not per district (totals, income multipliers, provider costs, labour market...). */
    private static int regionWide(SheetBuilder b, int r, Comparison cmp, ProvenanceReport report) {
        for (Map.Entry<String, Provenance> e : report.sourced().entrySet()) {
            if (!e.getKey().startsWith("region.") || e.getKey().startsWith("region.districts.")) continue;
            b.text(r, LeverSheet.SCOPE_COL, cmp.text("common.regionWide"));
            b.text(r, 2, cmp.text("common.regionData"));
            b.text(r, LeverSheet.KEY_COL, e.getKey());
            b.text(r, LeverSheet.FLAG_COL, flag(cmp, e.getValue()));
            b.wrapped(r, 8, e.getValue().source(cmp.lang.english()));
            r++;
        }
        for (String m : report.unsourced()) {
            if (!m.startsWith("region.") || m.startsWith("region.districts.")) continue;
            b.text(r, LeverSheet.SCOPE_COL, cmp.text("common.regionWide"));
            b.text(r, LeverSheet.KEY_COL, m);
            b.text(r, LeverSheet.FLAG_COL, cmp.text("common.noSource"));
            r++;
        }
        return r;
    }

    private static String flag(Comparison cmp, Provenance p) {
        return p.flag() + " " + (cmp.lang.english() ? p.flagLabelEn() : p.flagLabelZh());
    }
}
