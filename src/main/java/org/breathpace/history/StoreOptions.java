package org.breathpace.history;

import java.time.Duration;
import java.time.InstantSource;

/**
 * How a store behaves; {@link #defaults()} is what the app uses.
 *
 * @param clock         dates the name of a file moved aside (nothing else in the store reads time)
 * @param busyTimeout   how long a write waits for another program's lock before giving up for now
 * @param retryInterval how soon the writer tries again after a failed write
 * @param maxPageCount  if positive, SQLite's {@code max_page_count} on the writing connection: a disk
 *                      that fills at that size (used by tests to make a full disk)
 */
public record StoreOptions(InstantSource clock, Duration busyTimeout, Duration retryInterval, long maxPageCount) {
    public StoreOptions {
        Checks.present("clock", clock);
        if (busyTimeout.isNegative() || retryInterval.isNegative() || retryInterval.isZero()) {
            throw new IllegalArgumentException("busyTimeout must be >= 0 and retryInterval > 0");
        }
    }

    /** The system clock, 2 s busy timeout, retry every 2 s, no size limit. */
    public static StoreOptions defaults() {
        return new StoreOptions(InstantSource.system(), Duration.ofSeconds(2), Duration.ofSeconds(2), 0);
    }

    public StoreOptions withClock(InstantSource c) {
        return new StoreOptions(c, busyTimeout, retryInterval, maxPageCount);
    }

    public StoreOptions withTimeouts(Duration busy, Duration retry) {
        return new StoreOptions(clock, busy, retry, maxPageCount);
    }

    public StoreOptions withMaxPageCount(long pages) {
        return new StoreOptions(clock, busyTimeout, retryInterval, pages);
    }
}
