package org.breathpace.accuracy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.breathpace.breath.BreathDetector;
import org.breathpace.breath.BreathListener;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.WavInMemory;
import org.breathpace.fixtures.Truth;

/**
 * Development aid (test scope, not a test): {@link FrameGridTest}'s check at every offset across
 * one frame, for any copy of a labelled fixture (for instance one resampled to 44.1 kHz, as the
 * virtual microphone delivers it). Prints each start offset at which an audible onset has no
 * detected start within {@link AccuracyReportTest#TOLERANCE_S}, with the onsets found there.
 * Args: WAV TRUTH_JSON [step in samples, default 6] [offsets, default 1536].
 */
public final class GridScan {
    public static void main(String[] args) throws Exception {
        Truth truth = new ObjectMapper().readValue(Path.of(args[1]).toFile(), Truth.class);
        WavInMemory wav = WavInMemory.read(Path.of(args[0]));
        int step = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        int offsets = args.length > 3 ? Integer.parseInt(args[3]) : 1536;
        float[] x = wav.samples();
        int failing = 0;
        int grids = 0;
        for (int skip = 0; skip < offsets; skip += step, grids++) {
            double offsetS = skip / (double) wav.sampleRate();
            List<Double> starts = new ArrayList<>();
            BreathDetector detector = new BreathDetector(wav.sampleRate(), new BreathListener() {
                @Override
                public void onPhaseStarted(PhaseStarted e) {
                    starts.add(e.startS() + offsetS);
                }
            });
            for (int i = skip; i < x.length; i += 1024) {
                detector.process(x, i, Math.min(1024, x.length - i));
            }
            detector.finish();
            StringBuilder missed = new StringBuilder();
            for (Truth.TruePhase t : truth.phases()) {
                if (t.audible() && starts.stream().noneMatch(s -> Math.abs(s - t.startS()) <= AccuracyReportTest.TOLERANCE_S)) {
                    missed.append(String.format(Locale.ROOT, " %s at %.2f s", t.phase(), t.startS()));
                }
            }
            if (missed.length() > 0) {
                failing++;
                StringBuilder found = new StringBuilder();
                starts.forEach(s -> found.append(String.format(Locale.ROOT, " %.2f", s)));
                System.out.printf(Locale.ROOT, "offset %d: missed%s; starts found:%s%n", skip, missed, found);
            }
        }
        System.out.printf(Locale.ROOT, "%d of %d offsets miss an audible onset%n", failing, grids);
    }
}
