package org.tuoyu.sandbox.export;

import java.util.List;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.FiscalComponent;

/**
 * The colours every picture of the sandbox uses, so that 托育券 is the same orange in the app, the workbook's
 * charts and the brief's figures. Hex strings ("#RRGGBB") only: each consumer turns them into its own colour type
 * (JavaFX Color.web, POI XDDFColor, java.awt.Color.decode), and this class stays free of any toolkit.
 */
public final class Palette {

    private Palette() {}

    /** One per fiscal component, in the enum's order (Tableau 10: distinguishable, also in grey print). */
    private static final String[] COMPONENTS = {
        "#4E79A7", // operating subsidy
        "#F28E2B", // vouchers
        "#E15759", // allowance
        "#76B7B2", // seat grants
        "#59A14F", // institution grants
        "#EDC948", // staff grants
        "#B07AA1", // construction
        "#FF9DA7", // rent subsidy
        "#9C755F", // maternity allowance
        "#BAB0AC", // tax expenditure
    };

    /**
     * One per account: the general budget dark blue (the headline), the insurance fund the maternity allowance's
     * brown and tax expenditure a darker grey than its component, so an account and what it pays read as related.
     */
    private static final String[] ACCOUNTS = {"#2B5C8A", "#9C755F", "#79706E"};

    /** Scenarios in order: the baseline grey, then the reforms in strong colours that differ from each other. */
    private static final List<String> SCENARIOS = List.of(
            "#7F7F7F", "#1F77B4", "#D62728", "#2CA02C", "#9467BD", "#FF7F0E", "#17BECF", "#8C564B", "#E377C2");

    /** The baseline in a chart of differences or of series: the same grey as scenario 0. */
    public static final String BASELINE = "#7F7F7F";
    /** Text and axes. */
    public static final String INK = "#1A202C";
    /** Grid lines and the P5–P95 band's outline. */
    public static final String GRID = "#E2E8F0";

    /** A component the list does not reach yet (a new one in the model) repeats a colour; PaletteTest fails then. */
    public static String of(FiscalComponent c) { return COMPONENTS[c.ordinal() % COMPONENTS.length]; }

    public static String of(Account a) { return ACCOUNTS[a.ordinal() % ACCOUNTS.length]; }

    /** Scenario i of a comparison (0 the baseline); past the list's end the colours repeat. */
    public static String scenario(int i) { return SCENARIOS.get(Math.floorMod(i, SCENARIOS.size())); }

    /** The scenario colours in order, baseline first. */
    public static List<String> scenarios() { return SCENARIOS; }

    /** A colour as 0xRRGGBB, for toolkits that take an int. */
    public static int rgb(String hex) { return Integer.parseInt(hex.substring(1), 16); }

    /** A colour as three bytes (red, green, blue), as POI's XDDFColor.from takes it. */
    public static byte[] bytes(String hex) {
        int v = rgb(hex);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
