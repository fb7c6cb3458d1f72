package org.tuoyu.sandbox.scenario;

import java.util.Locale;

/**
 * The district import's messages (reasons, cell references, the report's lines) in one language, from
 * org/tuoyu/sandbox/scenario/i18n/districtimport.properties (Chinese) and districtimport_en.properties. The app
 * picks the UI's language, the command line its {@code --lang}; the region reader's own checks share the rules
 * ({@link FieldRules}) and speak English, as every message of a file reader does.
 */
public final class ImportTexts {

    private static final TextBundle TEXTS = new TextBundle("district import", "org.tuoyu.sandbox.scenario.i18n.districtimport");

    public static final ImportTexts ENGLISH = new ImportTexts(true);
    public static final ImportTexts CHINESE = new ImportTexts(false);

    private final boolean english;

    private ImportTexts(boolean english) {
        this.english = english;
    }

    public static ImportTexts of(boolean english) { return english ? ENGLISH : CHINESE; }

    public boolean english() { return english; }

    /** The text of {@code key} with {0}, {1}, … filled in (see {@link TextBundle#text}). */
    public String t(String key, Object... args) { return TEXTS.text(english, key, args); }

    /** The region as a message names it: its id in English (as the command line's other messages), its name in Chinese. */
    String region(org.tuoyu.sandbox.engine.Region r) { return english ? r.id() : r.nameZh(); }

    /** 1,234,567 in both languages: the digits as a table writes them. */
    static String count(long n) { return String.format(Locale.ROOT, "%,d", n); }

    /**
     * A place in the table as the user reads it: a .csv row is "line 7" inside the import (and in the provenance
     * written to the region file) and 第 7 行 in Chinese; an .xlsx reference (分区!B7) is the same in both.
     */
    String where(String ref) {
        if (ref == null || !ref.startsWith(CsvTable.LINE)) return ref;
        String n = ref.substring(CsvTable.LINE.length());
        return n.chars().allMatch(Character::isDigit) && !n.isEmpty() ? t("where.line", n) : ref;
    }
}
