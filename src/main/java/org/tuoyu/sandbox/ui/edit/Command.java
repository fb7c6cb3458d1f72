package org.tuoyu.sandbox.ui.edit;

/** One user edit that can be undone and redone (Scene Builder's Job). */
public interface Command {

    void execute();

    void undo();

    default void redo() { execute(); }

    /** Shown in the Edit menu: "Undo 托育券 2-3岁". */
    String description();

    /**
     * Folds a following command of the same kind into this one (a slider drag is one edit), or
     * returns false to keep them apart.
     */
    default boolean mergeWith(Command next) { return false; }
}
