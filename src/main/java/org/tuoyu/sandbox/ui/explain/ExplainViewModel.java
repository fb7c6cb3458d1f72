package org.tuoyu.sandbox.ui.explain;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tuoyu.sandbox.engine.Explain;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/** "Why this number": the engine's explanation of the selected district in the selected year. */
public final class ExplainViewModel {

    /** One line as shown. */
    public record Row(String label, String formula, String value) {}

    private final Workspace ws;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private String districtId;
    private IncomeGroup group; // when set, the explanation is of this income group (in the selected district, if any)

    public ExplainViewModel(Workspace ws) {
        this.ws = ws;
        ws.yearProperty().addListener((o, a, b) -> refresh());
        ws.selectedProperty().addListener((o, a, b) -> refresh());
    }

    public void select(String id) {
        districtId = id;
        group = null;
        refresh();
    }

    /** Explains an income group: its burden in the selected district, if one is selected, and its totals. */
    public void selectGroup(IncomeGroup q) {
        group = q;
        refresh();
    }

    public IncomeGroup group() { return group; }

    public String districtId() { return districtId; }

    /** Recomputes for the current document (called when results change while a district is selected). */
    public void refresh() {
        ScenarioSlot s = ws.selected();
        I18n i = ws.i18n();
        if (s != null && group != null) {
            Scenario sc = s.document().scenario();
            var d = districtId == null ? null : sc.region().district(districtId);
            int year = ws.yearProperty().get();
            String where = d == null ? i.pick(sc.region().nameZh(), sc.region().nameEn()) : i.pick(d.nameZh(), d.nameEn());
            title.set(i.t("explain.title", group.name() + " · " + where, Integer.toString(year), s.displayName(i)));
            show(Explain.group(sc, year, group, d == null ? null : d.id()), i);
            return;
        }
        if (s == null || districtId == null) {
            title.set(i.t("explain.pick"));
            rows.clear();
            return;
        }
        Scenario sc = s.document().scenario();
        var d = sc.region().district(districtId);
        if (d == null) {
            title.set(i.t("explain.pick"));
            rows.clear();
            return;
        }
        int year = ws.yearProperty().get();
        title.set(i.t("explain.title", i.pick(d.nameZh(), d.nameEn()), Integer.toString(year), s.displayName(i)));
        show(Explain.district(sc, year, districtId), i);
    }

    private void show(List<Explain.Line> lines, I18n i) {
        rows.setAll(lines.stream().map(l -> new Row(i.pick(l.labelZh(), l.labelEn()), FormulaText.of(l.formula(), i.english()), format(l, i))).toList());
    }

    static String format(Explain.Line l, I18n i) {
        double v = l.value();
        switch (l.unit()) {
            case COUNT: return Fmt.count(v);
            case YUAN_MONTH: return Fmt.count(v) + " " + i.t("unit.yuanMonth");
            case YUAN_YEAR: return Fmt.money(v, i) + i.t("unit.perYear");
            case SHARE: return Fmt.percent(v);
            default: return org.tuoyu.sandbox.export.Units.decimal(v, 3);
        }
    }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    public ObservableList<Row> rows() { return rows; }
}
