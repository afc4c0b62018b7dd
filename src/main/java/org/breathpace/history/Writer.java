package org.breathpace.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that writes the history database. Callers hand it work through an unbounded
 * queue (never blocking); it writes each batch of recorder steps in one transaction, so a batch
 * is either all on disk or all still in memory. A failed batch stays in memory and is retried
 * every {@code retryInterval}, and each recorder concerned is told why.
 */
final class Writer {

    /** Work on the writing connection, inside a transaction. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** One step of a recording. */
    record Step(StoreRecorder owner, SqlWork<?> work, CompletableFuture<Void> flushed) {
    }

    private record Task<T>(SqlWork<T> work, CompletableFuture<T> result) {
    }

    private static final Object STOP = new Object();

    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Connection connection;
    private final Path file;
    private final long retryMs;
    private final Thread thread;
    private final List<Step> pending = new ArrayList<>();

    Writer(Connection connection, Path file, long retryMs) {
        this.connection = connection;
        this.file = file;
        this.retryMs = retryMs;
        this.thread = new Thread(this::loop, "breathpace-history-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void enqueue(Step step) {
        queue.offer(step);
    }

    <T> CompletableFuture<T> submit(SqlWork<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        queue.offer(new Task<>(work, result));
        return result;
    }

    /** Makes one last attempt at anything pending, then stops; waits up to {@code waitMs}. */
    void stop(long waitMs) throws InterruptedException {
        queue.offer(STOP);
        thread.join(waitMs);
    }

    private void loop() {
        List<Object> got = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            got.clear();
            try {
                Object first = pending.isEmpty() ? queue.take() : queue.poll(retryMs, TimeUnit.MILLISECONDS);
                if (first != null) {
                    got.add(first);
                    queue.drainTo(got);
                }
            } catch (InterruptedException e) {
                stopping = true;
            }
            List<Task<?>> tasks = new ArrayList<>();
            for (Object o : got) {
                if (o == STOP) {
                    stopping = true;
                } else if (o instanceof Step s) {
                    pending.add(s);
                } else {
                    tasks.add((Task<?>) o);
                }
            }
            if (!pending.isEmpty()) {
                writePending();
            }
            for (Task<?> t : tasks) {
                run(t);
            }
        }
    }

    private void writePending() {
        Set<StoreRecorder> owners = new LinkedHashSet<>();
        try {
            connection.setAutoCommit(false);
            for (Step s : pending) {
                s.work().run(connection);
                owners.add(s.owner());
            }
            for (StoreRecorder o : owners) {
                o.touch(connection);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            SQLException sql = e instanceof SQLException se ? se : new SQLException(e.toString(), e);
            String message = Faults.savingProblem(sql, file);
            if (Faults.kind(sql) == Faults.Kind.CORRUPT) {
                HistoryStore.markDamaged(file);
            }
            for (Step s : pending) {
                owners.add(s.owner());
            }
            for (StoreRecorder o : owners) {
                o.failed(message, countOf(o));
            }
            return;
        } finally {
            autoCommit();
        }
        for (Step s : pending) {
            if (s.flushed() != null) {
                s.flushed().complete(null);
            }
        }
        pending.clear();
        for (StoreRecorder o : owners) {
            o.saved();
        }
    }

    private int countOf(StoreRecorder o) {
        int n = 0;
        for (Step s : pending) {
            if (s.owner() == o && s.flushed() == null) {
                n++;
            }
        }
        return n;
    }

    private <T> void run(Task<T> t) {
        try {
            connection.setAutoCommit(false);
            T value = t.work().run(connection);
            connection.commit();
            t.result().complete(value);
        } catch (SQLException | RuntimeException e) {
            rollback();
            t.result().completeExceptionally(e);
        } finally {
            autoCommit();
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The transaction is gone either way; the steps are still in memory.
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // Next transaction sets it again.
        }
    }
}
