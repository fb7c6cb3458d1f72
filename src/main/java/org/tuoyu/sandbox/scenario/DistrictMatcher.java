package org.tuoyu.sandbox.scenario;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.scenario.DistrictTable.Column;
import org.tuoyu.sandbox.scenario.DistrictTable.Kind;
import org.tuoyu.sandbox.scenario.ImportReport.Entry;

/**
 * Which district a row of a district table is about: by id, Chinese name (东城区 or 东城), English name (with or
 * without "District") or administrative code, each tried as any of the others too. A row whose identifiers name two
 * districts, or none, is reported and not read.
 */
final class DistrictMatcher {

    private final Region region;
    private final Map<Integer, Column> columns;
    private final Map<Column, String> headers;
    private final List<Entry> entries;
    private final ImportTexts t;

    /** {@code entries} is the import report's list, which this adds its refusals to, in {@code t}'s language. */
    DistrictMatcher(Region region, Map<Integer, Column> columns, Map<Column, String> headers, List<Entry> entries, ImportTexts t) {
        this.region = region;
        this.columns = columns;
        this.headers = headers;
        this.entries = entries;
        this.t = t;
    }

    static boolean identifies(Kind kind) {
        return kind == Kind.ID || kind == Kind.NAME_ZH || kind == Kind.NAME_EN || kind == Kind.CODE;
    }

    /** The district the row names, or null (reported) when it names none or two. */
    District identify(List<TableCell> row, String where) {
        District found = null;
        String foundBy = null;
        StringBuilder tried = new StringBuilder();
        String firstRef = null;
        for (Map.Entry<Integer, Column> e : columns.entrySet()) {
            Column col = e.getValue();
            if (!identifies(col.kind)) continue;
            if (e.getKey() >= row.size() || row.get(e.getKey()).blank()) continue;
            String v = row.get(e.getKey()).asText();
            if (firstRef == null) firstRef = row.get(e.getKey()).ref();
            if (tried.length() > 0) tried.append(t.t("match.and"));
            tried.append(headers.get(col)).append(" \"").append(v).append('"');
            District d = match(region, col, v);
            // A name or code that matches nothing is an update when the id matched (a renamed district);
            // but two identifiers naming two different districts is a row we cannot trust.
            if (d == null) continue;
            if (found != null && found != d) {
                entries.add(new Entry(ImportReport.Kind.REJECTED, where, "", "", "", t.t("value.wholeRow"),
                        t.t("match.twoDistricts", foundBy, found.id(), headers.get(col) + " \"" + v + "\"", d.id())));
                return null;
            }
            if (found == null) {
                found = d;
                foundBy = headers.get(col) + " \"" + v + "\"";
            }
        }
        if (found == null) noDistrict(tried.toString(), firstRef, where);
        return found;
    }

    private void noDistrict(String tried, String firstRef, String where) {
        if (tried.isEmpty()) {
            entries.add(new Entry(ImportReport.Kind.NO_DISTRICT, where, "", "", "", "", t.t("match.noIdentifier")));
            return;
        }
        List<String> all = new ArrayList<>();
        for (District d : region.districts()) {
            all.add(d.id());
            all.add(d.nameZh());
            all.add(d.nameEn());
        }
        String first = tried.replaceAll("^[^\"]*\"([^\"]*)\".*$", "$1");
        String near = Suggest.closest(first, all);
        entries.add(new Entry(ImportReport.Kind.NO_DISTRICT, firstRef, "", "", "", "",
                near != null ? t.t("match.noneNear", tried, t.region(region), near) : t.t("match.none", tried, t.region(region))));
    }

    /** The district a cell names: by its own column's kind first, then as any other identifier. */
    static District match(Region region, Column col, String v) {
        District d = matchAs(region, col.kind, v);
        if (d != null) return d;
        for (Kind k : List.of(Kind.ID, Kind.NAME_ZH, Kind.NAME_EN, Kind.CODE)) {
            if (k != col.kind && (d = matchAs(region, k, v)) != null) return d;
        }
        return null;
    }

    static District matchAs(Region region, Kind kind, String v) {
        String t = Normalizer.normalize(v, Normalizer.Form.NFKC).trim();
        for (District d : region.districts()) {
            switch (kind) {
                case ID:
                    if (d.id().equalsIgnoreCase(t)) return d;
                    break;
                case CODE:
                    if (!d.code().isEmpty() && d.code().equals(t.replaceAll("\\.0+$", ""))) return d;
                    break;
                case NAME_ZH:
                    if (d.nameZh().equals(t) || stem(d.nameZh()).equals(stem(t))) return d;
                    break;
                default:
                    if (d.nameEn().equalsIgnoreCase(t) || d.nameEn().equalsIgnoreCase(t.replaceAll("(?i)\\s+district$", ""))) return d;
            }
        }
        return null;
    }

    /** 东城区 and 东城 name the same district. */
    static String stem(String zh) {
        String s = zh.replaceAll("\\s", "");
        return s.length() > 2 && (s.endsWith("区") || s.endsWith("县") || s.endsWith("市")) ? s.substring(0, s.length() - 1) : s;
    }
}
