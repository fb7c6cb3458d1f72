package org.tuoyu.sandbox.engine;

/** One number per centre mode: toddler class, inclusive centre, market centre. */
public record ByMode(double toddlerClass, double inclusive, double market) {

    public static final ByMode ZERO = new ByMode(0, 0, 0);

    public static ByMode of(double[] v) { return new ByMode(v[0], v[1], v[2]); }

    public double get(Mode m) { return get(m.ordinal()); }

    public double get(int mode) {
        switch (mode) {
            case 0: return toddlerClass;
            case 1: return inclusive;
            case 2: return market;
            default: throw new IndexOutOfBoundsException(mode);
        }
    }

    public double sum() { return toddlerClass + inclusive + market; }

    public ByMode plus(ByMode o) {
        return new ByMode(toddlerClass + o.toddlerClass, inclusive + o.inclusive, market + o.market);
    }

    public double[] toArray() { return new double[] {toddlerClass, inclusive, market}; }
}
