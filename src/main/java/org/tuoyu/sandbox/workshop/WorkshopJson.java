package org.tuoyu.sandbox.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Language;

/** The workshop API's JSON (docs/workshop.md): money in 元 per year, rates as fractions. */
final class WorkshopJson {

    private WorkshopJson() {}

    /** What the page needs to draw itself: levers with bounds and labels, goals, the year. */
    static Map<String, Object> workshop(Workshop w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseline", w.baseline().name());
        m.put("baselineEn", w.baseline().nameEn());
        m.put("year", w.year());
        m.put("open", w.isOpen());
        m.put("secondsLeft", w.secondsLeft());
        List<Object> ls = new ArrayList<>();
        for (DecisionLever l : w.levers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("key", l.path());
            x.put("labelZh", l.district() == null ? l.key().labelZh()
                    : WorkshopTexts.text(Language.ZH, "json.leverInDistrict", l.key().labelZh(), districtName(w, l.district(), false)));
            x.put("labelEn", l.district() == null ? l.key().labelEn()
                    : WorkshopTexts.text(Language.EN, "json.leverInDistrict", l.key().labelEn(), districtName(w, l.district(), true)));
            if (l.district() != null) {
                x.put("district", l.district());
                x.put("districtZh", districtName(w, l.district(), false));
                x.put("districtEn", districtName(w, l.district(), true));
            }
            x.put("unitZh", l.key().unit().labelZh());
            x.put("unitEn", l.key().unit().labelEn());
            x.put("min", l.min());
            x.put("max", l.max());
            x.put("step", l.key().integral() ? 1 : (l.max() - l.min()) / 100);
            x.put("baseline", l.applicable(l.current(w.baseline().scenario().levers(), w.baseline().scenario().horizon().firstYear())));
            ls.add(x);
        }
        m.put("levers", ls);
        List<Object> gs = new ArrayList<>();
        for (Target t : w.goals()) gs.add(goal(t, null));
        m.put("goals", gs);
        m.put("baselineTotals", totals(w.baselineYear()));
        return m;
    }

    /** A group's results: totals, accounts, the difference against the baseline, and the goals it meets. */
    static Map<String, Object> group(Workshop w, Workshop.Group g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("colour", g.colour());
        m.put("open", w.isOpen());
        m.put("secondsLeft", w.secondsLeft());
        m.put("submitted", g.submitted());
        m.put("levers", g.levers());
        m.put("year", w.year());
        m.put("totals", totals(g.result()));
        Map<String, Object> acc = new LinkedHashMap<>();
        for (Account a : Account.values()) acc.put(a.key(), num(g.result().accounts().get(a)));
        m.put("accounts", acc);
        Map<String, Object> diff = new LinkedHashMap<>();
        for (Indicator i : Workshop.HEADLINE) diff.put(i.key(), num(i.of(g.result()) - i.of(w.baselineYear())));
        m.put("difference", diff);
        List<Object> met = new ArrayList<>();
        for (int k = 0; k < w.goals().size(); k++) met.add(goal(w.goals().get(k), g));
        m.put("goalsMet", met);
        return m;
    }

    static Map<String, Object> board(Workshop w) {
        List<Object> groups = new ArrayList<>();
        int rank = 1;
        for (Workshop.Group g : w.ranked()) {
            Map<String, Object> m = group(w, g);
            m.put("rank", rank++);
            groups.add(m);
        }
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("year", w.year());
        b.put("open", w.isOpen());
        b.put("secondsLeft", w.secondsLeft());
        b.put("baselineTotals", totals(w.baselineYear()));
        b.put("groups", groups);
        List<Object> columns = new ArrayList<>();
        for (Indicator i : Workshop.BOARD) {
            Map<String, Object> c = named("key", i.key(), i.labelZh(), i.labelEn());
            c.put("unit", i.unit().key());
            columns.add(c);
        }
        b.put("columns", columns);
        b.put("charts", charts(w));
        return b;
    }

    /** How many groups the board's charts draw: the top of the ranking, one comparison colour each. */
    static final int CHART_GROUPS = 8;

    /**
     * The app's comparison charts as data the board draws (ui/compare's CompareChartsViewModel): each group's change
     * against the baseline in the workshop's year by income quintile (net cost per family, 元 a month), by district
     * (enrolment rate, percentage points) and by account (元 a year), for the {@value #CHART_GROUPS} best ranked groups,
     * in their board colours.
     */
    static Map<String, Object> charts(Workshop w) {
        YearResult b = w.baselineYear();
        List<Object> districts = new ArrayList<>();
        for (DistrictResult d : b.districts()) districts.add(named("id", d.id(), d.nameZh(), d.nameEn()));
        List<Object> accounts = new ArrayList<>();
        for (Account a : Account.values()) accounts.add(named("key", a.key(), a.labelZh(), a.labelEn()));
        List<Object> series = new ArrayList<>();
        int rank = 1;
        for (Workshop.Group g : w.ranked()) {
            if (rank > CHART_GROUPS) break;
            YearResult y = g.result();
            List<Object> q = new ArrayList<>();
            for (IncomeGroup ig : IncomeGroup.values()) {
                q.add(num(Indicator.MEAN_NET_COST_MONTH.of(y.group(ig)) - Indicator.MEAN_NET_COST_MONTH.of(b.group(ig))));
            }
            List<Object> d = new ArrayList<>();
            for (DistrictResult br : b.districts()) {
                DistrictResult dr = y.district(br.id());
                d.add(dr == null ? null : num((dr.enrolmentRate() - br.enrolmentRate()) * 100));
            }
            List<Object> a = new ArrayList<>();
            for (Account acc : Account.values()) a.add(num(y.accounts().get(acc) - b.accounts().get(acc)));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", g.name());
            m.put("colour", g.colour());
            m.put("rank", rank++);
            m.put("byQuintile", q);
            m.put("byDistrict", d);
            m.put("byAccount", a);
            series.add(m);
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("quintiles", List.of("Q1", "Q2", "Q3", "Q4", "Q5"));
        c.put("districts", districts);
        c.put("accounts", accounts);
        c.put("series", series);
        return c;
    }

    /** An id with its names in both languages (a name missing in English is the Chinese one). */
    private static Map<String, Object> named(String idKey, String id, String zh, String en) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(idKey, id);
        m.put("labelZh", zh);
        m.put("labelEn", en == null || en.isEmpty() ? zh : en);
        return m;
    }

    private static Map<String, Object> totals(YearResult y) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Indicator i : Workshop.HEADLINE) m.put(i.key(), num(i.of(y)));
        return m;
    }

    private static Map<String, Object> goal(Target t, Workshop.Group g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("goal", t.toString());
        m.put("indicator", t.indicator().key());
        m.put("labelZh", t.indicator().labelZh());
        m.put("labelEn", t.indicator().labelEn());
        m.put("relation", t.relation().symbol());
        m.put("bound", t.value());
        m.put("unit", t.indicator().unit().key());
        if (g != null) {
            double v = t.read(g.result());
            m.put("value", num(v));
            m.put("met", t.met(v));
        }
        return m;
    }

    private static String districtName(Workshop w, String id, boolean en) {
        for (var d : w.baseline().region().region().districts()) {
            if (d.id().equals(id)) return en ? d.nameEn() : d.nameZh();
        }
        return id;
    }

    private static Object num(double v) { return Double.isFinite(v) ? (Object) v : null; }
}
