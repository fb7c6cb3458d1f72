package org.tuoyu.sandbox.workshop;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code rate} requests a second on average, bursts up to {@code burst}. A phone whose
 * slider is moving sends a few a second; a script flooding the teacher's machine is refused (429).
 */
final class RateLimit {

    private final double rate;
    private final double burst;
    private final LongSupplier nanos;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    RateLimit(double rate, double burst, LongSupplier nanos) {
        this.rate = rate;
        this.burst = burst;
        this.nanos = nanos;
    }

    /** Takes one request from the client's bucket; false when it is empty. */
    boolean allow(String client) {
        long now = nanos.getAsLong();
        double[] b = buckets.computeIfAbsent(client, k -> new double[] {burst, now});
        synchronized (b) {
            b[0] = Math.min(burst, b[0] + (now - b[1]) / 1e9 * rate);
            b[1] = now;
            if (b[0] < 1) return false;
            b[0] -= 1;
            return true;
        }
    }
}
