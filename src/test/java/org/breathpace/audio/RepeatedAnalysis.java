package org.breathpace.audio;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Development aid (test scope, not a test): {@code analyze}'s own path ({@link FileAnalysis}) over
 * the same file several times in one JVM, printing each run's wall time and the process's CPU
 * time so far. The first run pays for the JIT's warm-up, the later ones show the steady state:
 * the difference is what a fresh {@code analyze} process spends on compiling. Args: FILE [runs].
 */
public final class RepeatedAnalysis {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            FileAnalysis.analyze(Path.of(args[0]));
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "run %d: %.3f s wall, process CPU so far %.2f s%n", i + 1, (t1 - t0) / 1e9,
                    os.getProcessCpuTime() / 1e9);
        }
    }
}
