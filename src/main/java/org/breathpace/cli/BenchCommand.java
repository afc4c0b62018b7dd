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
import org.breathpace.audio.MonoSink;
import org.breathpace.audio.ReadAhead;
import org.breathpace.audio.WavFileSource;
import org.breathpace.breath.BreathDetector;
import org.breathpace.breath.BreathListener;
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
            description = "read (decode only) or detect (decode and detect). Default: ${DEFAULT-VALUE}.")
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
            SummaryCollector collector = new SummaryCollector();
            BreathDetector detector = new BreathDetector(wav.sampleRate(), collector);
            boolean detect = !stage.equals("read");
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long thread = Thread.currentThread().getId();
            long[] blocks = {0};
            long[] steadyBytes = {0, 0};
            int block = detect ? ReadAhead.BLOCK : WavFileSource.DEFAULT_BLOCK;
            long warmBlocks = Math.max(1, 2000L * WavFileSource.DEFAULT_BLOCK / block);
            long start = System.nanoTime();
            MonoSink sink = (samples, length) -> {
                if (detect) {
                    detector.process(samples, 0, length);
                }
                blocks[0]++;
                if (blocks[0] == warmBlocks) {
                    steadyBytes[0] = threads.getThreadAllocatedBytes(thread);
                    steadyBytes[1] = blocks[0];
                }
            };
            if (detect) {
                // analyze's own path: decoding a few blocks ahead on a second thread
                ReadAhead.stream(wav, block, sink);
            } else {
                wav.stream(block, sink);
            }
            long end = System.nanoTime();
            long allocated = threads.getThreadAllocatedBytes(thread) - steadyBytes[0];
            long steadyBlocks = blocks[0] - steadyBytes[1];
            detector.finish();
            double seconds = (end - start) / 1e9;
            double audio = wav.header().durationS();
            out.printf(Locale.ROOT, "file %s: %.0f s of audio at %d Hz, %d channel(s)%n", file, audio,
                    wav.header().sampleRate(), wav.header().channels());
            out.printf(Locale.ROOT, "stage %s: %.2f s, %.0fx real time, %.2f ns per input sample%n", stage, seconds,
                    audio / seconds, (end - start) / (double) (wav.header().frames()));
            out.printf(Locale.ROOT, "steady state: %d bytes allocated on the detecting thread over %d blocks of %d samples (%.2f bytes per block,"
                    + " events included: %d phases)%n", allocated, steadyBlocks, block,
                    steadyBlocks > 0 ? allocated / (double) steadyBlocks : 0, collector.phases().size());
            out.printf(Locale.ROOT, "peak heap used: %.1f MB%n", peakHeapMb());
            return 0;
        } catch (AudioInputException e) {
            throw new UserError(e.getMessage());
        }
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
