package org.tuoyu.sandbox.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 3a (docs/model.md §3): each district's share of families in each CITY income quintile.
 *
 * <p>Per-capita incomes are log-normal in each district around its mean, ln x ~ N(ln x̄_d − σ²/2, σ²), with one
 * dispersion σ for all districts. The district means are first scaled so that their population-weighted mean
 * equals the mean of the city quintiles (district and city figures often come from different years). σ is chosen
 * so that the quintile means of the population-weighted mixture reproduce the city quintile incomes (least
 * squares in logs, golden-section search on [0.05, 2.5]); mix_d(q) is the mass of district d's distribution between
 * the mixture's quintile bounds. A district that states its mix keeps it.
 *
 * @param sigma       the fitted within-district dispersion of log income
 * @param fitted      the mixture's quintile means (元/year), to set beside the city's
 * @param cityIncome  the city quintile incomes the fit aimed at
 * @param rmsLogError root mean square of ln(fitted / city) over the quintiles
 * @param mix         per district (region order), the share of its families in each city quintile
 */
public record IncomeMix(double sigma, ByQuintile fitted, ByQuintile cityIncome, double rmsLogError, ByQuintile[] mix) {

    private static final int Q = IncomeGroup.COUNT;
    private static final Map<Key, IncomeMix> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 64;

    /** The fit for a region; regions with the same districts' populations, incomes and city quintiles share it. */
    public static IncomeMix of(Region region) {
        Key key = Key.of(region);
        IncomeMix m = CACHE.get(key);
        if (m == null) {
            m = fit(region);
            if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
            CACHE.put(key, m);
        }
        return m;
    }

    public ByQuintile mix(int district) { return mix[district]; }

    static IncomeMix fit(Region region) {
        int nd = region.districts().size();
        double[] w = new double[nd];
        double[] x = new double[nd];
        ByQuintile city = region.cityQuintileIncome();
        double pop = 0, mean = 0;
        for (int d = 0; d < nd; d++) pop += region.districts().get(d).population();
        for (int d = 0; d < nd; d++) {
            District dist = region.districts().get(d);
            w[d] = dist.population() / pop; // weights first, so that huge incomes cannot overflow the sum
            x[d] = dist.incomePerCapitaYear();
            mean += w[d] * x[d];
        }
        double scale = city.sum() / Q / mean;
        for (int d = 0; d < nd; d++) x[d] *= scale;
        // Golden-section search: the error in logs is smooth and, for realistic inputs, unimodal in σ.
        double lo = 0.05, hi = 2.5, g = (Math.sqrt(5) - 1) / 2;
        double c = hi - g * (hi - lo), e = lo + g * (hi - lo);
        double fc = error(w, x, c, city), fe = error(w, x, e, city);
        for (int it = 0; it < 60 && hi - lo > 1e-6; it++) {
            if (fc < fe) {
                hi = e; e = c; fe = fc; c = hi - g * (hi - lo); fc = error(w, x, c, city);
            } else {
                lo = c; c = e; fc = fe; e = lo + g * (hi - lo); fe = error(w, x, e, city);
            }
        }
        double sigma = (lo + hi) / 2;
        double[] bounds = bounds(w, x, sigma);
        double[] fitted = quintileMeans(w, x, sigma, bounds);
        ByQuintile[] mix = new ByQuintile[nd];
        for (int d = 0; d < nd; d++) {
            District dist = region.districts().get(d);
            mix[d] = dist.incomeMix() != null ? dist.incomeMix() : districtMix(x[d], sigma, bounds);
        }
        return new IncomeMix(sigma, ByQuintile.of(fitted), city, Math.sqrt(error(w, x, sigma, city) / Q), mix);
    }

    private static double mu(double mean, double sigma) { return Math.log(mean) - sigma * sigma / 2; }

    /** Σ_q ln(mixture quintile mean / city quintile)². */
    private static double error(double[] w, double[] x, double sigma, ByQuintile city) {
        double[] m = quintileMeans(w, x, sigma, bounds(w, x, sigma));
        double e = 0;
        for (int q = 0; q < Q; q++) {
            double r = Math.log(m[q] / city.get(q));
            e += r * r;
        }
        return e;
    }

    /** ln of the mixture's 20/40/60/80% quantiles, with −∞ and +∞ at the ends. */
    private static double[] bounds(double[] w, double[] x, double sigma) {
        double[] b = new double[Q + 1];
        b[0] = Double.NEGATIVE_INFINITY;
        b[Q] = Double.POSITIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, mu(v, sigma));
            max = Math.max(max, mu(v, sigma));
        }
        for (int i = 1; i < Q; i++) {
            double lo = min - 8 * sigma, hi = max + 8 * sigma, p = (double) i / Q;
            for (int it = 0; it < 60; it++) {
                double mid = (lo + hi) / 2;
                if (cdf(w, x, sigma, mid) < p) lo = mid; else hi = mid;
            }
            b[i] = (lo + hi) / 2;
        }
        return b;
    }

    private static double cdf(double[] w, double[] x, double sigma, double lnIncome) {
        double f = 0;
        for (int d = 0; d < w.length; d++) f += w[d] * Normal.cdf((lnIncome - mu(x[d], sigma)) / sigma);
        return f;
    }

    /** Mean income inside each quintile bin: E[x; a < ln x < b] = x̄ (Φ(β − σ) − Φ(α − σ)) for a log-normal. */
    private static double[] quintileMeans(double[] w, double[] x, double sigma, double[] b) {
        double[] m = new double[Q];
        for (int q = 0; q < Q; q++) {
            double s = 0;
            for (int d = 0; d < w.length; d++) {
                double mu = mu(x[d], sigma);
                s += w[d] * x[d] * (phi(b[q + 1], mu, sigma, sigma) - phi(b[q], mu, sigma, sigma));
            }
            m[q] = s * Q;
        }
        return m;
    }

    private static double phi(double bound, double mu, double sigma, double shift) {
        if (bound == Double.NEGATIVE_INFINITY) return 0;
        if (bound == Double.POSITIVE_INFINITY) return 1;
        return Normal.cdf((bound - mu) / sigma - shift);
    }

    private static ByQuintile districtMix(double mean, double sigma, double[] b) {
        double mu = mu(mean, sigma);
        double[] v = new double[Q];
        for (int q = 0; q < Q; q++) v[q] = phi(b[q + 1], mu, sigma, 0) - phi(b[q], mu, sigma, 0);
        return ByQuintile.of(v);
    }

    /** What the fit depends on, compared by value. */
    private record Key(double[] values) {
        static Key of(Region r) {
            int nd = r.districts().size();
            double[] v = new double[2 * nd + Q + nd * Q];
            for (int d = 0; d < nd; d++) {
                District dist = r.districts().get(d);
                v[2 * d] = dist.population();
                v[2 * d + 1] = dist.incomePerCapitaYear();
                for (int q = 0; q < Q; q++) {
                    v[2 * nd + Q + d * Q + q] = dist.incomeMix() == null ? -1 : dist.incomeMix().get(q);
                }
            }
            for (int q = 0; q < Q; q++) v[2 * nd + q] = r.cityQuintileIncome().get(q);
            return new Key(v);
        }

        @Override
        public boolean equals(Object o) { return o instanceof Key k && Arrays.equals(values, k.values); }

        @Override
        public int hashCode() { return Arrays.hashCode(values); }
    }
}
