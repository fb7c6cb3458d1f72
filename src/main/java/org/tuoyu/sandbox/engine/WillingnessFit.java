package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Least-squares fit of the willingness curve to a price-acceptance survey (MODEL.md 3.4).
 * Start from the straight line through the logits, then Gauss-Newton with step halving on the
 * squared error of the shares themselves, which is what the survey measured.
 *
 * @param rmsResidual root mean square of (fitted share - surveyed share)
 * @param fitted      the model's share at each survey price, in survey order
 * @param prices      the survey's prices, 元 per month, in survey order
 * @param eta         η the fit was made with (the quintile mixture depends on it)
 */
public record WillingnessFit(WillingnessCurve curve, double rmsResidual, List<Double> burdens, List<Double> observed,
                             List<Double> fitted, int iterations, List<Double> prices, double eta) {

    /** One survey bin beside the model's acceptance at its price. */
    public record Bin(double price, double survey, double model) {}

    public WillingnessFit {
        burdens = List.copyOf(burdens);
        observed = List.copyOf(observed);
        fitted = List.copyOf(fitted);
        prices = List.copyOf(prices);
    }

    /** α of the fitted utility (b50 / s). */
    public double alpha() { return curve.b50() / curve.s(); }

    /** β of the fitted utility (−1 / s). */
    public double beta() { return -1 / curve.s(); }

    /** The survey's bins with the model's acceptance beside each. */
    public List<Bin> bins() {
        List<Bin> out = new ArrayList<>(prices.size());
        for (int i = 0; i < prices.size(); i++) out.add(new Bin(prices.get(i), observed.get(i), fitted.get(i)));
        return out;
    }

    public static WillingnessFit fit(PriceSurvey survey) {
        int n = survey.points().size();
        double income = survey.householdIncomeMonth();
        double[] b = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = survey.points().get(i).pricePerMonth() / income;
            y[i] = survey.points().get(i).shareWilling();
        }
        double mb = 0, mz = 0; // logit line: ln(1/y - 1) = (b - b50) / s, so slope = 1/s, intercept = -b50/s
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = Math.log(1 / y[i] - 1);
            mb += b[i] / n;
            mz += z[i] / n;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (b[i] - mb) * (z[i] - mz);
            sxx += (b[i] - mb) * (b[i] - mb);
        }
        double slope = sxy / sxx;
        if (!(slope > 0)) {
            throw new IllegalArgumentException("the survey's shares must fall as the price rises");
        }
        double s = 1 / slope;
        double b50 = mb - mz * s;
        double sse = sse(b, y, b50, s);
        int iter = 0;
        for (; iter < 200; iter++) {
            // Gauss-Newton normal equations for the residuals r_i = w(b_i) - y_i.
            double jtj00 = 0, jtj01 = 0, jtj11 = 0, jtr0 = 0, jtr1 = 0;
            for (int i = 0; i < n; i++) {
                double w = 1 / (1 + Math.exp((b[i] - b50) / s));
                double dw = w * (1 - w);               // derivative of w wrt -(b - b50)/s
                double d0 = dw / s;                    // dw/db50
                double d1 = dw * (b[i] - b50) / (s * s); // dw/ds
                double r = w - y[i];
                jtj00 += d0 * d0;
                jtj01 += d0 * d1;
                jtj11 += d1 * d1;
                jtr0 += d0 * r;
                jtr1 += d1 * r;
            }
            double det = jtj00 * jtj11 - jtj01 * jtj01;
            if (Math.abs(det) < 1e-300) break;
            double step0 = (jtj11 * jtr0 - jtj01 * jtr1) / det;
            double step1 = (jtj00 * jtr1 - jtj01 * jtr0) / det;
            double k = 1;
            boolean improved = false;
            while (k > 1e-6) {
                double nb = b50 - k * step0;
                double ns = s - k * step1;
                if (ns > 0 && nb > 0) {
                    double e = sse(b, y, nb, ns);
                    if (e < sse) {
                        improved = sse - e > 1e-16;
                        b50 = nb;
                        s = ns;
                        sse = e;
                        break;
                    }
                }
                k /= 2;
            }
            if (!improved) break;
        }
        List<Double> fitted = new ArrayList<>();
        List<Double> burdens = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        WillingnessCurve curve = new WillingnessCurve(b50, s);
        for (int i = 0; i < n; i++) {
            burdens.add(b[i]);
            observed.add(y[i]);
            fitted.add(curve.willing(b[i]));
            prices.add(survey.points().get(i).pricePerMonth());
        }
        return new WillingnessFit(curve, Math.sqrt(sse / n), burdens, observed, fitted, iter, prices, 1.0);
    }

    /**
     * The v2 fit (MODEL.md §4.3): the survey's acceptance at price p is the quintile mixture of its sample,
     * Σ_q m_q / (1 + e^{−(α + β p/Ȳ (Ȳ/Y_q)^η)}), with the sample's quintile incomes Y_q the city's scaled to the
     * sample mean Ȳ and m_q = 1/5. α and β are fitted by least squares on the shares (Gauss–Newton with step
     * halving from the one-income fit); the curve returned holds them as b50 = −α/β, s = −1/β.
     *
     * @param cityIncome the city's per-capita income by quintile (only their ratios matter)
     * @param eta        η, the income sensitivity the fit is made for
     */
    public static WillingnessFit fitMixture(PriceSurvey survey, ByQuintile cityIncome, double eta) {
        WillingnessFit start = fit(survey);
        int n = survey.points().size();
        double ybar = survey.householdIncomeMonth();
        double mean = cityIncome.sum() / IncomeGroup.COUNT;
        double[] k = new double[IncomeGroup.COUNT];
        for (int q = 0; q < k.length; q++) k[q] = Math.pow(mean / cityIncome.get(q), eta); // (Ȳ/Y_q)^η
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = survey.points().get(i).pricePerMonth() / ybar;
            y[i] = survey.points().get(i).shareWilling();
        }
        double alpha = start.alpha(), beta = start.beta();
        double sse = mixtureSse(x, y, k, alpha, beta);
        int iter = 0;
        for (; iter < 500; iter++) {
            double jaa = 0, jab = 0, jbb = 0, ra = 0, rb = 0;
            for (int i = 0; i < n; i++) {
                double m = 0, da = 0, db = 0;
                for (double kq : k) {
                    double w = 1 / (1 + Math.exp(-(alpha + beta * x[i] * kq)));
                    m += w / k.length;
                    da += w * (1 - w) / k.length;
                    db += w * (1 - w) * x[i] * kq / k.length;
                }
                double r = m - y[i];
                jaa += da * da;
                jab += da * db;
                jbb += db * db;
                ra += da * r;
                rb += db * r;
            }
            double det = jaa * jbb - jab * jab;
            if (Math.abs(det) < 1e-300) break;
            double sa = (jbb * ra - jab * rb) / det, sb = (jaa * rb - jab * ra) / det;
            boolean improved = false;
            for (double step = 1; step > 1e-8; step /= 2) {
                double na = alpha - step * sa, nb = beta - step * sb;
                if (!(nb < 0) || -na / nb <= 0 || -na / nb >= 5 || -1 / nb >= 5) continue;
                double e = mixtureSse(x, y, k, na, nb);
                if (e < sse) {
                    improved = sse - e > 1e-18;
                    alpha = na;
                    beta = nb;
                    sse = e;
                    break;
                }
            }
            if (!improved) break;
        }
        List<Double> burdens = new ArrayList<>(), observed = new ArrayList<>(), fitted = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            burdens.add(x[i]);
            observed.add(y[i]);
            fitted.add(mixture(x[i], k, alpha, beta));
            prices.add(survey.points().get(i).pricePerMonth());
        }
        return new WillingnessFit(new WillingnessCurve(-alpha / beta, -1 / beta), Math.sqrt(sse / n), burdens, observed,
                fitted, iter, prices, eta);
    }

    private static double mixture(double x, double[] k, double alpha, double beta) {
        double m = 0;
        for (double kq : k) m += 1 / (1 + Math.exp(-(alpha + beta * x * kq))) / k.length;
        return m;
    }

    private static double mixtureSse(double[] x, double[] y, double[] k, double alpha, double beta) {
        double e = 0;
        for (int i = 0; i < x.length; i++) {
            double r = mixture(x[i], k, alpha, beta) - y[i];
            e += r * r;
        }
        return e;
    }

    private static double sse(double[] b, double[] y, double b50, double s) {
        double e = 0;
        for (int i = 0; i < b.length; i++) {
            double r = 1 / (1 + Math.exp((b[i] - b50) / s)) - y[i];
            e += r * r;
        }
        return e;
    }
}
