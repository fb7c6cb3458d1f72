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
 * @param cityIncome           the city's per-capita disposable income by quintile, 元 a year (MODEL.md §3);
 *                             null for a v1 file: {@link #cityQuintileIncome} derives it (§13)
 * @param formatVersion        1 or 2: which version of the region format the file was written in
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
        Map<Integer, Double> birthsTotals,
        ByQuintile cityIncome,
        int formatVersion) {

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
        if (cityIncome != null) {
            for (int q = 0; q < IncomeGroup.COUNT; q++) {
                Checks.positive("city income Q" + (q + 1), cityIncome.get(q));
                if (q > 0 && cityIncome.get(q) < cityIncome.get(q - 1)) {
                    throw new IllegalArgumentException("city quintile incomes must rise from Q1 to Q5");
                }
            }
        }
        if (formatVersion != 1 && formatVersion != 2) {
            throw new IllegalArgumentException("formatVersion must be 1 or 2, got " + formatVersion);
        }
    }

    /**
     * City per-capita income by quintile, 元 a year: as stated, or (a v1 file, MODEL.md §13) the v1 multipliers
     * times the population-weighted mean of the districts' per-capita incomes.
     */
    public ByQuintile cityQuintileIncome() {
        if (cityIncome != null) return cityIncome;
        double pop = 0, mean = 0;
        for (District d : districts) pop += d.population();
        for (District d : districts) mean += d.population() / pop * d.incomePerCapitaYear();
        double[] y = new double[IncomeGroup.COUNT];
        for (int q = 0; q < y.length; q++) y[q] = income.multipliers().get(q) * mean;
        return ByQuintile.of(y);
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
                seatsPerInstitution, partTimeShare, observed, birthsTotals, cityIncome, formatVersion);
    }

    public Region withBirthsTotals(Map<Integer, Double> totals) {
        return new Region(id, nameZh, nameEn, dataYear, districts, income, survey, providerCosts, labour, payers,
                seatsPerInstitution, partTimeShare, observed, totals, cityIncome, formatVersion);
    }
}
