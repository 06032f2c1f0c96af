package quanze.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/**
 * Where a run's time goes: with {@code -Dquanze.timing=true} each phase prints its milliseconds since the JVM
 * started to standard error. Used by the benchmark to say what a cold start is made of.
 */
final class Timing {

    private static final boolean ON = Boolean.getBoolean("quanze.timing");

    private Timing() {
    }

    static void mark(PrintWriter err, String phase) {
        if (!ON) return;
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        err.printf("timing %-12s %5d ms%n", phase, System.currentTimeMillis() - start);
        err.flush();
    }
}
