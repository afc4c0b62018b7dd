package org.breathpace.ui;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Frame intervals recorded by the frame loop into a preallocated array (no allocation per
 * frame), summarised on demand. FX thread only.
 */
public final class FrameStats {
    private final long[] intervals;
    private int count;
    private long last = -1;
    private long first = -1;

    /** @param capacity frames kept; later frames are counted in the summary but not kept */
    public FrameStats(int capacity) {
        intervals = new long[capacity];
    }

    /** Records a frame at {@code nanos} (monotonic). */
    public void frame(long nanos) {
        if (first < 0) {
            first = nanos;
        }
        if (last >= 0 && count < intervals.length) {
            intervals[count++] = nanos - last;
        }
        last = nanos;
    }

    /** Monotonic nanos of the first frame, or -1. */
    public long firstFrameNanos() {
        return first;
    }

    public int intervals() {
        return count;
    }

    /** The {@code p}-th percentile (0–100] of the frame intervals in milliseconds; NaN when none. */
    public double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            ms[i] = intervals[i] / 1e6;
        }
        return new Percentile().evaluate(ms, p);
    }

    public double maxMs() {
        return count == 0 ? Double.NaN : Arrays.stream(intervals, 0, count).max().getAsLong() / 1e6;
    }

    /** One line: frames, median, 95th, 99th percentile and worst interval. */
    public String summary() {
        return String.format(Locale.ROOT, "frames %d, interval median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                count, percentileMs(50), percentileMs(95), percentileMs(99), maxMs());
    }
}
