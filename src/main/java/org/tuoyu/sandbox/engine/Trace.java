package org.tuoyu.sandbox.engine;

/**
 * Where the steps write the named quantities they compute (docs/model.md), for the "why this number" panel and
 * {@code run --explain}: an optional sink, so an evaluation without one does no extra work.
 */
public interface Trace {

    /** No trace: nothing is asked for. */
    Trace NONE = new Trace() {
        @Override
        public boolean wants(String districtId, int year) { return false; }

        @Override
        public void put(String scope, Quantity quantity, double value) { }
    };

    /** True when the quantities of this district in this year are wanted. */
    boolean wants(String districtId, int year);

    /** One quantity; {@code scope} is the district id, or id/Qn, id/Qn/A2, id/mode for finer cells. */
    void put(String scope, Quantity quantity, double value);
}
