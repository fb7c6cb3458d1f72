package org.tuoyu.sandbox.engine;

/**
 * Something shown to users under a stable key: its spelling in files and JSON, and its Chinese and English
 * labels. One interface so that every enum of the domain is looked up and labelled the same way.
 */
public interface Labelled {

    /** Spelling in files and JSON; never translated. */
    String key();

    String labelZh();

    String labelEn();

    default String label(boolean english) { return english ? labelEn() : labelZh(); }

    /**
     * An enum that holds its key and labels as one {@link Label}: it implements {@link #label()} and gets the three
     * accessors, rather than typing three fields, a constructor and three methods again.
     */
    interface Held extends Labelled {

        Label label();

        @Override
        default String key() { return label().key(); }

        @Override
        default String labelZh() { return label().zh(); }

        @Override
        default String labelEn() { return label().en(); }
    }

    /** The constant with this key, or null: callers word their own message, naming the file or option. */
    static <E extends Labelled> E fromKey(E[] values, String key) {
        for (E v : values) {
            if (v.key().equals(key)) return v;
        }
        return null;
    }
}
