package org.tuoyu.sandbox.cli;

import picocli.CommandLine.Option;

/** {@code --draws N [--seed S]}: Monte Carlo bands, shared by run and compare. */
final class DrawsOptions {

    static final int MAX_DRAWS = 1_000_000;

    @Option(names = "--draws", paramLabel = "N",
            description = "Monte Carlo draws of the behavioural parameters (1 to 1,000,000): P5 / P50 / P95 bands.")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws (default 1); needs --draws.")
    Long seed;

    /** Refuses --seed without --draws and a number of draws out of range. */
    void check(CliCommand command) {
        if (draws == null && seed != null) throw command.usage("--seed needs --draws");
        if (draws != null && (draws < 1 || draws > MAX_DRAWS)) {
            throw command.usage("--draws must lie between 1 and " + MAX_DRAWS);
        }
    }

    boolean on() {
        return draws != null;
    }

    long seedOrDefault() {
        return seed == null ? 1L : seed;
    }
}
