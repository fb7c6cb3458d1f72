package org.tuoyu.sandbox.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Undo and redo over command objects; consecutive mergeable commands become one step. */
public final class UndoStack {

    /** Commands closer together than this may merge (a slider drag). */
    static final long MERGE_WINDOW_NANOS = 1_000_000_000L;

    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private long lastTime;
    private boolean sealed = true;

    public void execute(Command c) {
        c.execute();
        long now = System.nanoTime();
        Command top = done.peek();
        if (!sealed && top != null && now - lastTime < MERGE_WINDOW_NANOS && top.mergeWith(c)) {
            // merged
        } else {
            done.push(c);
        }
        sealed = false;
        lastTime = now;
        undone.clear();
        refresh();
    }

    /** Ends merging: the next command starts a new undo step (slider released, field committed). */
    public void seal() { sealed = true; }

    public void undo() {
        if (done.isEmpty()) return;
        Command c = done.pop();
        c.undo();
        undone.push(c);
        sealed = true;
        refresh();
    }

    public void redo() {
        if (undone.isEmpty()) return;
        Command c = undone.pop();
        c.redo();
        done.push(c);
        sealed = true;
        refresh();
    }

    public void clear() {
        done.clear();
        undone.clear();
        refresh();
    }

    private void refresh() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoText.set(done.isEmpty() ? "" : done.peek().description());
        redoText.set(undone.isEmpty() ? "" : undone.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }
}
