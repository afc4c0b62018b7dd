package org.breathpace.audio;

import java.util.concurrent.ArrayBlockingQueue;
import org.breathpace.breath.FrameHandoff;
import org.breathpace.breath.PowerSpectrum;
import org.breathpace.breath.SpectrumFrame;
import org.breathpace.breath.SpectrumFront;

/**
 * Runs the detector over a file on two cores: a {@code breathpace-frame-reader} thread reads and
 * converts the samples and measures each frame with a {@link SpectrumFront} (decimation, peak,
 * clipping, power spectrum: everything that depends on the samples alone); the calling thread
 * gets the frames in stream order and makes every decision ({@code BreathDetector.frameReady}).
 * The frames, and so the events, are exactly those of the single-thread path the microphone uses.
 *
 * <p>The forward transforms go to whichever thread has time, a batch at a time: while the calling
 * thread has batches waiting, the reader transforms the frames it measures; when it has caught
 * up, the reader leaves them to it ({@link SpectrumFront#transformFrames}). The spectrum is the
 * same function of the same samples on either thread, so this changes timing only, never values.
 *
 * <p>The frames travel in batches round a fixed set of slots ({@link #BATCHES} batches of
 * {@link #FRAMES_PER_BATCH} frames): nothing is allocated per frame, and the two threads meet
 * only once per batch (about two seconds of audio).
 *
 * <p>For files only: a live source has its own audio thread and runs the detector whole on it.
 */
public final class FramePipeline {
    /**
     * Frames per batch handed over: enough that the threads rarely wait on each other, and that
     * the queue's methods, called once per batch, stay too cool for the JIT's optimising compiler
     * on a two-hour file (about 3,200 batches).
     */
    static final int FRAMES_PER_BATCH = 64;
    /** Batches in flight. */
    static final int BATCHES = 4;

    /** Reads a whole stream into a sink, on the thread that calls it (the reader thread here). */
    @FunctionalInterface
    public interface Reader {
        void readInto(MonoSink sink) throws AudioInputException;
    }

    private FramePipeline() {
    }

    private static final class Batch {
        final SpectrumFrame[] frames;
        int count;
        /** The stream's end: the last batch, with the total of input samples fed to the front. */
        boolean last;
        long totalSamples;

        Batch(float sampleRate, int size) {
            frames = new SpectrumFrame[size];
            for (int i = 0; i < size; i++) {
                frames[i] = new SpectrumFrame(sampleRate);
            }
        }
    }

    /** Thrown inside the reader thread to stop it when the consumer has gone. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Fills batches on the reader thread. */
    private static final class Filler {
        private final ArrayBlockingQueue<Batch> free;
        private final ArrayBlockingQueue<Batch> full;
        private Batch current;
        private SpectrumFront front;

        Filler(ArrayBlockingQueue<Batch> free, ArrayBlockingQueue<Batch> full) {
            this.free = free;
            this.full = full;
            this.current = take();
        }

        private Batch take() {
            try {
                Batch b = free.take();
                b.count = 0;
                b.last = false;
                return b;
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }

        SpectrumFrame first() {
            return current.frames[0];
        }

        void feeds(SpectrumFront f) {
            this.front = f;
        }

        /** The front's hand-off: the slot just filled is the current batch's next one. */
        SpectrumFrame frameReady(SpectrumFrame filled) {
            Batch b = current;
            b.count++;
            if (b.count == b.frames.length) {
                full.add(b); // never full: it holds at most the BATCHES batches and the end mark
                b = take();
                current = b;
                // The consumer has work waiting: this thread does the transforms of the next batch.
                // It has none: it is waiting for frames, so it may as well transform them itself.
                front.transformFrames(full.size() > 1);
            }
            return b.frames[b.count];
        }

        void end(long totalSamples) {
            current.last = true;
            current.totalSamples = totalSamples;
            full.add(current);
        }
    }

    /**
     * Gives a batch's frames to the consumer. A method of its own, not a loop inside {@link #run}:
     * {@code run} is entered once per file, so the JIT can only compile its loop "on stack", and
     * would then compile the whole detector it inlines a second time; this is entered once per batch
     * and compiled once, the usual way.
     */
    private static void deliver(Batch b, PowerSpectrum spectrum, FrameHandoff consumer) {
        for (int i = 0; i < b.count; i++) {
            spectrum.complete(b.frames[i]);
            consumer.frameReady(b.frames[i]);
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
     * Reads the whole stream with {@code reader} on a second thread, measuring its frames there,
     * and gives each frame to {@code consumer} on the calling thread, in order. Returns the number
     * of input samples read (pass it to {@code BreathDetector.finish(long)}) once every frame has
     * been given and the reader thread has ended. A read error is rethrown here after the frames
     * read before it; an exception from {@code consumer} stops the reader and goes on.
     *
     * @param sampleRate input sample rate, Hz (8000–48000)
     * @param what       the stream's name, for the message if the analysis is interrupted
     * @param consumer   takes each frame on the calling thread, its spectrum computed; what it
     *                   returns is not used: the pipeline reuses its own slot after the call
     */
    public static long run(float sampleRate, String what, Reader reader, FrameHandoff consumer)
            throws AudioInputException {
        ArrayBlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
        ArrayBlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
        for (int i = 0; i < BATCHES; i++) {
            free.add(new Batch(sampleRate, FRAMES_PER_BATCH));
        }
        Batch failed = new Batch(sampleRate, 0);
        PowerSpectrum spectrum = new PowerSpectrum(sampleRate);
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(() -> {
            try {
                Filler filler = new Filler(free, full);
                SpectrumFront front = new SpectrumFront(sampleRate, filler.first(), filler::frameReady);
                filler.feeds(front);
                reader.readInto((samples, length) -> front.process(samples, 0, length));
                filler.end(front.samplesSeen());
            } catch (Stopped e) {
                full.add(failed); // the consumer stopped early and no longer looks
            } catch (Throwable e) {
                failure[0] = e;
                full.add(failed);
            }
        }, "breathpace-frame-reader");
        thread.setDaemon(true);
        thread.start();
        long total;
        try {
            while (true) {
                Batch b = full.take();
                if (b == failed) {
                    total = -1;
                    break;
                }
                deliver(b, spectrum, consumer);
                if (b.last) {
                    total = b.totalSamples;
                    break;
                }
                free.add(b);
            }
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            free.clear();
            joinQuietly(thread);
            Thread.currentThread().interrupt();
            throw new AudioInputException(what + " was not read to the end: the analysis was interrupted.", e);
        } catch (RuntimeException | Error e) {
            // The consumer failed: stop the reader (it waits for a free batch, or reads) and let it
            // finish before the error goes on, so no thread outlives the call.
            thread.interrupt();
            free.clear();
            joinQuietly(thread);
            throw e;
        }
        Throwable f = failure[0];
        if (f instanceof AudioInputException e) {
            throw e;
        }
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException(f); // readInto declares only AudioInputException
        }
        if (total < 0) {
            throw new IllegalStateException("the frame reader stopped without an error");
        }
        return total;
    }
}
