package org.tuoyu.sandbox.engine;

/**
 * Functional zone of a district. Beijing's five come from the 2016-2035 city master plan
 * (the seed's footnote); other regions use URBAN / COUNTY.
 */
public enum FunctionalZone implements Labelled {
    CORE("core", "首都功能核心区", "capital core"),
    CENTRAL("central", "中心城区", "central city"),
    SUB_CENTRE("subCentre", "城市副中心", "sub-centre"),
    PLAIN_NEW_TOWN("plainNewTown", "平原新城", "plain new town"),
    ECOLOGICAL("ecological", "生态涵养区", "ecological conservation"),
    URBAN("urban", "市辖区", "urban district"),
    COUNTY("county", "县级市", "county-level city");

    private final String key;
    private final String labelZh;
    private final String labelEn;

    FunctionalZone(String key, String labelZh, String labelEn) {
        this.key = key;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The spelling used in files. */
    @Override
    public String key() { return key; }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    public static FunctionalZone fromKey(String key) { return Labelled.fromKey(values(), key); }
}
