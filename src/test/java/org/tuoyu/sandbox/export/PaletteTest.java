package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.FiscalComponent;

/** Every component, account and the first scenarios get a colour of their own, and the colours are well formed. */
class PaletteTest {

    private static final String HEX = "#[0-9A-F]{6}";

    @Test
    void everyFiscalComponentHasItsOwnColour() {
        Set<String> seen = new HashSet<>();
        for (FiscalComponent c : FiscalComponent.values()) {
            String hex = Palette.of(c);
            assertTrue(hex.matches(HEX), c + ": " + hex);
            assertTrue(seen.add(hex), "Palette gives " + c + " the colour of another component: add one to COMPONENTS");
        }
    }

    @Test
    void everyAccountHasItsOwnColour() {
        Set<String> seen = new HashSet<>();
        for (Account a : Account.values()) {
            assertTrue(Palette.of(a).matches(HEX), a + ": " + Palette.of(a));
            assertTrue(seen.add(Palette.of(a)), "Palette gives " + a + " the colour of another account");
        }
    }

    @Test
    void scenariosStartWithTheBaselineGreyAndDifferUpToNine() {
        assertEquals(Palette.BASELINE, Palette.scenario(0));
        assertEquals(9, new HashSet<>(Palette.scenarios()).size());
        for (String s : Palette.scenarios()) assertTrue(s.matches(HEX), s);
        assertEquals(Palette.scenario(1), Palette.scenario(1 + Palette.scenarios().size()));
    }

    @Test
    void hexTurnsIntoTheSameRgbAsIntAndBytes() {
        assertEquals(0x4E79A7, Palette.rgb("#4E79A7"));
        assertArrayEquals(new byte[] {0x4E, 0x79, (byte) 0xA7}, Palette.bytes("#4E79A7"));
    }
}
