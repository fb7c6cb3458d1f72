package org.tuoyu.sandbox.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One region's baseline data: its districts and the region-wide tables.
 *
 * @param seatsPerInstitution  average seats per centre, to turn new seats into new institutions
 * @param partTimeShare        share of enrolled children in half-day care (paid the part-time rate)
 * @param observed             administrative totals of the data year, or null when none are stated
 * @param birthsTotals         optional projected births of the whole region by year; when given it
 *                             overrides the districts' trend, split by each district's share of A0
 */
public record Region(
        String id,
        String nameZh,
        String nameEn,
        int dataYear,
        List<District> districts,
        IncomeDistribution income,
        PriceSurvey survey,
        ProviderCosts providerCosts,
        LabourMarket labour,
        PayerShares payers,
        double seatsPerInstitution,
        double partTimeShare,
        Observation observed,
        Map<Integer, Double> birthsTotals) {

    public Region {
        Objects.requireNonNull(id, "id");
        districts = List.copyOf(districts);
        if (districts.isEmpty()) throw new IllegalArgumentException("a region needs at least one district");
        Map<String, Boolean> seen = new HashMap<>();
        for (District d : districts) {
            if (seen.put(d.id(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("district id '" + d.id() + "' appears twice");
            }
        }
        Objects.requireNonNull(income, "income");
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(providerCosts, "providerCosts");
        Objects.requireNonNull(labour, "labour");
        Objects.requireNonNull(payers, "payers");
        Checks.positive("seatsPerInstitution", seatsPerInstitution);
        Checks.share("partTimeShare", partTimeShare);
        birthsTotals = birthsTotals == null ? Map.of() : Map.copyOf(birthsTotals);
    }

    public int indexOf(String districtId) {
        for (int i = 0; i < districts.size(); i++) {
            if (districts.get(i).id().equals(districtId)) return i;
        }
        return -1;
    }

    public District district(String id) {
        int i = indexOf(id);
        return i < 0 ? null : districts.get(i);
    }

    public double population() {
        double p = 0;
        for (District d : districts) p += d.population();
        return p;
    }

    public Region withDistricts(List<District> ds) {
        return new Region(id, nameZh, nameEn, dataYear, ds, income, survey, providerCosts, labour, payers,
                seatsPerInstitution, partTimeShare, observed, birthsTotals);
    }
}
