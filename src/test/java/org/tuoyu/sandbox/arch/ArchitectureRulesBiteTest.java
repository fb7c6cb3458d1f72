package org.tuoyu.sandbox.arch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuoyu.sandbox.archfixtures.app.App;
import org.tuoyu.sandbox.archfixtures.cli.CommandUsingApp;
import org.tuoyu.sandbox.archfixtures.cli.JavaFxInTheCli;
import org.tuoyu.sandbox.archfixtures.cli.PrintingCommand;
import org.tuoyu.sandbox.archfixtures.cyclea.A;
import org.tuoyu.sandbox.archfixtures.cycleb.B;
import org.tuoyu.sandbox.archfixtures.decide.WorkbookInTheOptimiser;
import org.tuoyu.sandbox.archfixtures.engine.ChartInTheEngine;
import org.tuoyu.sandbox.archfixtures.engine.EngineUsingApp;
import org.tuoyu.sandbox.archfixtures.engine.ScenarioInTheEngine;
import org.tuoyu.sandbox.archfixtures.engine.StackTraceInTheEngine;
import org.tuoyu.sandbox.archfixtures.export.AwtInTheExport;
import org.tuoyu.sandbox.archfixtures.export.JavaFxInTheExport;
import org.tuoyu.sandbox.archfixtures.export.PrintingExport;
import org.tuoyu.sandbox.archfixtures.export.render.ChartRenderer;
import org.tuoyu.sandbox.archfixtures.scenario.ScenarioFile;
import org.tuoyu.sandbox.archfixtures.ui.FanChartView;
import org.tuoyu.sandbox.archfixtures.ui.TotalsView;
import org.tuoyu.sandbox.archfixtures.ui.WarningWindow;
import org.tuoyu.sandbox.archfixtures.ui.WindowUsingApp;
import org.tuoyu.sandbox.archfixtures.util.Strings;

/**
 * Each rule of {@link ArchitectureRules} run on small classes that break it (org.tuoyu.sandbox.archfixtures, laid out
 * like the real packages): the rule must report the breaking class, and must stay quiet on the allowed ones. A rule
 * that matched nothing would pass LayeringTest whatever the code did.
 */
class ArchitectureRulesBiteTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("org.tuoyu.sandbox.archfixtures");

    private static String violations(ArchRule rule, Class<?>... classes) {
        EvaluationResult r = rule.evaluate(new ClassFileImporter().importClasses(classes));
        return r.hasViolation() ? String.join("\n", r.getFailureReport().getDetails()) : "";
    }

    private static void bites(ArchRule rule, Class<?> breaker, String target, Class<?>... others) {
        Class<?>[] all = new Class<?>[others.length + 1];
        all[0] = breaker;
        System.arraycopy(others, 0, all, 1, others.length);
        String v = violations(rule, all);
        assertTrue(v.contains(breaker.getName()) && v.contains(target),
                rule.getDescription() + "\nshould report " + breaker.getSimpleName() + " → " + target + ", reported:\n" + v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JavaFxInTheEngine:javafx.beans", "ChartInTheEngine:org.jfree.chart", "AwtInTheEngine:java.awt",
            "NetworkInTheEngine:java.net", "StreamsInTheEngine:java.io.InputStream", "FilesInTheEngine:java.nio.file",
            "PreferencesInTheEngine:java.util.prefs", "WorkbookInTheEngine:org.apache.poi",
            "JsonInTheEngine:com.fasterxml.jackson", "YamlInTheEngine:org.yaml.snakeyaml"})
    void theEngineMayNotUseAToolkitFilesNetworkSettingsOrParsers(String fixture) throws Exception {
        String[] f = fixture.split(":");
        bites(RULES.engineIsPure(), Class.forName("org.tuoyu.sandbox.archfixtures.engine." + f[0]), f[1]);
    }

    @Test
    void aLayerMayNotUseTheOneAboveIt() {
        bites(RULES.layers(), ScenarioInTheEngine.class, ScenarioFile.class.getName(), ScenarioFile.class);
        bites(RULES.layers(), WindowUsingApp.class, App.class.getName(), App.class);
        bites(RULES.layers(), EngineUsingApp.class, App.class.getName(), App.class);
    }

    @Test
    void aClassOutsideTheLayersIsNamed() {
        bites(RULES.everyClassIsInALayer(), Strings.class, "does not reside in any package", App.class);
        assertFalse(violations(RULES.everyClassIsInALayer(), App.class, ScenarioFile.class).contains("App"));
    }

    @Test
    void decisionToolsWriteNoFilesOrWorkbooks() {
        bites(RULES.decideIsHeadless(), WorkbookInTheOptimiser.class, "org.apache.poi");
    }

    @Test
    void exportMayUseAToolkitOnlyInRender() {
        bites(RULES.exportHasNoToolkitOutsideRender(), AwtInTheExport.class, "java.awt.Color");
        bites(RULES.exportHasNoToolkitOutsideRender(), JavaFxInTheExport.class, "javafx.scene.image");
        assertFalse(violations(RULES.exportHasNoToolkitOutsideRender(), AwtInTheExport.class, ChartRenderer.class).contains("ChartRenderer"));
    }

    @Test
    void nothingButAppUsesApp() {
        bites(RULES.nothingUsesApp(), WindowUsingApp.class, App.class.getName(), App.class);
        bites(RULES.nothingUsesApp(), CommandUsingApp.class, App.class.getName(), App.class);
        bites(RULES.nothingUsesApp(), EngineUsingApp.class, App.class.getName(), App.class);
    }

    @Test
    void theCommandLineHasNoToolkit() {
        bites(RULES.cliHasNoToolkit(), JavaFxInTheCli.class, "javafx.application.Application");
    }

    @Test
    void aViewMayNotReadTheEngine() {
        bites(RULES.viewsDoNotReadTheEngine(), TotalsView.class, ChartInTheEngine.class.getName(), ChartInTheEngine.class);
    }

    @Test
    void aViewsNestedAndAnonymousClassesMayNotReadTheEngineEither() throws Exception {
        Class<?> anonymous = Class.forName(FanChartView.class.getName() + "$1");
        bites(RULES.viewsDoNotReadTheEngine(), FanChartView.Band.class, ChartInTheEngine.class.getName(), ChartInTheEngine.class);
        bites(RULES.viewsDoNotReadTheEngine(), anonymous, ChartInTheEngine.class.getName(), ChartInTheEngine.class);
    }

    @Test
    void onlyTheCommandLineAndTheEntryPointUseTheConsole() {
        bites(RULES.onlyCliAndAppUseTheConsole(), PrintingExport.class, "System.out");
        bites(RULES.onlyCliAndAppUseTheConsole(), StackTraceInTheEngine.class, "printStackTrace");
        bites(RULES.onlyCliAndAppUseTheConsole(), WarningWindow.class, "System.err");
        assertFalse(violations(RULES.onlyCliAndAppUseTheConsole(), PrintingExport.class, PrintingCommand.class).contains("PrintingCommand"));
    }

    @Test
    void packagesMayNotFormACycle() {
        String v = violations(RULES.noCycles(), A.class, B.class);
        assertTrue(v.contains("Cycle detected") && v.contains(A.class.getName()) && v.contains(B.class.getName()), v);
    }

    @Test
    void everyRuleSaysWhy() {
        for (ArchRule r : RULES.all()) assertTrue(r.getDescription().contains(", because "), r.getDescription());
    }
}
