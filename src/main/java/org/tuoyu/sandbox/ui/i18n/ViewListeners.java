package org.tuoyu.sandbox.ui.i18n;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;

/**
 * Listeners that a view puts on longer-lived things (the workspace, the view-models): the view's node holds them,
 * the observable only weakly. The whole layout is built afresh at each language switch; a plain listener on a
 * view-model kept every old layout (its views, charts and canvases) alive, one more per switch.
 */
public final class ViewListeners {

    private static final Object HELD = new Object();

    private ViewListeners() {}

    /** {@code l} on {@code o} for as long as {@code owner} is alive. */
    public static <T> void onChange(Node owner, ObservableValue<T> o, ChangeListener<T> l) {
        hold(owner, l);
        o.addListener(new WeakChangeListener<>(l));
    }

    /** {@code l} on {@code list} for as long as {@code owner} is alive. */
    public static <E> void onListChange(Node owner, ObservableList<E> list, ListChangeListener<E> l) {
        hold(owner, l);
        list.addListener(new WeakListChangeListener<>(l));
    }

    @SuppressWarnings("unchecked")
    private static void hold(Node owner, Object l) {
        ((List<Object>) owner.getProperties().computeIfAbsent(HELD, k -> new ArrayList<>())).add(l);
    }
}
