package org.tuoyu.sandbox.scenario;

import java.math.BigDecimal;
import java.text.Normalizer;
import org.tuoyu.sandbox.scenario.DistrictTable.Kind;

/** Numbers as a district table writes them: 12,345 · 12.5% · 85.1万 · full-width digits · a cell formatted as %. */
final class CellNumbers {

    private CellNumbers() {}

    /**
     * The cell's value in the region file's unit, with the column's header scale ({@code scale}: 1, 0.01 for a
     * "(%)" header, 10,000 for "(万人)"); null, with the reason appended to {@code why}, when it is not a number
     * for this kind of column, in {@code t}'s language.
     */
    static Double number(ImportTexts t, TableCell cell, Kind kind, double scale, StringBuilder why) {
        if (cell.error() != null) {
            why.append(t.t("cell.errorNotNumber", cell.error()));
            return null;
        }
        double v;
        boolean percent = false;
        if (cell.number() != null) {
            v = cell.number();
            percent = cell.percentFormat();
        } else {
            String s = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).trim()
                    .replace('\u2212', '-').replaceAll("[\\s,_'\u00a0]", "");
            double mult = 1;
            if (s.endsWith("%")) {
                percent = true;
                s = s.substring(0, s.length() - 1);
            } else if (s.endsWith("万")) {
                mult = 10_000;
                s = s.substring(0, s.length() - 1);
            }
            if (!s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                why.append(t.t("cell.notANumber"));
                return null;
            }
            if (mult != 1 && kind.percentAllowed()) {
                why.append(t.t("cell.wanInShares"));
                return null;
            }
            v = times(Double.parseDouble(s), mult);
            if (Double.isInfinite(v)) {
                why.append(t.t("cell.notFinite"));
                return null;
            }
        }
        if (percent) {
            if (!kind.percentAllowed()) {
                why.append(t.t("cell.percentInCounts"));
                return null;
            }
            return cell.number() != null ? v : v / 100;
        }
        return scale == 1 ? v : scale == 0.01 ? v / 100 : times(v, scale);
    }

    /** In decimal, so that 143.11万 is 1,431,100 and not 1,431,100.0000000002. */
    private static double times(double v, double factor) {
        if (factor == 1 || !Double.isFinite(v)) return v * factor;
        return BigDecimal.valueOf(v).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }
}
