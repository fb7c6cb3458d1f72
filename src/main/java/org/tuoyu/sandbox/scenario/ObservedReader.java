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
 * {@code district} and {@code use: check} for a figure held out of the calibration.
 */
final class ObservedReader {

    private static final List<String> ITEM = List.of("figure", "district", "year", "value", "flag", "source", "sourceZh", "use");

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

    private static ObservedFigure item(YamlNode n, int dataYear, Set<String> districtIds, Map<String, Provenance> sources)
            throws ScenarioFileException {
        Map<String, YamlNode> m = n.entries(ITEM);
        YamlNode fn = RegionReader.required(n, m, "figure");
        String figure = fn.text().trim();
        if (!ObservedFigure.known(figure)) {
            List<String> keys = new ArrayList<>();
            for (Indicator i : Indicator.values()) keys.add(i.key());
            keys.add(ObservedFigure.DEMAND_SHARE);
            keys.add(ObservedFigure.MARKET_SHARE);
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
        YamlNode vn = RegionReader.required(n, m, "value");
        double value = vn.number(new java.util.HashMap<>());
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
            return new ObservedFigure(figure, district, year, value, sn.text(), fit);
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }
}
