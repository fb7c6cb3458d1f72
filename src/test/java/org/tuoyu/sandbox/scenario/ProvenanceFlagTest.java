package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The workbook's 来源 column names each flag in words; the words come from Provenance.Flag. */
class ProvenanceFlagTest {

    @Test
    void everyFlagHasItsWordsInBothLanguages() {
        assertEquals(Provenance.FLAGS.length(), Provenance.Flag.values().length);
        assertEquals("精确（一手来源）", new Provenance("E", "").flagLabelZh());
        assertEquals("exact, secondary source", new Provenance("S", "").flagLabelEn());
        assertEquals("记忆值，待核", new Provenance("M", "").flagLabelZh());
        assertEquals("derived", new Provenance("X", "").flagLabelEn());
        assertEquals("假设", new Provenance("A", "").flagLabelZh());
    }
}
