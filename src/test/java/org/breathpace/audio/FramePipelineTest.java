package org.breathpace.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.breathpace.breath.BreathDetector;
import org.breathpace.breath.EventRecorder;
import org.breathpace.breath.BreathListener;
import org.breathpace.breath.BreathSummary;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.SpectrumFrame;
import org.breathpace.breath.SpectrumFront;
import org.breathpace.breath.SummaryCollector;
import org.breathpace.breath.WavInMemory;
import org.breathpace.fixtures.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramePipelineTest {
    static final String READER = "breathpace-frame-reader";

    @TempDir
    Path dir;

    /** What the single-thread front makes of a signal: copies of every frame. */
    record FrameCopy(long endSample, float peak, long clipped, double[] power) {
        static FrameCopy of(SpectrumFrame f) {
            double[] p = new double[f.bins()];
            for (int k = 0; k < p.length; k++) {
                p[k] = f.power(k);
            }
            return new FrameCopy(f.endSample(), f.peak(), f.clipped(), p);
        }

        void assertSameAs(SpectrumFrame f, int index) {
            assertThat(f.endSample()).as("frame %d end", index).isEqualTo(endSample);
            assertThat(f.peak()).as("frame %d peak", index).isEqualTo(peak);
            assertThat(f.clipped()).as("frame %d clipped", index).isEqualTo(clipped);
            for (int k = 0; k < power.length; k++) {
                if (Double.compare(f.power(k), power[k]) != 0) {
                    throw new AssertionError("frame " + index + " bin " + k + ": " + f.power(k) + ", want " + power[k]);
                }
            }
        }
    }

    static float[] noise(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (0.05 * r.nextGaussian());
        }
        for (int i = n / 3; i < Math.min(n, n / 3 + 500); i += 3) {
            x[i] = 1f; // some clipped samples
        }
        return x;
    }

    /** A reader that hands {@code x} over in pieces of the given sizes, in turn. */
    static FramePipeline.Reader pieces(float[] x, int... sizes) {
        return sink -> {
            float[] buffer = new float[8192];
            for (int i = 0, at = 0; at < x.length; i++) {
                int len = Math.min(sizes[i % sizes.length], x.length - at);
                System.arraycopy(x, at, buffer, 0, len);
                sink.accept(buffer, len);
                at += len;
            }
        };
    }

    static List<FrameCopy> singleThread(float rate, float[] x) {
        List<FrameCopy> frames = new ArrayList<>();
        SpectrumFrame slot = new SpectrumFrame(rate);
        SpectrumFront front = new SpectrumFront(rate, slot, f -> {
            frames.add(FrameCopy.of(f));
            return f;
        });
        front.process(x, 0, x.length);
        return frames;
    }

    static void assertNoReaderLeft() {
        assertThat(Thread.getAllStackTraces().keySet()).as("reader threads left running")
                .noneMatch(t -> t.getName().equals(READER) && t.isAlive());
    }

    @Test
    void everyFrameArrivesOnceInOrderOnTheCallingThreadAndTheTailIsCounted() throws Exception {
        float rate = 44100;
        int frameSamples = 512 * 3;
        // 100 frames and a tail: batches of 32 leave a part-filled last one.
        float[] x = noise(100 * frameSamples + 777, 1);
        List<FrameCopy> want = singleThread(rate, x);
        assertThat(want).hasSize(100);
        Thread caller = Thread.currentThread();
        int[] seen = {0};
        long total = FramePipeline.run(rate, "test", pieces(x, 4096, 1, 1000, 333), f -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            want.get(seen[0]).assertSameAs(f, seen[0]);
            seen[0]++;
            return f;
        });
        assertThat(seen[0]).isEqualTo(100);
        assertThat(total).isEqualTo(x.length);
        assertNoReaderLeft();
    }

    @Test
    void theEndOfTheStreamOnABatchBoundaryAndBeforeTheFirstFrame() throws Exception {
        float rate = 16000;
        int frameSamples = 512;
        for (int frames : new int[] {0, 1, FramePipeline.FRAMES_PER_BATCH, 2 * FramePipeline.FRAMES_PER_BATCH,
                FramePipeline.BATCHES * FramePipeline.FRAMES_PER_BATCH * 3}) {
            for (int tail : new int[] {0, 5}) {
                float[] x = noise(frames * frameSamples + tail, frames);
                List<FrameCopy> want = singleThread(rate, x);
                int[] seen = {0};
                long total = FramePipeline.run(rate, "test", pieces(x, 4096), f -> {
                    want.get(seen[0]).assertSameAs(f, seen[0]);
                    seen[0]++;
                    return f;
                });
                assertThat(seen[0]).as(frames + " frames + " + tail).isEqualTo(frames);
                assertThat(total).as(frames + " frames + " + tail).isEqualTo(x.length);
            }
        }
        assertNoReaderLeft();
    }

    @Test
    void aReadErrorComesThroughAsItsOwnSentenceAfterTheFramesBeforeIt() {
        float[] x = noise(16000, 2);
        int[] seen = {0};
        AudioInputException error = new AudioInputException("x.wav ended early while being read: the file may be damaged.");
        assertThatThrownBy(() -> FramePipeline.run(16000, "x.wav", sink -> {
            for (int i = 0; i < 20; i++) {
                sink.accept(x, x.length); // 20 s: 625 frames
            }
            throw error;
        }, f -> {
            seen[0]++;
            return f;
        })).isSameAs(error);
        // Every whole batch read before the error was given; the part-filled one is dropped.
        assertThat(seen[0]).isEqualTo(625 / FramePipeline.FRAMES_PER_BATCH * FramePipeline.FRAMES_PER_BATCH);
        assertNoReaderLeft();
    }

    @Test
    void aCrashInTheReaderComesThrough() {
        assertThatThrownBy(() -> FramePipeline.run(16000, "x.wav", sink -> {
            throw new IllegalStateException("decoder bug");
        }, f -> f)).isInstanceOf(IllegalStateException.class).hasMessage("decoder bug");
        assertNoReaderLeft();
    }

    @Test
    void aConsumerThatFailsStopsTheReaderAndItsErrorComesThrough() {
        float[] x = noise(4096, 3);
        long[] fed = {0};
        int[] seen = {0};
        // The reader would go on for ever: only the consumer's failure can end this call.
        assertThatThrownBy(() -> FramePipeline.run(16000, "endless", sink -> {
            while (true) {
                sink.accept(x, x.length);
                fed[0]++;
            }
        }, f -> {
            if (++seen[0] == 40) {
                throw new IllegalStateException("consumer gave up");
            }
            return f;
        })).isInstanceOf(IllegalStateException.class).hasMessage("consumer gave up");
        assertThat(seen[0]).isEqualTo(40);
        assertNoReaderLeft();
        long stoppedAt = fed[0];
        assertThat(stoppedAt).as("blocks read: the reader stops a few batches ahead at most")
                .isLessThan((long) (FramePipeline.BATCHES + 2) * FramePipeline.FRAMES_PER_BATCH * 512 / 4096 + 2);
    }

    @Test
    void pipelinedAndSingleThreadPathsGiveIdenticalEvents() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : new String[] {"calm-12bpm", "exhale-only-15bpm-8k", "speech-nearby-10bpm", "very-quiet-8bpm"}) {
            files.add(Path.of("audio-fixtures", name + ".wav"));
        }
        files.add(stereo48k(Path.of("audio-fixtures", "calm-12bpm.wav")));
        for (Path file : files) {
            EventRecorder piped = new EventRecorder();
            BreathSummary summary = FileAnalysis.analyze(file, piped);
            EventRecorder single = new EventRecorder();
            SummaryCollector collector = new SummaryCollector();
            WavFileSource wav = WavFileSource.open(file);
            BreathDetector detector = new BreathDetector(wav.sampleRate(), BreathListener.both(single, collector));
            wav.stream(1000, (samples, length) -> detector.process(samples, 0, length));
            detector.finish();
            assertThat(piped.events).as(file.toString()).isNotEmpty().isEqualTo(single.events);
            assertThat(piped.events).as(file + ": phases").anyMatch(PhaseStarted.class::isInstance);
            assertThat(summary).as(file.toString()).isEqualTo(collector.summary(detector.streamTimeS(), wav.sampleRate()));
        }
    }

    /** The fixture at 48 kHz (each sample held for 48/44.1 of a step) in two slightly different channels. */
    private Path stereo48k(Path mono) throws Exception {
        WavInMemory src = WavInMemory.read(mono);
        float[] all = src.samples();
        int out = (int) ((long) all.length * 48000 / (long) src.sampleRate());
        float[] interleaved = new float[out * 2];
        for (int i = 0; i < out; i++) {
            float v = all[(int) ((long) i * (long) src.sampleRate() / 48000)];
            interleaved[2 * i] = v;
            interleaved[2 * i + 1] = 0.8f * v;
        }
        Path file = dir.resolve("stereo-48k.wav");
        WavWriter.write(file, 48000, 2, interleaved);
        return file;
    }

    @Test
    void steadyStateAllocatesNothingPerFrameOnEitherThread() throws Exception {
        float rate = 44100;
        float[] room = noise(44100 * 10, 4);
        BreathDetector detector = new BreathDetector(rate, BreathListener.NONE);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] reader = new long[2];
        long[] consumer = new long[2];
        int[] frames = {0};
        int warm = 300; // about 10 s
        long total = FramePipeline.run(rate, "room", sink -> {
            for (int s = 0; s < 9; s++) { // 90 s
                if (s == 3) {
                    reader[0] = threads.getCurrentThreadAllocatedBytes();
                }
                for (int at = 0; at < room.length; at += 4096) {
                    feed(sink, room, at, Math.min(4096, room.length - at));
                }
            }
            reader[1] = threads.getCurrentThreadAllocatedBytes();
        }, f -> {
            detector.frameReady(f);
            if (++frames[0] == warm) {
                consumer[0] = threads.getCurrentThreadAllocatedBytes();
            }
            consumer[1] = threads.getCurrentThreadAllocatedBytes();
            return f;
        });
        detector.finish(total);
        assertThat(total).isEqualTo(9L * room.length);
        assertThat(reader[1] - reader[0]).as("reader thread, 60 s of audio").isLessThan(2000);
        // the decisions: one quality record a second is all (about 80 s after warming up)
        assertThat(consumer[1] - consumer[0]).as("deciding thread, 80 s of audio").isLessThan(80 * 200);
    }

    private static final float[] BLOCK = new float[4096];

    private static void feed(MonoSink sink, float[] x, int at, int length) {
        System.arraycopy(x, at, BLOCK, 0, length);
        sink.accept(BLOCK, length);
    }
}
