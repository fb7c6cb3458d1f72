package org.tuoyu.sandbox.engine;

/**
 * Evaluates the arithmetic of an explanation's formula text as the user reads it: numbers with thousands commas,
 * {@code + − × /}, parentheses, {@code %}, {@code min(...)}, {@code max(...)} and {@code exp(...)}. Text with words in
 * it (a description rather than a sum) is not arithmetic: {@link #isArithmetic} says so.
 */
final class FormulaArithmetic {

    private final String s;
    private int i;

    private FormulaArithmetic(String s) {
        this.s = s.replace('−', '-').replace('×', '*').replace(" ", "");
    }

    static boolean isArithmetic(String formula) {
        String rest = formula.replaceAll("min\\(|max\\(|exp\\(", "(");
        return !rest.isBlank() && rest.matches("[0-9.,+\\-−×*/()% ]+") && rest.matches(".*[+\\-−×*/].*");
    }

    static double evaluate(String formula) {
        FormulaArithmetic p = new FormulaArithmetic(formula);
        double v = p.sum();
        if (p.i != p.s.length()) throw new IllegalArgumentException("cannot read '" + formula + "' at " + p.i);
        return v;
    }

    private double sum() {
        double v = product();
        while (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            char op = s.charAt(i++);
            double w = product();
            v = op == '+' ? v + w : v - w;
        }
        return v;
    }

    private double product() {
        double v = factor();
        while (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '/')) {
            char op = s.charAt(i++);
            double w = factor();
            v = op == '*' ? v * w : v / w;
        }
        return v;
    }

    private double factor() {
        double v;
        if (s.startsWith("min(", i) || s.startsWith("max(", i)) {
            boolean min = s.startsWith("min(", i);
            i += 4;
            v = sum();
            while (s.charAt(i) == ',') {
                i++;
                double w = sum();
                v = min ? Math.min(v, w) : Math.max(v, w);
            }
            expect(')');
        } else if (s.startsWith("exp(", i)) {
            i += 4;
            v = Math.exp(sum());
            expect(')');
        } else if (s.charAt(i) == '(') {
            i++;
            v = sum();
            expect(')');
        } else if (s.charAt(i) == '-') {
            i++;
            v = -factor();
        } else {
            v = number();
        }
        if (i < s.length() && s.charAt(i) == '%') {
            i++;
            v /= 100;
        }
        return v;
    }

    /** A number; a comma followed by exactly three digits is a thousands separator, otherwise it separates arguments. */
    private double number() {
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '.') {
                b.append(c);
                i++;
            } else if (c == ',' && i + 3 < s.length() + 1 && s.substring(i + 1).matches("^[0-9]{3}([^0-9].*)?$")) {
                i++;
            } else {
                break;
            }
        }
        if (b.length() == 0) throw new IllegalArgumentException("a number expected in '" + s + "' at " + i);
        return Double.parseDouble(b.toString());
    }

    private void expect(char c) {
        if (i >= s.length() || s.charAt(i) != c) throw new IllegalArgumentException("'" + c + "' expected in '" + s + "' at " + i);
        i++;
    }
}
