package org.tuoyu.sandbox.scenario;

/**
 * A scenario or region file that cannot be used, with everything a user needs to fix it:
 * the file, the line, the key path and the offending value.
 */
public class ScenarioFileException extends Exception {

    private final String file;
    private final int line;
    private final String keyPath;
    private final String value;
    private final String problem;

    public ScenarioFileException(String file, int line, String keyPath, String value, String problem) {
        super(format(file, line, keyPath, value, problem));
        this.file = file;
        this.line = line;
        this.keyPath = keyPath;
        this.value = value;
        this.problem = problem;
    }

    private static String format(String file, int line, String keyPath, String value, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line);
        b.append(": ");
        if (keyPath != null && !keyPath.isEmpty()) {
            b.append(keyPath);
            if (value != null) b.append(" = ").append(value);
            b.append(": ");
        }
        return b.append(problem).toString();
    }

    public String file() { return file; }

    /** 1-based line, or 0 when the problem is not at one line. */
    public int line() { return line; }

    public String keyPath() { return keyPath; }

    public String value() { return value; }

    public String problem() { return problem; }
}
