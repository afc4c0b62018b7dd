package org.breathpace.audio;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * Streams a WAV file with the reading and decoding on a second thread
 * ({@code breathpace-wav-reader}), a few large blocks ahead of the consumer, so that on a machine
 * with two cores decoding costs the consumer no time: offline analysis then takes as long as the
 * detector alone. The blocks go round a fixed set of buffers (nothing is allocated per block);
 * the consumer gets them in file order on the calling thread.
 *
 * <p>For files only: a live source has its own audio thread and needs none of this.
 */
public final class ReadAhead {
    /** Sample frames per block handed over: large, so the two threads rarely wait on each other. */
    public static final int BLOCK = 1 << 16;
    /** Blocks in flight. */
    static final int BUFFERS = 3;

    private ReadAhead() {
    }

    private static final class Block {
        final float[] samples;
        int length;

        Block(int size) {
            samples = new float[size];
        }
    }

    /** Thrown inside the reader thread to stop it when the consumer has gone. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the whole of {@code source}, handing each block to {@code sink} on the calling thread,
     * in order. Returns once every block has been handed over and the reader thread has ended; a
     * read error is rethrown here, and an exception from {@code sink} stops the reader and goes on.
     */
    public static void stream(WavFileSource source, int blockFrames, MonoSink sink) throws AudioInputException {
        ArrayBlockingQueue<Block> free = new ArrayBlockingQueue<>(BUFFERS);
        ArrayBlockingQueue<Block> full = new ArrayBlockingQueue<>(BUFFERS + 1);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new Block(blockFrames));
        }
        Block end = new Block(0);
        AudioInputException[] failure = new AudioInputException[1];
        RuntimeException[] crash = new RuntimeException[1];
        Thread reader = new Thread(() -> {
            try {
                source.stream(blockFrames, (samples, length) -> {
                    Block b;
                    try {
                        b = free.take();
                    } catch (InterruptedException e) {
                        throw new Stopped();
                    }
                    System.arraycopy(samples, 0, b.samples, 0, length);
                    b.length = length;
                    full.add(b); // never full: it holds at most the BUFFERS blocks and the end mark
                });
            } catch (AudioInputException e) {
                failure[0] = e;
            } catch (Stopped e) {
                // the consumer stopped early
            } catch (RuntimeException e) {
                crash[0] = e;
            } finally {
                full.add(end);
            }
        }, "breathpace-wav-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Block b = full.take();
                if (b == end) {
                    break;
                }
                sink.accept(b.samples, b.length);
                free.add(b);
            }
            reader.join();
        } catch (InterruptedException e) {
            reader.interrupt();
            Thread.currentThread().interrupt();
            throw new AudioInputException(source.file() + " was not read to the end: the analysis was interrupted.", e);
        } catch (RuntimeException | Error e) {
            // The consumer failed: stop the reader (it waits for a free buffer, or reads) and let
            // it finish before the error goes on, so no thread outlives the call.
            reader.interrupt();
            free.clear();
            joinQuietly(reader);
            throw e;
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (crash[0] != null) {
            throw crash[0];
        }
    }
}
