package org.tuoyu.sandbox.engine;

/** One number per age band. */
public record ByAge(double a0, double a1, double a2) {

    public static final ByAge ZERO = new ByAge(0, 0, 0);

    public static ByAge of(double[] v) { return new ByAge(v[0], v[1], v[2]); }

    public double get(AgeBand band) { return get(band.ordinal()); }

    public double get(int band) {
        switch (band) {
            case 0: return a0;
            case 1: return a1;
            case 2: return a2;
            default: throw new IndexOutOfBoundsException(band);
        }
    }

    public double sum() { return a0 + a1 + a2; }

    public ByAge with(AgeBand band, double value) {
        double[] v = toArray();
        v[band.ordinal()] = value;
        return of(v);
    }

    public ByAge times(double k) { return new ByAge(a0 * k, a1 * k, a2 * k); }

    public double[] toArray() { return new double[] {a0, a1, a2}; }
}
