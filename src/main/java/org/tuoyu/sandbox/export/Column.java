package org.tuoyu.sandbox.export;

import java.util.function.ToDoubleFunction;
import org.tuoyu.sandbox.export.Styles.Fmt;

/** A numeric column of a row-per-record sheet: its header (with unit), format and value. */
record Column<T>(String zh, String en, Fmt fmt, ToDoubleFunction<T> value) {

    String header(Language lang) { return lang.t(zh, en); }
}
