package org.tuoyu.sandbox.engine;

/**
 * Functional zone of a district. Beijing's five come from the 2016-2035 city master plan
 * (the seed's footnote); other regions use URBAN / COUNTY.
 */
public enum FunctionalZone implements Labelled.Held {
    CORE("core", "首都功能核心区", "capital core"),
    CENTRAL("central", "中心城区", "central city"),
    SUB_CENTRE("subCentre", "城市副中心", "sub-centre"),
    PLAIN_NEW_TOWN("plainNewTown", "平原新城", "plain new town"),
    ECOLOGICAL("ecological", "生态涵养区", "ecological conservation"),
    URBAN("urban", "市辖区", "urban district"),
    COUNTY("county", "县级市", "county-level city");

    private final Label label;

    FunctionalZone(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

    @Override
    public Label label() { return label; }

    public static FunctionalZone fromKey(String key) { return Labelled.fromKey(values(), key); }
}
