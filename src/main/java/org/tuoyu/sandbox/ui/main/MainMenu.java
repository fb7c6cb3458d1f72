package org.tuoyu.sandbox.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.tuoyu.sandbox.ui.decide.DecideWindow;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.Workspace;
import org.tuoyu.sandbox.ui.workshop.WorkshopWindow;

/**
 * The menu bar: 文件, 编辑, 设置, then one menu per feature (see {@link #featureMenus}), then 语言.
 * Built afresh when the language changes.
 */
public final class MainMenu {

    /** A feature's own menu (目标求解, 课堂, …), made for the window's context in the current language. */
    public interface Feature {
        Menu menu(AppContext ctx, Window owner);
    }

    /** What the menus call that lives in the window. */
    public record Hooks(Runnable export, Runnable brief, Runnable quit, Consumer<I18n.Lang> language) {}

    private final AppContext ctx;
    private final FileActions files;
    private final Hooks hooks;
    private final Window owner;

    public MainMenu(AppContext ctx, FileActions files, Hooks hooks, Window owner) {
        this.ctx = ctx;
        this.files = files;
        this.hooks = hooks;
        this.owner = owner;
    }

    /**
     * Feature menus, in order, between 设置 and 语言: a feature adds one line here, a lambda or a class
     * implementing {@link Feature}.
     */
    static List<Feature> featureMenus() {
        return List.of(
                (ctx, owner) -> DecideWindow.menu(ctx.workspace(), owner), // 分析 → 目标求解…
                (ctx, owner) -> WorkshopWindow.menu(ctx.workspace(), owner)); // 课堂 → 课堂模式…
    }

    public MenuBar build() {
        I18n i = ctx.workspace().i18n();
        List<Menu> menus = new ArrayList<>(List.of(file(i), edit(i), settings(i)));
        for (Feature f : featureMenus()) menus.add(f.menu(ctx, owner));
        menus.add(language(i));
        MenuBar[] built = new MenuBar[1];
        menus.add(new org.tuoyu.sandbox.ui.help.HelpMenu(ctx.workspace(), owner, () -> built[0].getMenus()).menu());
        MenuBar bar = new MenuBar(menus.toArray(new Menu[0]));
        built[0] = bar;
        bar.setId("menubar");
        return bar;
    }

    static MenuItem item(String id, String text, String accel, Runnable r) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accel != null) m.setAccelerator(KeyCombination.keyCombination(accel));
        m.setOnAction(e -> r.run());
        return m;
    }

    private Menu file(I18n i) {
        Workspace ws = ctx.workspace();
        Menu file = new Menu(i.t("menu.file"));
        file.setId("menu-file");
        Menu recent = new Menu(i.t("menu.recent"));
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fillRecent(recent, i));
        fillRecent(recent, i);
        MenuItem export = item("mi-export", i.t("menu.export"), "Shortcut+E", hooks.export());
        export.disableProperty().bind(ctx.export().runningProperty());
        MenuItem brief = item("mi-brief", i.t("menu.brief"), null, hooks.brief());
        brief.disableProperty().bind(ctx.export().runningProperty());
        file.getItems().addAll(
                item("mi-new-preset", i.t("menu.newFromPreset"), "Shortcut+N", files::newFromPreset),
                item("mi-copy", i.t("menu.copy"), null, () -> ctx.actions().copySelected()),
                new SeparatorMenuItem(),
                item("mi-open", i.t("menu.open"), "Shortcut+O", files::openChosen), recent,
                new SeparatorMenuItem(),
                item("mi-open-workspace", i.t("menu.openWorkspace"), "Shortcut+Shift+O", files::openWorkspaceChosen), recentWorkspaces(i),
                item("mi-save-workspace", i.t("menu.saveWorkspace"), "Shortcut+Alt+S", () -> files.saveWorkspace(false)),
                item("mi-save-workspace-as", i.t("menu.saveWorkspaceAs"), null, () -> files.saveWorkspace(true)),
                new SeparatorMenuItem(),
                item("mi-save", i.t("menu.save"), "Shortcut+S", () -> files.save(ws.selected(), false)),
                item("mi-save-as", i.t("menu.saveAs"), "Shortcut+Shift+S", () -> files.save(ws.selected(), true)),
                item("mi-import-districts", i.t("menu.importDistricts"), null, () -> new org.tuoyu.sandbox.ui.districts.DistrictImportAction(ws,
                        new org.tuoyu.sandbox.ui.districts.FxImportDialogs(owner, ctx.home(), ws::i18n),
                        new org.tuoyu.sandbox.ui.files.FxLoads(owner, ws::i18n), org.tuoyu.sandbox.ui.districts.DistrictImportAction.statusOf(owner)).run()),
                new SeparatorMenuItem(), export, brief, new SeparatorMenuItem(),
                item("mi-quit", i.t("menu.quit"), "Shortcut+Q", hooks.quit()));
        return file;
    }

    private Menu recentWorkspaces(I18n i) {
        Menu recent = new Menu(i.t("menu.recentWorkspaces"));
        recent.setId("menu-recent-workspaces");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : ctx.home().recentWorkspaces()) recent.getItems().add(item(null, p.toString(), null, () -> files.openWorkspace(p)));
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(i.t("menu.recentNone"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        recent.setOnShowing(e -> fill.run());
        fill.run();
        return recent;
    }

    private void fillRecent(Menu recent, I18n i) {
        recent.getItems().clear();
        for (Path p : ctx.home().recentFiles()) recent.getItems().add(item(null, p.toString(), null, () -> files.open(p)));
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(i.t("menu.recentNone"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu edit(I18n i) {
        Workspace ws = ctx.workspace();
        Menu edit = new Menu(i.t("menu.edit"));
        edit.setId("menu-edit");
        MenuItem undo = item("mi-undo", i.t("menu.undo"), "Shortcut+Z", () -> ws.undoStack().undo());
        undo.disableProperty().bind(ws.undoStack().canUndoProperty().not());
        undo.textProperty().bind(Bindings.createStringBinding(() -> i.t("menu.undo") + " " + ws.undoStack().undoTextProperty().get(),
                ws.undoStack().undoTextProperty()));
        MenuItem redo = item("mi-redo", i.t("menu.redo"), "Shortcut+Y", () -> ws.undoStack().redo());
        redo.disableProperty().bind(ws.undoStack().canRedoProperty().not());
        redo.textProperty().bind(Bindings.createStringBinding(() -> i.t("menu.redo") + " " + ws.undoStack().redoTextProperty().get(),
                ws.undoStack().redoTextProperty()));
        CheckMenuItem editBaseline = new CheckMenuItem(i.t("menu.editBaseline"));
        editBaseline.setId("mi-edit-baseline");
        editBaseline.selectedProperty().bindBidirectional(ws.editBaselineProperty());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("mi-rename", i.t("menu.rename"), "F2", files::rename),
                item("mi-describe", i.t("menu.describe"), null, files::describe),
                item("mi-delete", i.t("menu.delete"), null, files::delete),
                new SeparatorMenuItem(), editBaseline);
        return edit;
    }

    private Menu settings(I18n i) {
        Menu settings = new Menu(i.t("menu.settings"));
        settings.setId("menu-settings");
        settings.getItems().add(item("mi-draws", i.t("menu.draws"), null, files::draws));
        return settings;
    }

    private Menu language(I18n i) {
        Menu lang = new Menu(i.t("menu.language"));
        lang.setId("menu-language");
        ToggleGroup tg = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem("中文");
        zh.setId("mi-lang-zh");
        RadioMenuItem en = new RadioMenuItem("English");
        en.setId("mi-lang-en");
        zh.setToggleGroup(tg);
        en.setToggleGroup(tg);
        (i.english() ? en : zh).setSelected(true);
        zh.setOnAction(e -> hooks.language().accept(I18n.Lang.ZH));
        en.setOnAction(e -> hooks.language().accept(I18n.Lang.EN));
        lang.getItems().addAll(zh, en);
        return lang;
    }
}
