package org.tuoyu.sandbox.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/**
 * The timing line of the decision commands: wall time and the process's CPU time (the frontier works on two threads,
 * and the JIT and the collector count too), so a figure taken on a shared machine still says what the work cost.
 */
final class Timing {

    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private Timing() {}

    static long cpuNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    static String since(long wall0, long cpu0) {
        double wall = (System.nanoTime() - wall0) / 1e9;
        long cpu1 = cpuNanos();
        if (cpu0 < 0 || cpu1 < 0) return String.format(Locale.ROOT, "%.2f s", wall);
        return String.format(Locale.ROOT, "%.2f s (%.2f s CPU)", wall, (cpu1 - cpu0) / 1e9);
    }
}
