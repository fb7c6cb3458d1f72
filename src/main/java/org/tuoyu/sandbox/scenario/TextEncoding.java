package org.tuoyu.sandbox.scenario;

import static org.tuoyu.sandbox.scenario.TableFile.refused;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The encoding of a .csv district table: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, GB18030
 * with its mark, else GBK / GB18030 as Chinese Excel saves. A file these do not describe is refused with what it is instead (UTF-16 without
 * a mark, lines in two encodings, NUL bytes), never decoded into a header nobody can find.
 */
final class TextEncoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncoding() {}

    static String decode(byte[] b, Path file, ImportTexts t) throws ScenarioFileException {
        boolean utf8Mark = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
        if (!utf8Mark && b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (!utf8Mark && b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (gb18030Mark(b)) {
            // GB18030 encodes U+FEFF as these four bytes; decoded with the rest it would stick to the first header.
            checkNoNul(b, 4, file, t);
            return new String(b, 4, b.length - 4, GB18030);
        }
        int start = utf8Mark ? 3 : 0;
        checkNoNul(b, start, file, t);
        String utf8 = strictUtf8(b, start, b.length - start);
        if (utf8 != null) return utf8;
        checkOneEncoding(b, start, utf8Mark, file, t);
        return new String(b, start, b.length - start, GB18030);
    }

    /** GB18030's byte-order mark, 84 31 95 33, which some Chinese tools write at the start of a GB18030 file. */
    private static boolean gb18030Mark(byte[] b) {
        return b.length >= 4 && (b[0] & 0xff) == 0x84 && (b[1] & 0xff) == 0x31 && (b[2] & 0xff) == 0x95
                && (b[3] & 0xff) == 0x33;
    }

    /**
     * Neither UTF-8 nor GBK text holds a NUL byte; UTF-16 holds one in every ASCII character (the comma, the digits,
     * the line end), on odd offsets when little-endian and even ones when big-endian.
     */
    private static void checkNoNul(byte[] b, int start, Path file, ImportTexts t) throws ScenarioFileException {
        int even = 0;
        int odd = 0;
        int first = -1;
        for (int i = start; i < b.length; i++) {
            if (b[i] != 0) continue;
            if (first < 0) first = i;
            if ((i - start) % 2 == 0) even++;
            else odd++;
        }
        if (first < 0) return;
        int all = even + odd;
        if (all >= 2 && (odd >= 0.9 * all || even >= 0.9 * all)) {
            throw refused(file, t.t(odd > even ? "encoding.utf16LittleNoMark" : "encoding.utf16BigNoMark"));
        }
        throw refused(file, t.t("encoding.nul", first));
    }

    /**
     * A file that is not UTF-8 as a whole but has lines that are (with characters beyond ASCII): two encodings, as
     * when rows saved by one program are pasted into a file saved by another. Decoding it as GBK would garble the
     * UTF-8 lines (often the header), so it is refused at the first line in the other encoding.
     */
    private static void checkOneEncoding(byte[] b, int start, boolean utf8Mark, Path file, ImportTexts t)
            throws ScenarioFileException {
        int firstUtf8 = utf8Mark ? 1 : 0;
        int firstOther = 0;
        int line = 1;
        for (int from = start; from < b.length; line++) {
            int to = from;
            while (to < b.length && b[to] != '\n') to++;
            if (!ascii(b, from, to)) {
                boolean isUtf8 = strictUtf8(b, from, to - from) != null;
                if (isUtf8 && firstUtf8 == 0) firstUtf8 = line;
                if (!isUtf8 && firstOther == 0) firstOther = line;
                if (firstUtf8 > 0 && firstOther > 0) {
                    int at = Math.max(firstUtf8, firstOther);
                    String utf8Where = utf8Mark && firstOther == 1 ? t.t("encoding.markSaysUtf8") : t.t("encoding.lineIsUtf8", firstUtf8);
                    throw refused(file, t.t("encoding.mixed", at, utf8Where, firstOther));
                }
            }
            from = to + 1;
        }
    }

    private static boolean ascii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] < 0) return false;
        return true;
    }

    /** The bytes as UTF-8, or null when they are not UTF-8. */
    private static String strictUtf8(byte[] b, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
