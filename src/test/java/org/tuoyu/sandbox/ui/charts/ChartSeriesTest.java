package org.tuoyu.sandbox.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The charts tab's series are indicators of the catalogue: named by its labels, their values its readers', in %. */
class ChartSeriesTest {

    @Test
    void seriesAreTheCataloguesLabelsAndReaders() throws Exception {
        YearResult y = Evaluator.evaluate(ScenarioFiles.load(Path.of("src/test/resources/decide/two-town.yaml")).scenario())
                .first();
        I18n zh = new I18n(I18n.Lang.ZH);
        DefaultCategoryDataset d = ChartsViewModel.enrolmentByDistrict(y, zh);
        assertEquals(List.of("入托率", "托位使用率"), d.getRowKeys());
        DistrictResult first = y.districts().get(0);
        assertEquals(first.utilisation() * 100, d.getValue("托位使用率", first.nameZh()).doubleValue(), 1e-12);
        DefaultCategoryDataset q = ChartsViewModel.byQuintile(y, new I18n(I18n.Lang.EN));
        assertEquals(List.of("Mean net burden", "Enrolment rate"), q.getRowKeys());
        assertEquals(y.group(IncomeGroup.Q1).meanNetBurden() * 100, q.getValue("Mean net burden", "Q1").doubleValue(), 1e-12);
    }
}
