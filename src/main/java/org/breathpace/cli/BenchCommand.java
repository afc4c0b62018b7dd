package org.breathpace.cli;

import com.sun.management.ThreadMXBean;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.FileAnalysis;
import org.breathpace.audio.FramePipeline;
import org.breathpace.audio.WavFileSource;
import org.breathpace.breath.BreathDetector;
import org.breathpace.breath.SummaryCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code breathpace bench FILE}: measures the offline detection path on a WAV file and prints
 * throughput (a multiple of real time), heap, and bytes allocated per audio block in steady
 * state. {@code --make-long SRC --minutes N} first writes FILE by repeating SRC (streamed, so a
 * two-hour file never sits in memory). Hidden from the main help: it is for developers.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Measures analyze's speed and memory on a WAV file.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "WAV file to analyse (written first with --make-long).")
    Path file;

    @Option(names = "--soak", paramLabel = "HOURS",
            description = "Instead: run HOURS of generated breathing through the live source path as fast as possible,"
                    + " and print heap after warm-up and at the end, and the events counted.")
    Double soakHours;

    @Option(names = "--make-long", paramLabel = "SRC", description = "Write FILE by repeating this WAV.")
    Path source;

    @Option(names = "--minutes", defaultValue = "120", description = "Length of FILE with --make-long.")
    double minutes;

    @Option(names = "--stage", defaultValue = "detect",
            description = "read (decode only), detect (analyze's path: decode and measure frames on a second thread,"
                    + " decide on this one) or single (the live path: everything on one thread). Default: ${DEFAULT-VALUE}.")
    String stage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (soakHours != null) {
            if (!(soakHours > 0 && soakHours <= 48)) {
                throw new UserError("--soak takes 0 to 48 hours, not " + soakHours + ".");
            }
            try {
                return new Soak(out, soakHours).run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        if (file == null) {
            throw new UserError("Name a WAV file to measure (or use --soak HOURS).");
        }
        try {
            if (source != null) {
                makeLong(source, file, minutes);
                out.printf(Locale.ROOT, "wrote %s (%.0f min)%n", file, minutes);
            }
            WavFileSource wav = WavFileSource.open(file);
            Measured m = switch (stage) {
                case "read" -> read(wav);
                case "detect" -> detect(wav);
                case "single" -> single(wav);
                default -> throw new UserError("--stage takes read, detect or single, not " + stage + ".");
            };
            double audio = wav.header().durationS();
            double seconds = m.wallNs / 1e9;
            out.printf(Locale.ROOT, "file %s: %.0f s of audio at %d Hz, %d channel(s)%n", file, audio,
                    wav.header().sampleRate(), wav.header().channels());
            out.printf(Locale.ROOT, "stage %s: %.2f s, %.0fx real time, %.2f ns per input sample%n", stage, seconds,
                    audio / seconds, m.wallNs / (double) wav.header().frames());
            for (ThreadFigures t : m.threads) {
                out.printf(Locale.ROOT, "  thread %s: %.2f s CPU; steady state %d bytes allocated over %d %s (%.2f bytes each)%n",
                        t.name, t.cpuNs / 1e9, t.steadyBytes, t.steadyUnits, t.unit,
                        t.steadyUnits > 0 ? t.steadyBytes / (double) t.steadyUnits : 0);
            }
            if (m.phases >= 0) {
                out.printf(Locale.ROOT, "events: %d phases (the detecting thread's allocation includes the events)%n", m.phases);
            }
            out.printf(Locale.ROOT, "peak heap used: %.1f MB%n", peakHeapMb());
            out.printf(Locale.ROOT, "load average %.2f on %d processors%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            return 0;
        } catch (AudioInputException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** What one thread did: CPU time from the start of the measured work, and what it allocated after warming up. */
    private record ThreadFigures(String name, long cpuNs, long steadyBytes, long steadyUnits, String unit) {
    }

    private record Measured(long wallNs, java.util.List<ThreadFigures> threads, int phases) {
    }

    /** Counts units of work on the current thread and notes its allocation once warm. */
    private static final class Meter {
        private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        private final long warmUnits;
        private final long startCpu;
        private long units;
        private long warmBytes;

        /** Call on the thread measured, when the measured work begins. */
        Meter(long warmUnits) {
            this.warmUnits = warmUnits;
            this.startCpu = THREADS.getCurrentThreadCpuTime();
        }

        void tick() {
            if (++units == warmUnits) {
                warmBytes = THREADS.getCurrentThreadAllocatedBytes();
            }
        }

        ThreadFigures figures(String name, String unit) {
            long bytes = units >= warmUnits ? THREADS.getCurrentThreadAllocatedBytes() - warmBytes : 0;
            return new ThreadFigures(name, THREADS.getCurrentThreadCpuTime() - startCpu, bytes, Math.max(0, units - warmUnits), unit);
        }
    }

    /** Frames (of about 35 ms) before allocation is counted: the first minute or so. */
    private static final long WARM_FRAMES = 2000;

    /** Decoding only, on the calling thread, in the blocks {@code analyze} reads. */
    private static Measured read(WavFileSource wav) throws AudioInputException {
        Meter meter = new Meter(WARM_FRAMES);
        long start = System.nanoTime();
        wav.stream(FileAnalysis.READ_BLOCK, (samples, length) -> meter.tick());
        long wall = System.nanoTime() - start;
        return new Measured(wall, java.util.List.of(meter.figures(Thread.currentThread().getName(),
                "blocks of " + FileAnalysis.READ_BLOCK + " samples")), -1);
    }

    /** {@code analyze}'s own path: frames measured on a reader thread, decisions on this one. */
    private static Measured detect(WavFileSource wav) throws AudioInputException {
        SummaryCollector collector = new SummaryCollector();
        BreathDetector detector = new BreathDetector(wav.sampleRate(), collector);
        Meter decisions = new Meter(WARM_FRAMES);
        ThreadFigures[] reader = new ThreadFigures[1];
        long start = System.nanoTime();
        long samples = FramePipeline.run(wav.sampleRate(), wav.file().toString(), sink -> {
            Meter blocks = new Meter(WARM_FRAMES);
            wav.stream(FileAnalysis.READ_BLOCK, (x, length) -> {
                sink.accept(x, length);
                blocks.tick();
            });
            reader[0] = blocks.figures(Thread.currentThread().getName(), "blocks of " + FileAnalysis.READ_BLOCK + " samples");
        }, frame -> {
            detector.frameReady(frame);
            decisions.tick();
            return frame;
        });
        detector.finish(samples);
        long wall = System.nanoTime() - start;
        return new Measured(wall, java.util.List.of(reader[0],
                decisions.figures(Thread.currentThread().getName(), "frames")), collector.phases().size());
    }

    /** The live path on a file: the whole detector on the calling thread, block after block. */
    private static Measured single(WavFileSource wav) throws AudioInputException {
        SummaryCollector collector = new SummaryCollector();
        BreathDetector detector = new BreathDetector(wav.sampleRate(), collector);
        Meter meter = new Meter(WARM_FRAMES);
        long start = System.nanoTime();
        wav.stream(FileAnalysis.READ_BLOCK, (x, length) -> {
            detector.process(x, 0, length);
            meter.tick();
        });
        detector.finish();
        long wall = System.nanoTime() - start;
        return new Measured(wall, java.util.List.of(meter.figures(Thread.currentThread().getName(),
                "blocks of " + FileAnalysis.READ_BLOCK + " samples")), collector.phases().size());
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1e6;
    }

    /** Writes {@code target} as {@code source}'s samples repeated to {@code minutes}, streaming. */
    static void makeLong(Path source, Path target, double minutes) throws IOException {
        try {
            WavFileSource src = WavFileSource.open(source);
            int rate = (int) src.sampleRate();
            long frames = Math.round(minutes * 60 * rate);
            ByteBuffer block = ByteBuffer.allocate(WavFileSource.DEFAULT_BLOCK * 2).order(ByteOrder.LITTLE_ENDIAN);
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
                ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
                long bytes = frames * 2;
                h.put("RIFF".getBytes()).putInt((int) (36 + bytes)).put("WAVE".getBytes()).put("fmt ".getBytes())
                        .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                        .putShort((short) 2).putShort((short) 16).put("data".getBytes()).putInt((int) bytes);
                o.write(h.array());
                long[] written = {0};
                while (written[0] < frames) {
                    src.stream(WavFileSource.DEFAULT_BLOCK, (samples, length) -> {
                        block.clear();
                        int n = (int) Math.min(length, frames - written[0]);
                        for (int i = 0; i < n; i++) {
                            block.putShort((short) Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767));
                        }
                        try {
                            o.write(block.array(), 0, n * 2);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        written[0] += n;
                    });
                }
            }
        } catch (AudioInputException e) {
            throw new UserError(e.getMessage());
        }
    }
}
