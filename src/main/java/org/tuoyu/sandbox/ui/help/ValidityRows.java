package org.tuoyu.sandbox.ui.help;

import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.export.Validity;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * The baseline's validity table (MODEL.md section 11) as the app shows it (帮助 › 基线效度表): the rows of
 * {@code run}'s table, in the UI's language, with shares in % and their differences in 百分点.
 */
public final class ValidityRows {

    /** One row, every cell as shown. */
    public record Line(String figure, String year, String kind, String model, String observed, String difference,
                       String source, String note) {}

    private ValidityRows() {}

    /** The rows of {@code doc}'s validity table against its result (a reform's: its inputs only). */
    public static List<Line> of(ScenarioDocument doc, ScenarioResult result, I18n i) {
        Language lang = i.english() ? Language.EN : Language.ZH;
        List<Line> out = new ArrayList<>();
        for (Validity.Row r : Validity.of(doc, result)) {
            boolean share = Validity.isShare(r.figure());
            String name = Validity.name(r.figure(), lang) + (r.district() == null ? "" : " · " + district(doc, r.district(), i));
            String observed = r.of().isRange() ? number(r.of().low(), share) + "–" + number(r.of().high(), share)
                    : number(r.observed(), share);
            String diff = !Double.isFinite(r.value()) || r.kind() == Validity.Kind.INPUT ? ""
                    : r.of().isRange() ? Validity.rangeVerdict(r, lang)
                    : share ? Units.points(r.residual(), i.english()) : Units.decimal(r.residual(), Math.abs(r.residual()) >= 10 ? 0 : 2);
            out.add(new Line(name, String.valueOf(r.year()), Validity.kindName(r.kind(), lang), number(r.value(), share), observed,
                    diff, r.cite(), r.note(lang)));
        }
        return out;
    }

    private static String number(double v, boolean share) {
        if (!Double.isFinite(v)) return "—";
        if (share) return Units.percent(v);
        return Math.abs(v) >= 100 || v == Math.rint(v) ? Units.count(v) : Units.decimal(v, 2);
    }

    private static String district(ScenarioDocument doc, String id, I18n i) {
        for (District d : doc.region().region().districts()) {
            if (d.id().equals(id)) return i.pick(d.nameZh(), d.nameEn());
        }
        return id;
    }

    /** The rows as tab-separated text with a header, for the clipboard. */
    public static String tsv(List<Line> lines, List<String> header) {
        StringBuilder b = new StringBuilder(String.join("\t", header)).append('\n');
        for (Line l : lines) {
            b.append(String.join("\t", l.figure(), l.year(), l.kind(), l.model(), l.observed(), l.difference(), l.source(),
                    l.note())).append('\n');
        }
        return b.toString();
    }
}
