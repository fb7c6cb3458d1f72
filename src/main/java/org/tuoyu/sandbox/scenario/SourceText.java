package org.tuoyu.sandbox.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The text of a scenario or region file, checked before YAML sees it: UTF-8 only (a GBK file read as
 * UTF-8 would mangle every Chinese name), and no line so long that it cannot be a scenario file
 * (SnakeYAML re-copies long scalars, so a 5 MB line takes seconds to parse).
 */
public final class SourceText {

    /** The longest line accepted; the longest shipped line is about 600 characters. */
    public static final int MAX_LINE = 10_000;

    /** A number as a scenario file writes it: decimal, optional exponent, '_' between digits. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d(_?\\d)*)?(\\.\\d*)?([eE][-+]?\\d+)?");

    private SourceText() {}

    public static String decode(String file, byte[] b) throws ScenarioFileException {
        int start = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) start = 3;
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
                || b.length >= 2 && (b[0] == 0 || b[1] == 0)) {
            throw new ScenarioFileException(file, 0, "", null, "the file is UTF-16 text (or binary); save it as UTF-8");
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        CharBuffer out = CharBuffer.allocate(b.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = start; i < in.position(); i++) if (b[i] == '\n') line++;
            throw new ScenarioFileException(file, line, "", null,
                    "is not UTF-8 text (the file may be GBK / GB18030, as Chinese Windows editors save); save it as UTF-8");
        }
        d.flush(out);
        String text = out.flip().toString();
        int line = 1, from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - from > MAX_LINE) {
                    throw new ScenarioFileException(file, line, "", null, String.format(
                            "the line is %,d characters long, more than the %,d a scenario or region file may have", i - from, MAX_LINE));
                }
                line++;
                from = i + 1;
            }
        }
        return text;
    }

    /**
     * The number written in {@code s}, or null when it is not a plain decimal number: Java's own
     * forms ({@code 5.5f}, {@code 600d}, {@code 0x1.64p7}, {@code NaN}) are not numbers in a file.
     */
    public static Double decimal(String s) {
        String t = s.trim();
        if (t.isEmpty() || !DECIMAL.matcher(t).matches() || !t.matches(".*\\d.*")) return null;
        try {
            return Double.parseDouble(t.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
