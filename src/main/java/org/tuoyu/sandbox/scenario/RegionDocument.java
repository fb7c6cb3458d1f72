package org.tuoyu.sandbox.scenario;

import java.util.Map;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.WillingnessFit;

/**
 * A region file as loaded: the engine's region record, the provenance of its figures, the fit of
 * the willingness curve to its survey, and the file's SHA-256 (quoted in workbooks).
 */
public record RegionDocument(Location location, Region region, Map<String, Provenance> provenance,
                             Map<String, Provenance> columnProvenance, WillingnessFit fit, String sha256) {

    public RegionDocument {
        provenance = Map.copyOf(provenance);
        columnProvenance = Map.copyOf(columnProvenance);
    }

    /** The provenance of one figure: its own, else its column's (districts.*.field), else null. */
    public Provenance provenanceOf(String path) {
        Provenance p = provenance.get(path);
        if (p != null) return p;
        p = columnProvenance.get(path);
        if (p != null) return p;
        if (path.startsWith("districts.")) {
            int dot = path.indexOf('.', "districts.".length());
            if (dot > 0) return columnProvenance.get("districts.*" + path.substring(dot));
        }
        return null;
    }
}
