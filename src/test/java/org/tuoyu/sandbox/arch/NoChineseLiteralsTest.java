package org.tuoyu.sandbox.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * User-facing Chinese lives in resource bundles (.properties, zh beside en), not in Java string literals
 * (docs/decisions/0013 and 0036). This test reads every file under src/main/java, drops the comments, and fails on
 * a string literal holding Han characters or full-width punctuation. The literal may be a plain string, a text
 * block, a char, or one written with unicode escapes. It is allowed only in the places listed in {@link #ALLOWED},
 * each with its reason.
 */
class NoChineseLiteralsTest {

    static final Path SOURCES = Path.of("src/main/java/org/tuoyu/sandbox");

    /** Places whose Chinese literals are data or patterns, not text to translate: path below SOURCES → why. */
    static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
            // Engine labels are data beside what they name (0013): JSON, CLI and workbook read them without a locale.
            label("engine/Account.java"), label("engine/AgeBand.java"), label("engine/FiscalComponent.java"),
            label("engine/FunctionalZone.java"), label("engine/Hukou.java"), label("engine/Indicator.java"),
            label("engine/IndicatorUnit.java"), label("engine/LeverGroup.java"), label("engine/LeverKey.java"),
            label("engine/LeverUnit.java"), label("engine/Mode.java"), label("engine/Payer.java"),
            label("engine/UncertainParameter.java"), label("decide/Cost.java"), label("scenario/Provenance.java"),
            Map.entry("engine/Quantity.java", "the trace's quantity names, in both languages, beside the quantity (0015)"),
            Map.entry("engine/Explain.java", "the trace's formulas, written once in Chinese (0015); FormulaText glosses them"),
            Map.entry("ui/explain/FormulaText.java", "reads the engine's Chinese formulas to give them in English"),
            // Reading what users give us in Chinese.
            input("scenario/DistrictTable.java", "column headers as Chinese spreadsheets name them"),
            input("scenario/TableColumns.java", "the Chinese header names a refusal quotes"),
            input("scenario/CellNumbers.java", "万 and 亿 in cells"),
            input("scenario/DistrictMatcher.java", "the 区 / 县 / 市 ending of district names"),
            input("scenario/XlsxTable.java", "the 分区 sheet's name"),
            input("ui/i18n/Fmt.java", "万, 亿, 元 and the full-width comma in a typed lever value"),
            Map.entry("scenario/DistrictTemplate.java", "the district table's format: bilingual headers and notes the "
                    + "import reads back (docs/districts.md)"),
            Map.entry("scenario/DistrictExport.java", "the district table's format: its sheet names 分区 / 来源 / 说明"),
            // Patterns over Chinese text.
            Map.entry("ui/compare/ComparisonViewModel.java", "strips full-width separators from a shortened name"),
            Map.entry("ui/charts/ChartExport.java", "full-width brackets replaced in a file name"),
            Map.entry("ui/map/MapView.java", "breaks a label after a full-width bracket"),
            Map.entry("export/Units.java", "the house's number formats: 万元, 亿元, 个百分点"),
            Map.entry("export/Brief.java", "splits a scenario's own description at 说明：/注意： and at 。/； outside （）"),
            Map.entry("export/Comparison.java", "strips a trailing （…） from a scenario's name to shorten it"),
            Map.entry("export/SheetBuilder.java", "guards the full-width ＝ ＋ － ＠ against formula injection, as = + - @"),
            Map.entry("ui/main/MainMenu.java", "the language menu names each language in itself (中文)"),
            Map.entry("cli/FrontierCommand.java", "the help names the workbook sheet 成本前沿 as the workbook does")));

    /** Text that may sit in any literal: the program's own name, and 元 in English messages about money. */
    private static final Pattern ANYWHERE = Pattern.compile("托育政策沙盘|元");

    private static Map.Entry<String, String> label(String path) {
        return Map.entry(path, "an engine label beside what it names (decisions 0013, 0036)");
    }

    private static Map.Entry<String, String> input(String path, String what) {
        return Map.entry(path, "parses Chinese input: " + what);
    }

    @Test
    void chineseTextIsInBundlesNotInTheCode() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                sources.put(SOURCES.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertTrue(sources.size() > 200, "read the sources: " + sources.size());
        List<String> v = violations(sources);
        assertTrue(v.isEmpty(), "Chinese text belongs in a bundle (ui/i18n/messages*.properties, the export's "
                + "bundle), or in a place listed in NoChineseLiteralsTest with its reason:\n" + String.join("\n", v));
        for (String path : ALLOWED.keySet()) {
            assertTrue(sources.containsKey(path), "allowed place no longer exists: " + path + " (drop it from the list)");
        }
    }

    /** What the test reports for these sources (path below SOURCES → text): one line per offending literal. */
    static List<String> violations(Map<String, String> sources) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            if (ALLOWED.containsKey(e.getKey())) continue;
            List<Literal> found = chineseLiterals(e.getValue());
            if (found.isEmpty()) continue;
            for (Literal l : found) out.add(e.getKey() + ":" + l.line() + ": " + l.text());
        }
        return out;
    }

    record Literal(int line, String text) {}

    /** String, text-block and char literals of a Java source (comments skipped) holding Chinese. */
    static List<Literal> chineseLiterals(String source) {
        String s = unicodeEscapes(source);
        List<Literal> out = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = closing(s, i + 3, "\"\"\"");
                add(out, line, s.substring(i, end));
                line += count(s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = closing(s, i + 1, String.valueOf(c));
                add(out, line, s.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The index after the closing quote, skipping escaped characters. */
    private static int closing(String s, int from, String quote) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') i++;
            else if (s.startsWith(quote, i)) return i + quote.length();
        }
        return s.length();
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    private static void add(List<Literal> out, int line, String literal) {
        String rest = ANYWHERE.matcher(literal).replaceAll("");
        if (rest.codePoints().anyMatch(NoChineseLiteralsTest::chinese)) out.add(new Literal(line, literal));
    }

    /** Han characters, CJK punctuation (，。：；、（） and the like) and full-width forms. */
    static boolean chinese(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp <= 0x303F
                || cp >= 0xFF00 && cp <= 0xFFEF;
    }

    /** Java reads {@code \u4e2d} as 中 before anything else; so does this test. */
    private static String unicodeEscapes(String s) {
        Matcher m = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u+([0-9a-fA-F]{4})").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + (char) Integer.parseInt(m.group(2), 16)));
        }
        m.appendTail(b);
        return b.toString();
    }

    @Test
    void theRuleBitesOnAPlantedLiteral() {
        String planted = "package x;\n// 注释里的中文不算\n/* 块注释 \"也不算\" */\nclass Planted {\n"
                + "    String a = \"入托率\";\n    String b = \"\\u5165\\u6258\";\n    char c = '区';\n"
                + "    String d = \"\"\"\n        文本块\n        \"\"\";\n    String e = \"english \\\" only\";\n"
                + "    String f = \"托育政策沙盘 v1, 100 元\";\n    String g = \"a，b\";\n}\n";
        List<Literal> found = chineseLiterals(planted);
        assertEquals(List.of(5, 6, 7, 8, 13), found.stream().map(Literal::line).toList(),
                "plain, escaped, char, text block and full-width comma; not comments, the name or 元: " + found);

        assertEquals(5, violations(Map.of("ui/results/Planted.java", planted)).size(), "a file outside the lists");
        assertEquals(List.of(), violations(Map.of("engine/Indicator.java", planted)), "an allowed place");
    }
}
