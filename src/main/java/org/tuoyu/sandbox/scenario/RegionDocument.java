package org.tuoyu.sandbox.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.WillingnessFit;

/**
 * A region file as loaded: the engine's region record, the provenance of its figures, the fit of
 * the willingness curve to its survey, and the file's SHA-256 (quoted in workbooks). Also what the
 * engine does not use but a saved copy must keep: the stated region totals (a check on the
 * district table: population, children, seats) and the survey's source text. {@code defaultsUsed} lists
 * the version-2 fields the file leaves out and the default each took (MODEL.md §13); {@code map} the file
 * name of the region's built-in map ("" for none, see {@link #mapResource()}).
 */
public record RegionDocument(Location location, Region region, Map<String, Provenance> provenance,
                             Map<String, Provenance> columnProvenance, WillingnessFit fit, String sha256,
                             Map<String, Double> totals, String surveySource, List<String> defaultsUsed, String map) {

    /** Where the built-in maps live in the jar (the project's assets/ folder). */
    public static final String MAP_FOLDER = "/assets/";

    public RegionDocument {
        map = map == null ? "" : map;
        defaultsUsed = defaultsUsed == null ? List.of() : List.copyOf(defaultsUsed);
        provenance = Map.copyOf(provenance);
        columnProvenance = Map.copyOf(columnProvenance);
        totals = totals == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        surveySource = surveySource == null ? "" : surveySource;
    }

    /**
     * The class-path resource of the region's map ({@code map:} in the file, a GeoJSON among the built-in
     * assets, e.g. "/assets/jiangmen-districts.geojson"), or null when the file names none: then the
     * district views are tables only, never another city's map.
     */
    public String mapResource() {
        return map.isEmpty() ? null : MAP_FOLDER + map;
    }

    /** The same document naming another map file ("" for none); the district import keeps the map this way. */
    public RegionDocument withMap(String name) {
        return new RegionDocument(location, region, provenance, columnProvenance, fit, sha256, totals, surveySource,
                defaultsUsed, name);
    }

    /** The provenance of one figure: its own, else its column's (districts.*.field), else null. */
    public Provenance provenanceOf(String path) {
        Provenance p = provenance.get(path);
        if (p != null) return p;
        p = columnProvenance.get(path);
        if (p != null) return p;
        if (path.startsWith("districts.")) {
            int dot = path.indexOf('.', "districts.".length());
            if (dot > 0) {
                p = columnProvenance.get("districts.*" + path.substring(dot));
                if (p != null) return p;
            }
        }
        // A whole section may share one source: "payers" covers payers.vouchers.city.
        String prefix = path;
        while (prefix.lastIndexOf('.') > 0) {
            prefix = prefix.substring(0, prefix.lastIndexOf('.'));
            p = columnProvenance.get(prefix);
            if (p != null) return p;
            p = columnProvenance.get(prefix.replaceFirst("^districts\\.[^.]+", "districts.*"));
            if (p != null) return p;
        }
        return null;
    }
}
