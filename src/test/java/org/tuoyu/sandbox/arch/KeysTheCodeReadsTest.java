package org.tuoyu.sandbox.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every key the code reads from a bundle is in its Chinese and its English file, whatever way it is read:
 * {@code ExportTexts.get} and {@code text} (the sheets' fonts and names, the brief), a class's own {@code text(...)}
 * helper, {@code cmp.text}, the workshop's and decide's {@code text}, the UI's {@code t}, a key chosen by a ternary,
 * and a prefix the code completes ({@code "comparisonWorkbook.sheet." + k}). A key missing from a bundle throws (or
 * shows the raw key) only when its sheet, paragraph or window is written, which no test may reach; BundleKeysTest
 * checks that both files hold the same keys, this checks that the code asks for keys they hold.
 *
 * <p>A literal counts as a key when it is shaped like one ({@code word.word}) and either starts with a first part the
 * bundle's keys use ({@code comparisonWorkbook.}, {@code reform.}) or is passed straight to a lookup; file names
 * ({@code scenario.yaml}) are not keys. The district import's bundle (scenario/i18n/districtimport) has its own check,
 * scenario/ImportTextsTest: in the scenario layer a literal such as {@code totals.population} is a region file's path
 * as often as a key, so its lookups are matched by the call ({@code t(...)}) instead.
 */
class KeysTheCodeReadsTest {

    private static final Path MAIN = Path.of("src/main/java/org/tuoyu/sandbox");
    private static final Path RESOURCES = Path.of("src/main/resources/org/tuoyu/sandbox");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"(\\s*\\+)?");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.?");
    private static final Pattern LOOKUP = Pattern.compile(
            "\\b(?:text|get|t)\\(\\s*(?:[\\w.()\\[\\]]+\\s*,\\s*)?\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(yaml|yml|xlsx|csv|json|docx|properties|tuoyu|png|svg|geojson|html|txt)");

    /** The code's string literals that name a key of {@code zh}/{@code en} missing from either, "FILE: key". */
    static List<String> missing(Path sources, Properties zh, Properties en) throws IOException {
        Set<String> heads = new TreeSet<>();
        for (String k : zh.stringPropertyNames()) heads.add(k.split("\\.")[0]);
        for (String k : en.stringPropertyNames()) heads.add(k.split("\\.")[0]);
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                String code = withoutComments(Files.readString(f, StandardCharsets.UTF_8));
                Set<String> looked = new TreeSet<>();
                Matcher l = LOOKUP.matcher(code);
                while (l.find()) looked.add(l.group(1));
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    String s = m.group(1);
                    if (!KEY.matcher(s).matches() || !s.contains(".") || FILE_NAME.matcher(s).matches()) continue;
                    if (!heads.contains(s.split("\\.")[0]) && !looked.contains(s)) continue;
                    boolean prefix = s.endsWith(".") || m.group(2) != null;
                    for (Properties p : List.of(zh, en)) {
                        boolean found = prefix ? p.stringPropertyNames().stream().anyMatch(k -> k.startsWith(s)) : p.containsKey(s);
                        if (!found) out.add(sources.relativize(f) + ": " + s + (prefix ? "…" : "") + " (" + (p == zh ? "zh" : "en") + ")");
                    }
                }
            }
        }
        return out;
    }

    /** The code with its comments blanked (a key quoted in a comment is not read). */
    static String withoutComments(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') end += s.charAt(end) == '\\' ? 2 : 1;
                end = Math.min(end, s.length() - 1);
                b.append(s, i, end + 1);
                i = end;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
                b.append('\n');
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 1;
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    private static void check(String sources, String bundle, int atLeast) throws IOException {
        Path dir = MAIN.resolve(sources);
        Properties zh = load(RESOURCES.resolve(bundle + ".properties"));
        Properties en = load(RESOURCES.resolve(bundle + "_en.properties"));
        assertEquals(List.of(), missing(dir, zh, en), "keys the code in " + dir + " reads that " + bundle + " lacks");
        int keys = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) if (zh.containsKey(m.group(1))) keys++;
            }
        }
        assertTrue(keys >= atLeast, "the scan found only " + keys + " keys in " + dir + ": is it reading the right code?");
    }

    @Test
    void theExportAsksForKeysBothItsBundlesHold() throws IOException {
        check("export", "export/i18n/export", 300);
    }

    @Test
    void theWorkshopAsksForKeysBothItsBundlesHold() throws IOException {
        check("workshop", "workshop/i18n/workshop", 25);
    }

    @Test
    void decideAsksForKeysBothItsBundlesHold() throws IOException {
        check("decide", "decide/decide", 10);
    }

    @Test
    void theUiAsksForKeysBothItsBundlesHold() throws IOException {
        check("ui", "ui/i18n/messages", 300);
        check("app", "ui/i18n/messages", 1);
    }

    @Test
    void aKeyMissingInEitherLanguageIsFoundHoweverItIsRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Sheet.java"), String.join("\n",
                "class Sheet {",
                "  String a = ExportTexts.get(lang, \"sheet.font\");",         // read with get, only in Chinese
                "  String b = text(\"sheet.title\", 3);",                      // a helper, in both
                "  String c = ExportTexts.text(lang, flag ? \"sheet.met\" : \"sheet.notMet\");", // a ternary, notMet in neither
                "  String d = cmp.text(\"sheet.column.\" + k);",               // a prefix nothing completes
                "  String e = ExportTexts.get(lang, \"other.name\");",         // a first part the bundle does not use
                "  // text(\"sheet.inAComment\") is not read",
                "  Path f = Path.of(\"sheet.xlsx\");",                         // a file, not a key
                "}"));
        Properties zh = new Properties();
        Properties en = new Properties();
        for (String k : List.of("sheet.font", "sheet.title", "sheet.met")) zh.setProperty(k, "甲");
        for (String k : List.of("sheet.title", "sheet.met")) en.setProperty(k, "A");
        assertEquals(List.of("Sheet.java: sheet.font (en)", "Sheet.java: sheet.notMet (zh)", "Sheet.java: sheet.notMet (en)",
                "Sheet.java: sheet.column.… (zh)", "Sheet.java: sheet.column.… (en)", "Sheet.java: other.name (zh)",
                "Sheet.java: other.name (en)"), missing(dir, zh, en));
    }
}
