package org.tuoyu.sandbox.engine;

/** Household income quintiles among families with children under 3, poorest first. */
public enum IncomeGroup {
    Q1, Q2, Q3, Q4, Q5;

    public static final int COUNT = 5;

    /** 1 for Q1 ... 5 for Q5, the number the targeting lever compares against. */
    public int rank() { return ordinal() + 1; }
}
