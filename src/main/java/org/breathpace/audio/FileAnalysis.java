package org.breathpace.audio;

import java.nio.file.Path;
import org.breathpace.breath.BreathDetector;
import org.breathpace.breath.BreathListener;
import org.breathpace.breath.BreathSummary;
import org.breathpace.breath.SummaryCollector;

/**
 * Runs the breath detector over a whole WAV file as fast as the disk allows: the offline half of
 * the one detection path (live capture feeds the very same {@link BreathDetector}). The file is
 * read, decoded and cut into measured frames on a second thread ({@link FramePipeline}); the
 * detector's decisions and the listeners run on the calling thread.
 */
public final class FileAnalysis {
    /**
     * Sample frames read and converted at a time on the reader thread: 64 KB reads, so that the
     * system calls cost little next to the conversion.
     */
    public static final int READ_BLOCK = 1 << 15;

    private FileAnalysis() {
    }

    /** Analyses {@code file}; events go to {@code also} as well (use {@link BreathListener#NONE}). */
    public static BreathSummary analyze(Path file, BreathListener also) throws AudioInputException {
        WavFileSource source = WavFileSource.open(file);
        SummaryCollector collector = new SummaryCollector();
        BreathDetector detector = new BreathDetector(source.sampleRate(), BreathListener.both(collector, also));
        long samples = FramePipeline.run(source.sampleRate(), source.file().toString(),
                sink -> source.stream(READ_BLOCK, sink), detector);
        detector.finish(samples);
        return collector.summary(detector.streamTimeS(), source.sampleRate());
    }

    /** Analyses {@code file}. */
    public static BreathSummary analyze(Path file) throws AudioInputException {
        return analyze(file, BreathListener.NONE);
    }
}
