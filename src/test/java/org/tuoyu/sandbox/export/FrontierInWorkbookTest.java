package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.decide.Cost;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.decide.Frontier;
import org.tuoyu.sandbox.decide.Problem;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/** A frontier asked for joins the comparison workbook as its last sheet, 成本前沿, with the curve's numbers. */
class FrontierInWorkbookTest {

    @Test
    void theFrontierIsTheComparisonWorkbooksLastSheet(@TempDir Path dir) throws Exception {
        ScenarioDocument base = ScenarioFiles.load(Path.of("src/test/resources/decide/two-town.yaml"));
        ScenarioDocument reform = ScenarioFiles.load(Path.of("src/test/resources/decide/two-town-reform.yaml"));
        List<ScenarioDocument> docs = List.of(base, reform);
        var results = Fixtures.evaluate(docs);
        Problem p = new Problem(base.scenario(), List.of(DecisionLever.parse("demand.voucher.A2=0:1500", base.region().region())),
                Cost.parse("generalBudget", 2027, 0), List.of());
        Frontier.Result r = Frontier.of(p, Target.parse("enrolmentRate>=0", 2027), 3, ProgressListener.NONE, () -> false);
        List<Frontier.Placement> placed = List.of(r.place(reform.name(), results.get(1)));
        Path out = dir.resolve("with-frontier.xlsx");
        ComparisonWorkbook.write(docs, results, null, ExportOptions.DEFAULT, new FrontierSheet.Part(r, placed), out,
                Language.ZH, ExportProgress.NONE);
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(out)) {
            assertEquals(ComparisonWorkbook.SHEETS_ZH.size() + 1, wb.getNumberOfSheets());
            assertEquals("概览", wb.getSheetName(0));
            assertEquals("成本前沿", wb.getSheetName(wb.getNumberOfSheets() - 1));
            assertEquals(r.points().get(0).cost(), wb.getSheet("成本前沿").getRow(4).getCell(1).getNumericCellValue(), 1e-6);
        }
    }
}
