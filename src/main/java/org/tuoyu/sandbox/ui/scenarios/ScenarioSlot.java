package org.tuoyu.sandbox.ui.scenarios;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * One open scenario: its current document (an immutable record replaced on every edit), the
 * document as last saved or opened, and the latest evaluation of the current document.
 */
public final class ScenarioSlot {

    private final ReadOnlyObjectWrapper<ScenarioDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScenarioDocument> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScenarioResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding modified;
    /** The evaluation of the document as opened: what a baseline's changes are measured against. */
    private ScenarioResult openedResult;

    /** "#RRGGBB": as a workspace file gave it, else the palette colour the workspace gave the slot when it joined. */
    private final javafx.beans.property.ObjectProperty<String> colour = new javafx.beans.property.SimpleObjectProperty<>();

    public ScenarioSlot(ScenarioDocument doc, Path file) {
        this.document.set(doc);
        this.saved.set(doc);
        this.file.set(file);
        this.modified = Bindings.createBooleanBinding(() -> document.get() != saved.get(), document, saved);
    }

    /** A scenario made in the app and never saved: it counts as unsaved until it is. */
    public static ScenarioSlot unsaved(ScenarioDocument doc) {
        ScenarioSlot s = new ScenarioSlot(doc, null);
        s.saved.set(null);
        return s;
    }

    /**
     * A slot restored after a crash: when {@code modified}, it counts as unsaved, and
     * {@code original} (the file as it was opened, when it can still be read) is what its changes
     * are measured against.
     */
    public static ScenarioSlot restored(ScenarioDocument doc, Path file, boolean modified, ScenarioDocument original) {
        ScenarioSlot s = new ScenarioSlot(doc, file);
        if (modified) {
            s.saved.set(original);
            if (original != null) s.openedResult = org.tuoyu.sandbox.engine.Evaluator.evaluate(original.scenario());
        }
        return s;
    }

    public ReadOnlyObjectProperty<ScenarioDocument> documentProperty() { return document.getReadOnlyProperty(); }

    public ScenarioDocument document() { return document.get(); }

    /** Only edits (commands) and loading call this. */
    public void setDocument(ScenarioDocument doc) { document.set(doc); }

    public ReadOnlyObjectProperty<ScenarioResult> resultProperty() { return result.getReadOnlyProperty(); }

    public ScenarioResult result() { return result.get(); }

    void setResult(ScenarioResult r) {
        if (openedResult == null) openedResult = r;
        result.set(r);
    }

    public ScenarioResult openedResult() { return openedResult; }

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    public Path file() { return file.get(); }

    public BooleanBinding modifiedProperty() { return modified; }

    public boolean isModified() { return modified.get(); }

    /** After a save: the document now lives at {@code path} and is unmodified. */
    public void markSaved(ScenarioDocument doc, Path path) {
        file.set(path);
        document.set(doc);
        saved.set(doc);
    }

    /** Puts back a state read by {@link #document}, {@link #savedDocument} and {@link #file} (undo of a replace-all). */
    void restore(ScenarioDocument doc, ScenarioDocument savedDoc, Path path) {
        file.set(path);
        document.set(doc);
        saved.set(savedDoc);
    }

    /** The document as last saved or opened (null for restored work whose original is gone). */
    public ScenarioDocument savedDocument() { return saved.get(); }

    /** Levers as last saved or opened. */
    public org.tuoyu.sandbox.engine.Levers savedLevers() { return (saved.get() != null ? saved.get() : document.get()).scenario().levers(); }

    public javafx.beans.property.ObjectProperty<String> colourProperty() { return colour; }

    /** The slot's colour ("#RRGGBB") in every view; null only before it joins a workspace. */
    public String colour() { return colour.get(); }

    public String name() { return document.get().name(); }

    /** The name in the user's language. */
    public String displayName(org.tuoyu.sandbox.ui.i18n.I18n i) { return i.pick(name(), nameEn()); }

    public String nameEn() { return document.get().nameEn(); }
}
