package org.tuoyu.sandbox.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.Observation;
import org.tuoyu.sandbox.engine.ObservedFigure;

/**
 * A region's {@code observed:} block (MODEL.md section 11). The v1 form is a mapping
 * {@code {enrolled, utilisation}} of the data year; the v2 form a list of published figures:
 * {@code - {figure: enrolled, year: 2024, value: 9022, source: "…", use: fit}} with an optional
 * {@code district} and {@code use: check} for a figure held out of the calibration. {@code cite} is the source in
 * short for the validity table, {@code note} (and {@code noteZh}) what the table says beside the figure's kind, and
 * {@code range: [low, high]} (in place of {@code value}) a held-out band the model must fall in.
 */
final class ObservedReader {

    private static final List<String> ITEM = List.of("figure", "district", "year", "value", "range", "flag", "source", "sourceZh",
            "cite", "note", "noteZh", "use");

    private ObservedReader() {}

    static Observation read(YamlNode o, int dataYear, Set<String> districtIds, Map<String, Provenance> sources)
            throws ScenarioFileException {
        if (o.isMap()) return v1(o, dataYear, sources);
        List<ObservedFigure> figures = new ArrayList<>();
        for (YamlNode item : o.items()) figures.add(item(item, dataYear, districtIds, sources));
        if (figures.isEmpty()) throw o.error("state at least one observed figure, or leave the block out");
        return new Observation(figures);
    }

    private static Observation v1(YamlNode o, int dataYear, Map<String, Provenance> sources) throws ScenarioFileException {
        Map<String, YamlNode> om = o.entries(List.of("enrolled", "utilisation"));
        YamlNode en = RegionReader.required(o, om, "enrolled");
        double enrolled = en.number(sources);
        String why = FieldRules.positive(enrolled);
        if (why != null) throw en.error(why);
        double util = Double.NaN;
        if (om.containsKey("utilisation")) {
            util = om.get("utilisation").number(sources);
            why = FieldRules.share(util);
            if (why != null) throw om.get("utilisation").error(why);
        }
        return Observation.v1(dataYear, enrolled, util, sourceOf(sources, en.path), sourceOf(sources, o.childPath("utilisation")));
    }

    private static String sourceOf(Map<String, Provenance> sources, String path) {
        Provenance p = sources.get(path);
        return p == null ? "" : p.source();
    }

    /** {@code range: [low, high]}, or null when the figure states a value instead. */
    private static double[] range(YamlNode n, Map<String, YamlNode> m) throws ScenarioFileException {
        YamlNode rn = m.get("range");
        if (rn == null) return null;
        if (m.containsKey("value")) throw rn.error("state either value or range, not both");
        List<YamlNode> ends = rn.items();
        if (ends.size() != 2) throw rn.error("a range is [low, high]");
        double low = ends.get(0).number(new java.util.HashMap<>()), high = ends.get(1).number(new java.util.HashMap<>());
        if (!(low <= high)) throw rn.error("a range's low end must not exceed its high end, got [" + low + ", " + high + "]");
        return new double[] {low, high};
    }

    private static ObservedFigure item(YamlNode n, int dataYear, Set<String> districtIds, Map<String, Provenance> sources)
            throws ScenarioFileException {
        Map<String, YamlNode> m = n.entries(ITEM);
        YamlNode fn = RegionReader.required(n, m, "figure");
        String figure = fn.text().trim();
        if (!ObservedFigure.known(figure)) {
            List<String> keys = new ArrayList<>();
            for (Indicator i : Indicator.values()) keys.add(i.key());
            keys.addAll(ObservedFigure.NAMED);
            String near = Suggest.closest(figure, keys);
            throw fn.error("names no indicator" + (near != null ? "; did you mean '" + near + "'?" : ""));
        }
        String district = null;
        if (m.containsKey("district")) {
            district = m.get("district").text().trim();
            if (!districtIds.contains(district)) throw m.get("district").error("names no district of this region");
        }
        int year = dataYear;
        if (m.containsKey("year")) {
            YamlNode yn = m.get("year");
            double y = yn.number(new java.util.HashMap<>());
            if (y != Math.rint(y) || y < dataYear || y > 2200) {
                throw yn.error("must be a whole year from the data year " + dataYear + " on");
            }
            year = (int) y;
        }
        double[] range = range(n, m);
        YamlNode vn = range == null ? RegionReader.required(n, m, "value") : m.get("range");
        double value = range == null ? vn.number(new java.util.HashMap<>()) : (range[0] + range[1]) / 2;
        YamlNode sn = m.get("source");
        if (sn == null || sn.text().isBlank()) throw n.error("an observed figure needs its source");
        String flag = m.containsKey("flag") ? m.get("flag").text().trim() : "E";
        if (flag.length() != 1 || Provenance.FLAGS.indexOf(flag.charAt(0)) < 0) {
            throw m.get("flag").error("flag must be one of E, S, M, X, A");
        }
        boolean fit = true;
        if (m.containsKey("use")) {
            String use = m.get("use").text().trim();
            if (!use.equals("fit") && !use.equals("check")) throw m.get("use").error("must be fit or check");
            fit = use.equals("fit");
        }
        sources.put(vn.path, new Provenance(flag, sn.text(), m.containsKey("sourceZh") ? m.get("sourceZh").text() : ""));
        try {
            String cite = m.containsKey("cite") ? m.get("cite").text().trim() : "";
            String note = m.containsKey("note") ? m.get("note").text().trim() : "";
            String noteZh = m.containsKey("noteZh") ? m.get("noteZh").text().trim() : "";
            return new ObservedFigure(figure, district, year, value, sn.text(), fit, cite, note, noteZh,
                    range == null ? Double.NaN : range[0], range == null ? Double.NaN : range[1]);
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }
}
