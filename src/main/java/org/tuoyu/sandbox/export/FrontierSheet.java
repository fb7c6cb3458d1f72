package org.tuoyu.sandbox.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.decide.Frontier;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.scenario.AtomicFiles;

/**
 * 成本前沿 Frontier: the least cost at each level of one indicator with the chosen levers (and their values), then
 * every placed scenario with its level, cost, the frontier's cost at its level and how much it pays above it.
 */
public final class FrontierSheet {

    private FrontierSheet() {}

    /** A frontier and the scenarios placed on it, for the comparison workbook's extra sheet. */
    public record Part(Frontier.Result result, List<Frontier.Placement> placed) { }

    /** The sheet's name in a language. */
    public static String sheetName(Language lang) { return ExportTexts.text(lang, "frontierSheet.frontier"); }

    /** A workbook holding the frontier sheet alone ({@code frontier --xlsx}); written atomically. */
    public static void writeWorkbook(Frontier.Result r, List<Frontier.Placement> placed, Path out, Language lang)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb, lang);
            write(wb.createSheet(sheetName(lang)), styles, lang, r, placed);
            AtomicFiles.write(out, wb::write);
        }
    }

    static void write(XSSFSheet sheet, Styles styles, Language lang, Frontier.Result r, List<Frontier.Placement> placed) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        var ind = r.measure().indicator();
        String indName = lang.t(ind.labelZh(), ind.labelEn());
        b.title(0, ExportTexts.text(lang, "frontierSheet.leastCostFrontier") + indName + " " + r.measure().year());
        b.note(1, ExportTexts.text(lang, "frontierSheet.eachRowCheapestLever")
                + r.problem().cost() + ExportTexts.text(lang, "frontierSheet.levers") + bounds(r.problem().levers()));
        Styles.Fmt levelFmt = ind.unit() == IndicatorUnit.SHARE ? Styles.Fmt.PERCENT : Styles.Fmt.DECIMAL;
        int header = 3;
        String[] heads = new String[2 + r.problem().levers().size()];
        heads[0] = indName;
        heads[1] = ExportTexts.text(lang, "frontierSheet.costYuan");
        for (int i = 0; i < r.problem().levers().size(); i++) heads[2 + i] = "levers." + r.problem().levers().get(i).label();
        b.headers(header, 0, heads);
        int row = header + 1;
        for (Frontier.Point p : r.points()) {
            b.number(row, 0, p.level(), levelFmt);
            b.number(row, 1, p.cost(), Styles.Fmt.YUAN);
            for (int i = 0; i < p.levers().size(); i++) b.number(row, 2 + i, p.levers().get(i), Styles.Fmt.DECIMAL);
            row++;
        }
        row++;
        b.headers(row++, 0, ExportTexts.text(lang, "common.scenario"), indName, ExportTexts.text(lang, "frontierSheet.costYuan"),
                ExportTexts.text(lang, "frontierSheet.frontierCostYuan"), ExportTexts.text(lang, "frontierSheet.aboveFrontierYuan"),
                ExportTexts.text(lang, "frontierSheet.verdict"));
        for (Frontier.Placement p : placed) {
            b.text(row, 0, p.name());
            b.number(row, 1, p.level(), levelFmt);
            b.number(row, 2, p.cost(), Styles.Fmt.YUAN);
            b.number(row, 3, p.frontierCost(), Styles.Fmt.YUAN);
            b.number(row, 4, p.excess(), Styles.Fmt.YUAN_DELTA);
            b.text(row, 5, Double.isNaN(p.frontierCost()) ? ExportTexts.text(lang, "frontierSheet.beyondFrontierSReach")
                    : p.dominated() ? ExportTexts.text(lang, "frontierSheet.dominated") : ExportTexts.text(lang, "frontierSheet.onOrBelowFrontier"));
            row++;
        }
        b.freeze(1, header + 1);
        b.finish();
    }

    private static String bounds(List<DecisionLever> ls) {
        StringBuilder s = new StringBuilder();
        for (DecisionLever l : ls) s.append(s.length() > 0 ? ", " : "").append(l);
        return s.toString();
    }
}
