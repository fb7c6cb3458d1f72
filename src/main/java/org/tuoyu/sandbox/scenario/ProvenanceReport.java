package org.tuoyu.sandbox.scenario;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.LeverKey;

/**
 * Which inputs of a scenario are exact and which are estimates, figure by figure, and which
 * carry no source at all (the shipped files have none of those).
 */
public record ProvenanceReport(Map<String, Provenance> sourced, List<String> unsourced) {

    private static final String[] DISTRICT_FIELDS = {"population", "nonHukouShare", "children", "incomePerCapitaYear",
            "householdSize", "seats.inclusive", "seats.market", "seats.toddlerClass", "seats.communityEmbeddedShare",
            "fees.market"};

    public static ProvenanceReport of(ScenarioDocument doc) {
        Map<String, Provenance> found = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        RegionDocument r = doc.region();
        for (District d : r.region().districts()) {
            for (String f : DISTRICT_FIELDS) {
                String path = "districts." + d.id() + "." + f;
                Provenance p = r.provenanceOf(path);
                if (p == null && f.equals("children")) p = r.provenanceOf(path + ".A0");
                if (p != null) found.put("region." + path, p); else missing.add("region." + path);
            }
            if (!Double.isNaN(d.fees().inclusive())) check(r, "districts." + d.id() + ".fees.inclusive", found, missing);
            if (!Double.isNaN(d.fees().toddlerClass())) check(r, "districts." + d.id() + ".fees.toddlerClass", found, missing);
            // v2 district fields: listed when the district states them (a stated default needs its reason too)
            String at = "districts." + d.id() + ".";
            if (d.costIndex() != 1 || r.provenanceOf(at + "costIndex") != null) check(r, at + "costIndex", found, missing);
            if (!Double.isNaN(d.sitingFactor())) check(r, at + "sitingFactor", found, missing);
            if (!Double.isNaN(d.accessScale())) check(r, at + "accessScale", found, missing);
        }
        for (String path : List.of("income.multipliers", "survey.incomePerCapitaMonth", "survey.householdSize",
                "providerCosts.carerWageMonth", "providerCosts.rentPerM2Month", "providerCosts.areaPerSeat",
                "labour.insuredWageMonth", "labour.insuredBirthShare", "payers", "seatsPerInstitution", "partTimeShare")) {
            check(r, path, found, missing);
        }
        // v2: the city quintiles, when the file states them, are an input like the multipliers
        if (r.region().cityIncome() != null) check(r, "income.cityQuintiles", found, missing);
        for (Map.Entry<String, Provenance> e : r.provenance().entrySet()) found.put("region." + e.getKey(), e.getValue());
        // Every lever the scenario sets away from its default, in its own file or its baseline.
        for (LeverKey k : LeverKey.values()) {
            double v = doc.scenario().levers().regionWide().get(k);
            Provenance p = doc.leverProvenance().get(k.path());
            if (p != null) found.put("levers." + k.path(), p);
            else if (v != k.defaultValue()) missing.add("levers." + k.path());
        }
        for (Map.Entry<String, Provenance> e : doc.leverProvenance().entrySet()) found.put("levers." + e.getKey(), e.getValue());
        return new ProvenanceReport(found, missing);
    }

    private static void check(RegionDocument r, String path, Map<String, Provenance> found, List<String> missing) {
        Provenance p = r.provenanceOf(path);
        if (p == null) {
            // a list like income.multipliers carries provenance per item
            for (int i = 0; i < 5 && p == null; i++) p = r.provenanceOf(path + "[" + i + "]");
        }
        if (p != null) found.put("region." + path, p); else missing.add("region." + path);
    }

    public long estimates() { return sourced.values().stream().filter(Provenance::estimate).count(); }

    public void print(PrintStream out) {
        for (Map.Entry<String, Provenance> e : sourced.entrySet()) {
            out.printf("    [%s] %-58s %s%n", e.getValue().flag(), e.getKey(), e.getValue().source());
        }
        for (String m : unsourced) out.printf("    [?] %-58s NO SOURCE%n", m);
        out.printf("    %d figures sourced (%d estimates: flags M, X, A), %d without a source%n",
                sourced.size(), estimates(), unsourced.size());
    }
}
