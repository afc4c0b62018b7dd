package org.breathpace.audio;

import java.nio.file.Path;
import org.breathpace.breath.BreathDetector;
import org.breathpace.breath.BreathListener;
import org.breathpace.breath.BreathSummary;
import org.breathpace.breath.SummaryCollector;

/**
 * Runs the breath detector over a whole WAV file as fast as the disk allows: the offline half of
 * the one detection path (live capture feeds the very same {@link BreathDetector}). The file is
 * decoded a few blocks ahead on a second thread ({@link ReadAhead}); the detector and the
 * listeners run on the calling thread.
 */
public final class FileAnalysis {
    private FileAnalysis() {
    }

    /** Analyses {@code file}; events go to {@code also} as well (use {@link BreathListener#NONE}). */
    public static BreathSummary analyze(Path file, BreathListener also) throws AudioInputException {
        WavFileSource source = WavFileSource.open(file);
        SummaryCollector collector = new SummaryCollector();
        BreathListener both = also == BreathListener.NONE ? collector : new Tee(collector, also);
        BreathDetector detector = new BreathDetector(source.sampleRate(), both);
        ReadAhead.stream(source, ReadAhead.BLOCK, (samples, length) -> detector.process(samples, 0, length));
        detector.finish();
        return collector.summary(detector.streamTimeS(), source.sampleRate());
    }

    /** Analyses {@code file}. */
    public static BreathSummary analyze(Path file) throws AudioInputException {
        return analyze(file, BreathListener.NONE);
    }

    private record Tee(BreathListener a, BreathListener b) implements BreathListener {
        @Override
        public void accept(org.breathpace.breath.BreathEvent event) {
            a.accept(event);
            b.accept(event);
        }

        @Override
        public void onPhaseStarted(org.breathpace.breath.PhaseStarted e) {
            a.onPhaseStarted(e);
            b.onPhaseStarted(e);
        }

        @Override
        public void onPhaseEnded(org.breathpace.breath.PhaseEnded e) {
            a.onPhaseEnded(e);
            b.onPhaseEnded(e);
        }

        @Override
        public void onRate(org.breathpace.breath.RateUpdated e) {
            a.onRate(e);
            b.onRate(e);
        }

        @Override
        public void onQuality(org.breathpace.breath.SignalQuality e) {
            a.onQuality(e);
            b.onQuality(e);
        }
    }
}
