package org.tuoyu.sandbox.export;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.tuoyu.sandbox.export.Styles.Fmt;

/**
 * A numeric column of a row-per-record sheet: its header (a key of the export bundle, with unit, its {0}… filled from
 * {@code args}), format and value.
 */
record Column<T>(String key, List<?> args, Fmt fmt, ToDoubleFunction<T> value) {

    Column(String key, Fmt fmt, ToDoubleFunction<T> value) { this(key, List.of(), fmt, value); }

    String header(Language lang) { return ExportTexts.text(lang, key, args.toArray()); }
}
