package org.tuoyu.sandbox.export;

/**
 * What a user may choose about a workbook or a brief beyond its scenarios.
 *
 * @param year         the year the one-year tables show besides the first and the last (null: the first year)
 * @param discountRate yearly rate at which the horizon's costs are discounted to the first year (0.03 = 3%)
 */
public record ExportOptions(Integer year, double discountRate) {

    /**
     * 3% a year: an assumption (flag A), close to the yield of long Chinese government bonds in 2024–2025 and the
     * rate most cost-benefit guidance in China uses; a user who needs another passes it.
     */
    public static final double DEFAULT_DISCOUNT_RATE = 0.03;

    public static final ExportOptions DEFAULT = new ExportOptions(null, DEFAULT_DISCOUNT_RATE);

    public ExportOptions {
        if (!(discountRate > -1 && discountRate < 1)) {
            throw new IllegalArgumentException("discount rate " + discountRate + " is outside (-100%, 100%)");
        }
    }

    public ExportOptions withYear(Integer y) { return new ExportOptions(y, discountRate); }
}
