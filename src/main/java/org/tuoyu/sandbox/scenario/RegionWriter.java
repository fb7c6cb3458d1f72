package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tuoyu.sandbox.engine.ByAge;
import org.tuoyu.sandbox.engine.ByQuintile;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.PayerSplit;
import org.tuoyu.sandbox.engine.ProviderCosts;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.SurveyPoint;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a region back as a region file (docs/scenario-format.md), keeping provenance: the column
 * map goes to {@code provenance:}, a figure's own source is written inline as {value, flag, source}.
 * Comments of the file it was read from are not carried; every source string is.
 */
public final class RegionWriter {

    private RegionWriter() {}

    /** Writes through a temporary file; returns the document as read back from {@code target}. */
    public static RegionDocument save(RegionDocument doc, Path target, String... headerLines) throws IOException, ScenarioFileException {
        Location at = Location.of(target);
        String text = toYaml(doc, headerLines);
        AtomicFiles.writeString(target, text);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return RegionReader.parse(at, text, Hashes.sha256(bytes));
    }

    /** Re-reads a document from its own text: the region reader's checks, applied to a built region. */
    public static RegionDocument reread(RegionDocument doc, Location as, String... headerLines) throws ScenarioFileException {
        String text = toYaml(doc, headerLines);
        return RegionReader.parse(as, text, Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static String toYaml(RegionDocument doc, String... headerLines) {
        Region r = doc.region();
        W w = new W(doc.provenance());
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("id", r.id());
        head.put("name", names(r.nameZh(), r.nameEn()));
        head.put("dataYear", w.v("region.dataYear", r.dataYear()));
        root.put("region", head);
        if (r.formatVersion() != 1) root.put("formatVersion", r.formatVersion());
        if (!doc.map().isEmpty()) root.put("map", doc.map());
        if (!doc.columnProvenance().isEmpty()) {
            Map<String, Object> cols = new LinkedHashMap<>();
            for (Map.Entry<String, Provenance> e : new TreeMap<>(doc.columnProvenance()).entrySet()) {
                cols.put(e.getKey(), sourced(null, e.getValue()));
            }
            root.put("provenance", cols);
        }
        List<Object> districts = new ArrayList<>();
        for (District d : r.districts()) districts.add(district(d, w));
        root.put("districts", districts);

        Map<String, Object> income = new LinkedHashMap<>();
        income.put("multipliers", w.list("income.multipliers", r.income().multipliers()));
        income.put("familyShares", w.list("income.familyShares", r.income().familyShares()));
        income.put("marginalTaxRate", w.list("income.marginalTaxRate", r.income().marginalTaxRate()));
        if (r.cityIncome() != null) income.put("cityQuintiles", w.list("income.cityQuintiles", r.cityIncome()));
        root.put("income", income);

        root.put("survey", survey(doc, w));

        root.put("providerCosts", providerCosts(r.providerCosts(), w));

        Map<String, Object> labour = new LinkedHashMap<>();
        labour.put("insuredWageMonth", w.v("labour.insuredWageMonth", r.labour().insuredWageMonth()));
        labour.put("insuredBirthShare", w.v("labour.insuredBirthShare", r.labour().insuredBirthShare()));
        root.put("labour", labour);

        root.put("payers", payers(r, w));
        root.put("seatsPerInstitution", w.v("seatsPerInstitution", r.seatsPerInstitution()));
        root.put("partTimeShare", w.v("partTimeShare", r.partTimeShare()));
        if (r.observed() != null && !r.observed().isV1Form(r.dataYear())) {
            root.put("observed", observedList(r.observed(), w));
        } else if (r.observed() != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("enrolled", w.v("observed.enrolled", r.observed().enrolled()));
            if (!Double.isNaN(r.observed().utilisation())) o.put("utilisation", w.v("observed.utilisation", r.observed().utilisation()));
            root.put("observed", o);
        }
        if (!r.birthsTotals().isEmpty()) {
            Map<Integer, Object> b = new LinkedHashMap<>();
            for (Map.Entry<Integer, Double> e : new TreeMap<>(r.birthsTotals()).entrySet()) {
                b.put(e.getKey(), w.v("birthsTotals." + e.getKey(), e.getValue()));
            }
            root.put("birthsTotals", b);
        }
        if (!doc.totals().isEmpty()) {
            Map<String, Object> t = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : doc.totals().entrySet()) t.put(e.getKey(), w.v("totals." + e.getKey(), e.getValue()));
            root.put("totals", t);
        }

        return header(r, headerLines) + dump(root);
    }

    /** The {@code survey:} section: the price survey the willingness curve is fitted to. */
    private static Map<String, Object> survey(RegionDocument doc, W w) {
        Map<String, Object> survey = new LinkedHashMap<>();
        if (!doc.surveySource().isEmpty()) survey.put("source", doc.surveySource());
        survey.put("incomePerCapitaMonth", w.v("survey.incomePerCapitaMonth", doc.region().survey().incomePerCapitaMonth()));
        survey.put("householdSize", w.v("survey.householdSize", doc.region().survey().householdSize()));
        List<Object> points = new ArrayList<>();
        int i = 0;
        for (SurveyPoint p : doc.region().survey().points()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("price", w.v("survey.points[" + i + "].price", p.pricePerMonth()));
            pm.put("shareWilling", w.v("survey.points[" + i + "].shareWilling", p.shareWilling()));
            points.add(pm);
            i++;
        }
        survey.put("points", points);
        return survey;
    }

    private static Map<String, Object> providerCosts(ProviderCosts c, W w) {
        Map<String, Object> costs = new LinkedHashMap<>();
        costs.put("childrenPerCarer", w.ages("providerCosts.childrenPerCarer", c.childrenPerCarer()));
        costs.put("carerWageMonth", w.v("providerCosts.carerWageMonth", c.carerWageMonth()));
        costs.put("onCostShare", w.v("providerCosts.onCostShare", c.onCostShare()));
        costs.put("staffFixedShare", w.v("providerCosts.staffFixedShare", c.staffFixedShare()));
        costs.put("rentPerM2Month", w.v("providerCosts.rentPerM2Month", c.rentPerM2Month()));
        costs.put("areaPerSeat", w.v("providerCosts.areaPerSeat", c.areaPerSeat()));
        costs.put("overheadPerSeatMonth", w.v("providerCosts.overheadPerSeatMonth", c.overheadPerSeatMonth()));
        costs.put("consumablesPerChildMonth", w.v("providerCosts.consumablesPerChildMonth", c.consumablesPerChildMonth()));
        if (c.toddlerClassCostShare() != ProviderCosts.DEFAULT_TODDLER_CLASS_COST_SHARE
                || w.sources.containsKey("providerCosts.toddlerClassCostShare")) {
            costs.put("toddlerClassCostShare", w.v("providerCosts.toddlerClassCostShare", c.toddlerClassCostShare()));
        }
        return costs;
    }

    /** The {@code payers:} section: who pays each fiscal component, by level and fund. */
    private static Map<String, Object> payers(Region r, W w) {
        Map<String, Object> payers = new LinkedHashMap<>();
        for (FiscalComponent fc : FiscalComponent.values()) {
            PayerSplit s = r.payers().get(fc);
            String p = "payers." + fc.key() + ".";
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("national", w.v(p + "national", s.national()));
            m.put("city", w.v(p + "city", s.city()));
            m.put("district", w.v(p + "district", s.district()));
            m.put("insuranceFund", w.v(p + "insuranceFund", s.insuranceFund()));
            payers.put(fc.key(), m);
        }
        return payers;
    }

    private static String header(Region r, String... headerLines) {
        StringBuilder header = new StringBuilder();
        header.append("# ").append(r.nameZh()).append(" / ").append(r.nameEn()).append(" region data, data year ")
                .append(r.dataYear()).append(". Format: docs/scenario-format.md\n");
        header.append("# Flags: E exact (primary) · S exact (secondary page) · M remembered, verify · X derived · A assumption.\n");
        for (String l : headerLines) header.append("# ").append(l).append('\n');
        return header.toString();
    }

    private static String dump(Map<String, Object> root) {
        DumperOptions opts = new DumperOptions();
        opts.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
        opts.setAllowUnicode(true);
        opts.setWidth(4000);
        opts.setIndent(2);
        opts.setSplitLines(false);
        return new Yaml(opts).dump(root);
    }

    private static Map<String, Object> district(District d, W w) {
        String p = "districts." + d.id() + ".";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("name", names(d.nameZh(), d.nameEn()));
        if (!d.code().isEmpty()) m.put("code", d.code());
        m.put("zone", d.zone().key());
        m.put("population", w.v(p + "population", d.population()));
        m.put("nonHukouShare", w.v(p + "nonHukouShare", d.nonHukouShare()));
        m.put("children", w.ages(p + "children", d.children()));
        m.put("incomePerCapitaYear", w.v(p + "incomePerCapitaYear", d.incomePerCapitaYear()));
        m.put("householdSize", w.v(p + "householdSize", d.householdSize()));
        Map<String, Object> seats = new LinkedHashMap<>();
        seats.put("inclusive", w.v(p + "seats.inclusive", d.seats().inclusive()));
        seats.put("market", w.v(p + "seats.market", d.seats().market()));
        seats.put("toddlerClass", w.v(p + "seats.toddlerClass", d.seats().toddlerClass()));
        seats.put("communityEmbeddedShare", w.v(p + "seats.communityEmbeddedShare", d.seats().communityEmbeddedShare()));
        m.put("seats", seats);
        Map<String, Object> fees = new LinkedHashMap<>();
        if (!Double.isNaN(d.fees().inclusive())) fees.put("inclusive", w.v(p + "fees.inclusive", d.fees().inclusive()));
        fees.put("market", w.v(p + "fees.market", d.fees().market()));
        if (!Double.isNaN(d.fees().toddlerClass())) fees.put("toddlerClass", w.v(p + "fees.toddlerClass", d.fees().toddlerClass()));
        m.put("fees", fees);
        if (d.birthsTrend() != 0 || w.sources.containsKey(p + "birthsTrend")) m.put("birthsTrend", w.v(p + "birthsTrend", d.birthsTrend()));
        if (d.costIndex() != 1 || w.sources.containsKey(p + "costIndex")) m.put("costIndex", w.v(p + "costIndex", d.costIndex()));
        if (!Double.isNaN(d.sitingFactor())) m.put("sitingFactor", w.v(p + "sitingFactor", d.sitingFactor()));
        if (!Double.isNaN(d.accessScale())) m.put("accessScale", w.v(p + "accessScale", d.accessScale()));
        if (d.incomeMix() != null) m.put("incomeMix", w.list(p + "incomeMix", d.incomeMix()));
        return m;
    }

    private static Map<String, Object> names(String zh, String en) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zh", zh);
        m.put("en", en);
        return m;
    }

    static Map<String, Object> sourced(Object value, Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (value != null) m.put("value", value);
        m.put("flag", p.flag());
        m.put("source", p.source());
        if (!p.sourceZh().isEmpty()) m.put("sourceZh", p.sourceZh());
        return m;
    }

    /** A number as written: whole numbers without ".0". */
    static Object num(double v) { return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v; }

    /** Writes values with their inline provenance, if they have one. */
    private static final class W {
        final Map<String, Provenance> sources;

        W(Map<String, Provenance> sources) { this.sources = sources; }

        Object v(String path, double value) {
            Provenance p = sources.get(path);
            return p == null ? num(value) : sourced(num(value), p);
        }

        Map<String, Object> ages(String path, ByAge a) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("A0", v(path + ".A0", a.a0()));
            m.put("A1", v(path + ".A1", a.a1()));
            m.put("A2", v(path + ".A2", a.a2()));
            return m;
        }

        List<Object> list(String path, ByQuintile q) {
            List<Object> l = new ArrayList<>();
            for (int i = 0; i < 5; i++) l.add(v(path + "[" + i + "]", q.get(i)));
            return l;
        }
    }

    /** The v2 form of the observed block: one entry per published figure (ObservedReader reads it). */
    private static List<Object> observedList(org.tuoyu.sandbox.engine.Observation o, W w) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < o.figures().size(); i++) {
            org.tuoyu.sandbox.engine.ObservedFigure f = o.figures().get(i);
            Provenance p = w.sources.get("observed[" + i + "]." + (f.isRange() ? "range" : "value"));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("figure", f.figure());
            if (f.district() != null) m.put("district", f.district());
            m.put("year", f.year());
            if (f.isRange()) m.put("range", List.of(plain(f.low()), plain(f.high())));
            else m.put("value", plain(f.value()));
            if (p != null) m.put("flag", p.flag());
            m.put("source", f.source());
            if (p != null && !p.sourceZh().isEmpty()) m.put("sourceZh", p.sourceZh());
            if (!f.cite().isEmpty()) m.put("cite", f.cite());
            if (!f.note().isEmpty()) m.put("note", f.note());
            if (!f.noteZh().isEmpty()) m.put("noteZh", f.noteZh());
            if (!f.fit()) m.put("use", "check");
            out.add(m);
        }
        return out;
    }

    /** A whole number without its ".0". */
    private static Object plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }
}
