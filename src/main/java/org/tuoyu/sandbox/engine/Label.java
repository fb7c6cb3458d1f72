package org.tuoyu.sandbox.engine;

/**
 * A key and its Chinese and English labels, held once by each enum a user sees ({@link Labelled.Held}), so that
 * the key / labelZh / labelEn fields, constructor and accessors are not written again in every enum.
 *
 * @param key spelling in files and JSON; never translated
 */
public record Label(String key, String zh, String en) {

    public Label {
        if (key == null || zh == null || en == null) throw new IllegalArgumentException("a label needs a key and both texts");
    }
}
