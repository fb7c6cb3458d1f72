package org.tuoyu.sandbox.ui.districts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tuoyu.sandbox.scenario.DistrictImport;
import org.tuoyu.sandbox.scenario.ImportReport;
import org.tuoyu.sandbox.scenario.ImportTexts;
import org.tuoyu.sandbox.scenario.RegionDocument;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.ui.files.Loads;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * 文件 → 导入分区数据… : the {@code districts import} path in the app. The table is read against the baseline's region
 * and the report shown; nothing changes until the user accepts. Then every open scenario moves onto the new
 * districts as one undo step, the baseline to be saved where the user says with its region file beside it
 * ({@link ImportedRegion}, decisions 0037 and 0043); nothing is written until the baseline is saved. Reading and re-fitting run through {@link Loads} (off the FX thread
 * in the app); a table the import refuses shows its message, never a stack trace.
 */
public final class DistrictImportAction {

    private final Workspace ws;
    private final ImportDialogs dialogs;
    private final Loads loads;
    private final Consumer<String> status;

    public DistrictImportAction(Workspace ws, ImportDialogs dialogs, Loads loads, Consumer<String> status) {
        this.ws = ws;
        this.dialogs = dialogs;
        this.loads = loads;
        this.status = status;
    }

    /** The window's status line (the root registers it under ChartExport.STATUS_KEY), looked up when a message comes. */
    public static Consumer<String> statusOf(javafx.stage.Window owner) {
        return m -> {
            if (owner == null || owner.getScene() == null) return;
            if (owner.getScene().getRoot().getProperties().get(org.tuoyu.sandbox.ui.charts.ChartExport.STATUS_KEY) instanceof Consumer<?> c) {
                @SuppressWarnings("unchecked")
                Consumer<String> status = (Consumer<String>) c;
                status.accept(m);
            }
        };
    }

    private I18n i18n() { return ws.i18n(); }

    public void run() {
        if (ws.baseline() == null) return;
        Path table = dialogs.chooseTable();
        if (table == null) return;
        RegionDocument region = ws.baseline().document().region();
        loads.run(i18n().t("import.reading"), p -> {
            p.step(String.valueOf(table.getFileName()), 0, 1);
            return DistrictImport.read(table, region, ImportTexts.of(i18n().english()));
        }, report -> reviewed(report, table), dialogs::showRefused);
    }

    private void reviewed(ImportReport report, Path table) {
        if (ws.baseline().document().region() != report.before()) {
            // the workspace was replaced while the table was read: the report is about another region
            status.accept(i18n().t("import.stale"));
            return;
        }
        if (!dialogs.review(report, report.before()) || !report.changed()) {
            status.accept(i18n().t("import.cancelled"));
            return;
        }
        Path folder = table.toAbsolutePath().getParent();
        Path target = dialogs.chooseBaselineTarget(suggestedName(), folder);
        if (target == null) {
            status.accept(i18n().t("import.cancelled"));
            return;
        }
        if (!target.getFileName().toString().matches("(?i).+\\.ya?ml")) target = target.resolveSibling(target.getFileName() + ".yaml");
        List<ScenarioDocument> open = new ArrayList<>();
        for (ScenarioSlot s : ws.slots()) open.add(s.document());
        Path baselineFile = target;
        loads.run(i18n().t("import.applying"), p -> {
            p.step(String.valueOf(baselineFile.getFileName()), 0, 1);
            return ImportedRegion.apply(report, open, baselineFile);
        }, r -> applied(r, open, report), dialogs::showRefused);
    }

    private void applied(ImportedRegion.Result r, List<ScenarioDocument> open, ImportReport report) {
        List<ScenarioDocument> now = new ArrayList<>();
        for (ScenarioSlot s : ws.slots()) now.add(s.document());
        if (!sameDocuments(now, open)) {
            // an edit came while the baseline was re-fitted: the rebuilt documents would undo it
            dialogs.showRefused(new ScenarioFileException(report.file(), 0, "", null, i18n().t("import.changedMeanwhile")));
            return;
        }
        ws.replaceAll(r.documents(), r.baselineFile(), r.region(), i18n().t("edit.importDistricts", report.file()));
        status.accept(i18n().t("import.done", report.of(ImportReport.Kind.READ).size(), r.baselineFile(), r.region().file()));
    }

    private static boolean sameDocuments(List<ScenarioDocument> a, List<ScenarioDocument> b) {
        if (a.size() != b.size()) return false;
        for (int k = 0; k < a.size(); k++) if (a.get(k) != b.get(k)) return false;
        return true;
    }

    /** "beijing-2025.yaml" → "beijing-2025-imported.yaml". */
    private String suggestedName() {
        ScenarioDocument b = ws.baseline().document();
        String n = b.location() != null ? b.location().fileName() : "baseline.yaml";
        return n.replaceFirst("(?i)\\.ya?ml$", "") + "-imported.yaml";
    }
}
