package org.tuoyu.sandbox.engine;

/** One number per income quintile, Q1 (poorest) to Q5. */
public record ByQuintile(double q1, double q2, double q3, double q4, double q5) {

    public static ByQuintile of(double[] v) { return new ByQuintile(v[0], v[1], v[2], v[3], v[4]); }

    public static ByQuintile uniform(double v) { return new ByQuintile(v, v, v, v, v); }

    public double get(IncomeGroup q) { return get(q.ordinal()); }

    public double get(int q) {
        switch (q) {
            case 0: return q1;
            case 1: return q2;
            case 2: return q3;
            case 3: return q4;
            case 4: return q5;
            default: throw new IndexOutOfBoundsException(q);
        }
    }

    public double sum() { return q1 + q2 + q3 + q4 + q5; }

    public double[] toArray() { return new double[] {q1, q2, q3, q4, q5}; }
}
