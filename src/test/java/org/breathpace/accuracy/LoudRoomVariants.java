package org.breathpace.accuracy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.breathpace.audio.FileAnalysis;
import org.breathpace.breath.BreathSummary;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.fixtures.FixtureGenerator;
import org.breathpace.fixtures.FixtureSpec;
import org.breathpace.fixtures.Truth;

/**
 * Development aid (test scope, not a test): loud-room recordings beside the catalogue's
 * {@code pink-snr0-12bpm}, to see whether what the detector does there holds beyond that one
 * fixture: other seeds, rates and noises at 0–3 dB. Prints each one's onset F1 (±0.5 s) and rate.
 * {@code write} as first argument generates the WAVs into the folder given second (default
 * {@code target/loud-room-variants}); without it they are read from there.
 */
public final class LoudRoomVariants {
    private LoudRoomVariants() { }

    static List<FixtureSpec> specs() {
        List<FixtureSpec> specs = new ArrayList<>();
        for (int s = 1; s <= 6; s++) {
            specs.add(FixtureSpec.basic("pink0-seed" + s, 12).withNoise(FixtureSpec.Noise.PINK, 0));
        }
        specs.add(FixtureSpec.basic("pink0-8bpm", 8).withNoise(FixtureSpec.Noise.PINK, 0));
        specs.add(FixtureSpec.basic("pink0-20bpm", 20).withNoise(FixtureSpec.Noise.PINK, 0));
        specs.add(FixtureSpec.basic("pink2-12bpm", 12).withNoise(FixtureSpec.Noise.PINK, 2));
        specs.add(FixtureSpec.basic("white0-15bpm", 15).withNoise(FixtureSpec.Noise.WHITE, 0));
        specs.add(FixtureSpec.basic("fan0-12bpm", 12).withNoise(FixtureSpec.Noise.FAN, 0));
        specs.add(FixtureSpec.basic("pink3-44k", 12).withNoise(FixtureSpec.Noise.PINK, 3).withRate(44100));
        return specs;
    }

    public static void main(String[] args) throws Exception {
        boolean write = args.length > 0 && args[0].equals("write");
        Path dir = Path.of(args.length > 1 ? args[1] : "target/loud-room-variants");
        Files.createDirectories(dir);
        for (FixtureSpec spec : specs()) {
            Truth truth = write ? FixtureGenerator.write(spec, dir)
                    : new ObjectMapper().readValue(dir.resolve(spec.name() + ".json").toFile(), Truth.class);
            BreathSummary s = FileAnalysis.analyze(dir.resolve(truth.file()));
            List<OnsetScore.Onset> want = truth.phases().stream()
                    .map(p -> new OnsetScore.Onset(p.startS(), p.endS(), p.phase(), p.audible())).toList();
            List<OnsetScore.Onset> got = new ArrayList<>();
            for (PhaseEnded p : s.phases()) {
                got.add(new OnsetScore.Onset(p.startS(), p.endS(), p.phase().id(), true));
            }
            OnsetScore sc = OnsetScore.score(want, got, AccuracyReportTest.TOLERANCE_S);
            System.out.printf(Locale.ROOT, "%-14s F1 %.3f  %d / %d / %d  rate %s (true %.2f)%n", spec.name(), sc.f1(),
                    sc.hits(), sc.falseAlarms(), sc.misses(),
                    s.breathsPerMin() == null ? "none" : String.format(Locale.ROOT, "%.2f", s.breathsPerMin()),
                    truth.breathsPerMin());
        }
    }
}
