package io.herdbook.bench.env;

import java.lang.management.ManagementFactory;

/** CPU time this JVM has used, all threads together: what a figure divides by the posts it handled. */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU (user and system) this process has used so far. */
    public static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("this JVM does not report its process CPU time");
    }
}
