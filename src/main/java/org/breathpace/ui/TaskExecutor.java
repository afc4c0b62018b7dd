package org.breathpace.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs slow work (saving settings, reading or writing history) off the FX thread. Tests use
 * {@link #SAME_THREAD} so the work is done before the call returns and nothing races.
 */
@FunctionalInterface
public interface TaskExecutor {

    /** Runs {@code task} some time later, on some thread that is not the FX thread (or at once, in tests). */
    void execute(Runnable task);

    /** Runs every task at once on the caller's thread: deterministic, for tests. */
    TaskExecutor SAME_THREAD = Runnable::run;

    /** One background daemon thread named "breathpace-worker", tasks in order. */
    static TaskExecutor singleWorker() {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "breathpace-worker");
            t.setDaemon(true);
            return t;
        });
        return pool::execute;
    }
}
