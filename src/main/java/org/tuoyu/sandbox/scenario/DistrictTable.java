package org.tuoyu.sandbox.scenario;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.tuoyu.sandbox.engine.ByAge;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.Fees;
import org.tuoyu.sandbox.engine.FunctionalZone;
import org.tuoyu.sandbox.engine.SeatStock;

/**
 * The district table: one row per district, one column per district field of the region file
 * (docs/scenario-format.md), each with a Chinese and an English header. Used by the import, the
 * export and the template (docs/districts.md).
 */
public final class DistrictTable {

    private DistrictTable() {}

    /** What a column holds, and so which rule its values follow. */
    public enum Kind {
        ID, NAME_ZH, NAME_EN, CODE, ZONE, POSITIVE, SHARE, COUNT, MONEY, HOUSEHOLD, TREND;

        public boolean numeric() { return ordinal() >= POSITIVE.ordinal(); }

        /** Whether "35%" (or a header unit of %) is meaningful for this column. */
        public boolean percentAllowed() { return this == SHARE || this == TREND; }

        /** The rule a value of this column follows, its reasons in {@code t}'s language. */
        DoubleFunction<String> rule(ImportTexts t) {
            switch (this) {
                case POSITIVE: return v -> FieldRules.positive(t, v);
                case SHARE: return v -> FieldRules.share(t, v);
                case COUNT: return v -> FieldRules.count(t, v);
                case MONEY: return v -> FieldRules.money(t, v);
                case HOUSEHOLD: return v -> FieldRules.householdSize(t, v);
                case TREND: return v -> FieldRules.birthsTrend(t, v);
                default: return v -> null;
            }
        }
    }

    /** The columns, in table order. {@code path} is the key path below districts.ID. */
    public enum Column {
        ID("id", "区ID", "id", "", "", Kind.ID, "区id", "区编号", "districtid"),
        NAME_ZH("name.zh", "区名", "Chinese name", "", "", Kind.NAME_ZH, "区县", "区县名称", "地区", "区域", "区名称", "行政区", "名称", "district", "namezh", "chinesename"),
        NAME_EN("name.en", "英文名", "English name", "", "", Kind.NAME_EN, "区名英文", "英文区名", "nameen", "englishname", "name"),
        CODE("code", "行政区划代码", "code", "", "", Kind.CODE, "区划代码", "代码", "行政代码", "adcode", "administrativecode"),
        ZONE("zone", "功能区", "zone", "", "", Kind.ZONE, "功能分区", "functionalzone"),
        POPULATION("population", "常住人口", "population", "人", "persons", Kind.POSITIVE, "常住人口数", "人口", "residents", "residentpopulation"),
        NON_HUKOU("nonHukouShare", "非户籍人口占比", "non-hukou share", "0-1 或 %", "0-1 or %", Kind.SHARE,
                "非户籍人口比例", "非户籍占比", "外来人口占比", "nonhukou", "nonhukoushare"),
        A0("children.A0", "0岁儿童数", "children aged 0", "人", "children", Kind.COUNT, "0岁", "0岁人口", "0岁儿童", "childrena0", "a0"),
        A1("children.A1", "1岁儿童数", "children aged 1", "人", "children", Kind.COUNT, "1岁", "1岁人口", "1岁儿童", "childrena1", "a1"),
        A2("children.A2", "2岁儿童数", "children aged 2", "人", "children", Kind.COUNT, "2岁", "2岁人口", "2岁儿童", "childrena2", "a2"),
        INCOME("incomePerCapitaYear", "人均可支配收入", "income per capita", "元/年", "yuan/year", Kind.POSITIVE,
                "居民人均可支配收入", "人均收入", "incomepercapita", "disposableincome", "income"),
        HOUSEHOLD("householdSize", "户均人口", "household size", "人/户", "persons", Kind.HOUSEHOLD, "平均家庭户规模", "户均人数", "家庭户规模", "hhsize"),
        SEATS_INCLUSIVE("seats.inclusive", "普惠托位", "inclusive seats", "个", "seats", Kind.COUNT, "普惠性托位", "普惠托位数", "inclusive"),
        SEATS_MARKET("seats.market", "市场化托位", "market seats", "个", "seats", Kind.COUNT, "市场托位", "营利性托位", "市场化托位数", "market"),
        SEATS_TODDLER("seats.toddlerClass", "幼儿园托班托位", "toddler-class seats", "个", "seats", Kind.COUNT, "托班托位", "幼儿园托班", "托班", "toddlerclass", "toddlerclassseats"),
        COMMUNITY_SHARE("seats.communityEmbeddedShare", "社区嵌入式占比", "community-embedded share", "0-1 或 %", "0-1 or %", Kind.SHARE,
                "社区嵌入式托位占比", "社区嵌入式比例", "communityembeddedshare", "communityembedded"),
        FEE_INCLUSIVE("fees.inclusive", "普惠收费", "inclusive fee", "元/月", "yuan/month", Kind.MONEY, "普惠托育收费", "普惠价格", "inclusivefee", "feesinclusive"),
        FEE_MARKET("fees.market", "市场收费", "market fee", "元/月", "yuan/month", Kind.MONEY, "市场化收费", "市场价格", "市场化托育收费", "marketfee", "feesmarket"),
        FEE_TODDLER("fees.toddlerClass", "托班收费", "toddler-class fee", "元/月", "yuan/month", Kind.MONEY, "幼儿园托班收费", "toddlerclassfee", "feestoddlerclass"),
        BIRTHS_TREND("birthsTrend", "出生趋势", "births trend", "每年相对变化", "yearly change", Kind.TREND, "出生人口变化", "出生变化率", "birthstrend", "birthtrend");

        public final String path;
        public final String zh;
        public final String en;
        public final String unitZh;
        public final String unitEn;
        public final Kind kind;
        private final String[] aliases;

        Column(String path, String zh, String en, String unitZh, String unitEn, Kind kind, String... aliases) {
            this.path = path;
            this.zh = zh;
            this.en = en;
            this.unitZh = unitZh;
            this.unitEn = unitEn;
            this.kind = kind;
            this.aliases = aliases;
        }

        /** 人均可支配收入（元/年） */
        public String headerZh() { return unitZh.startsWith("元") ? zh + "（" + unitZh + "）" : zh; }

        /** income per capita (yuan/year) */
        public String headerEn() { return unitEn.startsWith("yuan") ? en + " (" + unitEn + ")" : en; }

        /** Whether a region file may leave it out (the current value stays). */
        public boolean optional() { return this == CODE || this == NAME_EN || this == FEE_INCLUSIVE || this == FEE_TODDLER || this == BIRTHS_TREND; }

        /** Every spelling this column answers to, normalised. */
        List<String> names() {
            List<String> r = new ArrayList<>();
            r.add(normalise(zh));
            r.add(normalise(en));
            r.add(normalise(path));
            r.add(normalise(name()));
            for (String a : aliases) r.add(normalise(a));
            return r;
        }
    }

    /** Optional columns giving the row's provenance. */
    public static final String FLAG_ZH = "标记", FLAG_EN = "flag", SOURCE_ZH = "来源", SOURCE_EN = "source";
    static final List<String> FLAG_NAMES = List.of("标记", "flag", "来源标记", "数据标记", "可信度", "flags");
    static final List<String> SOURCE_NAMES = List.of("来源", "source", "数据来源", "出处", "sources");

    /** Case, spaces, full-width forms, punctuation and anything in brackets (units) do not matter. */
    public static String normalise(String header) {
        String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[(\\[【〔][^)\\]】〕]*[)\\]】〕]?", "");
        return s.replaceAll("[\\s_\\-.:：/*·,，、]", "");
    }

    /** The unit written in a header's brackets, or "". */
    static String unitOf(String header) {
        String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[(\\[【〔]([^)\\]】〕]*)").matcher(s);
        return m.find() ? m.group(1).trim() : "";
    }

    /** The column a header names, or null. */
    public static Column column(String header) {
        String n = normalise(header);
        if (n.isEmpty()) return null;
        for (Column c : Column.values()) {
            if (c.names().contains(n)) return c;
        }
        return null;
    }

    static boolean isFlag(String header) { return FLAG_NAMES.contains(normalise(header)); }

    static boolean isSource(String header) { return SOURCE_NAMES.contains(normalise(header)); }

    /** Every known header, for "did you mean". */
    static List<String> knownHeaders() {
        List<String> r = new ArrayList<>();
        for (Column c : Column.values()) {
            r.add(c.zh);
            r.add(c.en);
        }
        return r;
    }

    /** A district's value in a column: a String for the text columns, a Double (NaN = not listed) for the others. */
    public static Object value(District d, Column c) {
        switch (c) {
            case ID: return d.id();
            case NAME_ZH: return d.nameZh();
            case NAME_EN: return d.nameEn();
            case CODE: return d.code();
            case ZONE: return d.zone().key();
            case POPULATION: return d.population();
            case NON_HUKOU: return d.nonHukouShare();
            case A0: return d.children().a0();
            case A1: return d.children().a1();
            case A2: return d.children().a2();
            case INCOME: return d.incomePerCapitaYear();
            case HOUSEHOLD: return d.householdSize();
            case SEATS_INCLUSIVE: return d.seats().inclusive();
            case SEATS_MARKET: return d.seats().market();
            case SEATS_TODDLER: return d.seats().toddlerClass();
            case COMMUNITY_SHARE: return d.seats().communityEmbeddedShare();
            case FEE_INCLUSIVE: return d.fees().inclusive();
            case FEE_MARKET: return d.fees().market();
            case FEE_TODDLER: return d.fees().toddlerClass();
            case BIRTHS_TREND: return d.birthsTrend();
            default: throw new IllegalArgumentException(c.name());
        }
    }

    /**
     * The district with one column changed (the id cannot be changed: it names the district); the v2 fields
     * the table does not show (cost index, siting, access scale, income mix) are kept.
     */
    public static District with(District d, Column c, Object v) { return changed(d, c, v).withLocalFactorsOf(d); }

    private static District changed(District d, Column c, Object v) {
        String s = v instanceof String ? (String) v : null;
        double x = v instanceof Double ? (Double) v : Double.NaN;
        ByAge ch = d.children();
        SeatStock st = d.seats();
        Fees f = d.fees();
        switch (c) {
            case NAME_ZH: return d.withNames(s, d.nameEn());
            case NAME_EN: return d.withNames(d.nameZh(), s);
            case CODE: return d.withCode(s);
            case ZONE: return d.withZone(FunctionalZone.fromKey(s));
            case POPULATION: return d.withPopulation(x);
            case NON_HUKOU: return d.withNonHukouShare(x);
            case A0: return d.withChildren(new ByAge(x, ch.a1(), ch.a2()));
            case A1: return d.withChildren(new ByAge(ch.a0(), x, ch.a2()));
            case A2: return d.withChildren(new ByAge(ch.a0(), ch.a1(), x));
            case INCOME: return d.withIncome(x, d.householdSize());
            case HOUSEHOLD: return d.withIncome(d.incomePerCapitaYear(), x);
            case SEATS_INCLUSIVE: return d.withSeats(new SeatStock(x, st.market(), st.toddlerClass(), st.communityEmbeddedShare()));
            case SEATS_MARKET: return d.withSeats(new SeatStock(st.inclusive(), x, st.toddlerClass(), st.communityEmbeddedShare()));
            case SEATS_TODDLER: return d.withSeats(new SeatStock(st.inclusive(), st.market(), x, st.communityEmbeddedShare()));
            case COMMUNITY_SHARE: return d.withSeats(new SeatStock(st.inclusive(), st.market(), st.toddlerClass(), x));
            case FEE_INCLUSIVE: return d.withFees(new Fees(x, f.market(), f.toddlerClass()));
            case FEE_MARKET: return d.withFees(new Fees(f.inclusive(), x, f.toddlerClass()));
            case FEE_TODDLER: return d.withFees(new Fees(f.inclusive(), f.market(), x));
            case BIRTHS_TREND: return d.withBirthsTrend(x);
            default: throw new IllegalArgumentException("column " + c.name() + " cannot be changed");
        }
    }

    /** A zone as written in a table: its key (core), its Chinese or English label; null if none. */
    static FunctionalZone zone(String text) {
        String n = normalise(text);
        for (FunctionalZone z : FunctionalZone.values()) {
            if (normalise(z.key()).equals(n) || normalise(z.labelZh()).equals(n) || normalise(z.labelEn()).equals(n)) return z;
        }
        return null;
    }
}
