package org.breathpace.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.breathpace.audio.FileAnalysis;
import org.breathpace.breath.BreathSummary;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.fixtures.FixtureCatalog;
import org.breathpace.fixtures.FixtureGenerator;
import org.breathpace.fixtures.FixtureSpec;
import org.breathpace.fixtures.Truth;
import org.junit.jupiter.api.Test;

/**
 * The accuracy report: runs {@code analyze}'s code over every labelled fixture (the committed
 * ones and the generated matrix), prints a table, and holds the detector to its bars:
 * fixtures at SNR ≥ 10 dB within 0.3 breaths/min and onset F1 ≥ 0.97 (±0.5 s); 0–10 dB F1 ≥ 0.90;
 * never double or half the rate; no breath and no rate where nobody breathes.
 *
 * <p>{@code mvn -o -q test -Dtest=AccuracyReportTest -Daccuracy.out=docs/accuracy.md} also writes
 * the table to that file.
 */
class AccuracyReportTest {
    static final double TOLERANCE_S = 0.5;

    /**
     * Fixtures the detector does not yet bring up to the bars, each with the reason. They are
     * still run and printed (marked "known shortfall") and listed in docs/accuracy.md; the test
     * fails if one of them starts passing, so this list never hides a fixed case.
     */
    static final java.util.Map<String, String> KNOWN_SHORTFALLS = java.util.Map.of();

    /** What docs/accuracy.md says when every fixture meets the bars. */
    static final String NO_SHORTFALLS = "None: every fixture meets its bars.\n\n"
            + "The last one, `pink-snr0-12bpm` (0 dB SNR in pink noise), was met on 2026-11-25. There an exhale lifts\n"
            + "the band only 3-7 dB over the room, so few single bins clear the per-bin test (5x the room) and onsets\n"
            + "came late or were missed (F1 0.632). The mean over the wind bands' (or the hiss bands') bins of each\n"
            + "bin's power against the room scatters far less than a bin, so such a swell stands many standard\n"
            + "deviations out of it (`breath/SwellTest`). It opens bursts and dates their starts back to where the\n"
            + "swell began, and holds a burst it opened while its own half of the band stays up, but only while the\n"
            + "recent breaths were faint against a steady room (the louder ones under 8 dB in-band SNR). Before any\n"
            + "breath has been measured, a burst that single bins found is dated by the swell too if it is still\n"
            + "under 8 dB against a steady room when it is announced. Quiet and gated rooms and all 63 real\n"
            + "recordings give exactly the same phases as before; of the other fixtures only the first exhale of\n"
            + "`rate-3bpm` (a 2.6 s swell: 9.73 -> 9.47 s, truth 9.31) and of `white-snr5-15bpm` (3.04 -> 2.98 s,\n"
            + "truth 2.79) start earlier, nearer the truth.\n\n"
            + "How far this holds beyond the one fixture: `LoudRoomVariants` (test scope) generates the same recipe\n"
            + "with other seeds, rates and noises and prints each one's onset F1 (`mvn -o -q test-compile`, then\n"
            + "`java -cp target/classes:target/test-classes:$(find ~/.m2/repository -name \"*.jar\" | grep -E\n"
            + "\"TarsosDSP|commons-math3|jackson-(core|databind|annotations)\" | tr '\\n' ':')\n"
            + "org.breathpace.accuracy.LoudRoomVariants write`). Onset F1 before -> after this change: six other\n"
            + "seeds of pink 0 dB at 12/min 0.70, 0.78, 0.82, 0.70, 0.59, 0.63 -> 0.90, 0.90, 0.95, 0.92, 0.80, 0.91;\n"
            + "pink 0 dB at 8/min 0.00 -> 0.43 (exhales swell over about a second, so even dated back their starts\n"
            + "are often more than 0.5 s late); at 20/min 0.94 -> 1.00; pink 3 dB at 44.1 kHz 0.43 -> 1.00; pink\n"
            + "2 dB, white 0 dB and fan 0 dB unchanged at 0.91, 0.86 and 0.67 (why the test does not help them is\n"
            + "not studied yet). At 0 dB the bar is met on this fixture, not yet on every recording like it.\n";

    record Row(String name, String kind, Double trueRate, Double rate, OnsetScore score, List<String> failures) { }

    @Test
    void everyFixtureMeetsTheBars() throws IOException {
        List<Row> rows = new ArrayList<>();
        Path committed = Path.of("audio-fixtures");
        try (Stream<Path> files = Files.list(committed)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Truth truth = new ObjectMapper().readValue(json.toFile(), Truth.class);
                rows.add(evaluate(committed.resolve(truth.file()), truth, "committed"));
            }
        }
        assertThat(rows).as("committed fixtures in audio-fixtures/").hasSize(FixtureCatalog.committed().size());
        Path generated = Path.of("target", "generated-fixtures");
        for (FixtureSpec spec : FixtureCatalog.generated()) {
            Truth truth = FixtureGenerator.write(spec, generated);
            rows.add(evaluate(generated.resolve(truth.file()), truth, "generated"));
        }
        String table = table(rows);
        System.out.println(table);
        String out = System.getProperty("accuracy.out");
        if (out != null && !out.isBlank()) {
            // Keep the "Real recordings" section RealBreathRecordingsTest writes at the end of the file.
            Path file = Path.of(out);
            String existing = Files.exists(file) ? Files.readString(file) : "";
            int real = existing.indexOf(RealBreathRecordingsTest.SECTION);
            Files.writeString(file, document(table) + (real >= 0 ? "\n" + existing.substring(real) : ""));
        }
        List<String> failures = rows.stream().filter(r -> !KNOWN_SHORTFALLS.containsKey(r.name()))
                .flatMap(r -> r.failures().stream().map(f -> r.name() + ": " + f)).toList();
        assertThat(failures).as("fixtures below the bars").isEmpty();
        List<String> nowPassing = rows.stream()
                .filter(r -> KNOWN_SHORTFALLS.containsKey(r.name()) && r.failures().isEmpty()).map(Row::name).toList();
        assertThat(nowPassing).as("known shortfalls that now meet the bars: remove them from KNOWN_SHORTFALLS").isEmpty();
    }

    static Row evaluate(Path wav, Truth truth, String kind) throws IOException {
        BreathSummary s;
        try {
            s = FileAnalysis.analyze(wav);
        } catch (org.breathpace.audio.AudioInputException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<OnsetScore.Onset> want = truth.phases().stream()
                .map(p -> new OnsetScore.Onset(p.startS(), p.endS(), p.phase(), p.audible())).toList();
        List<OnsetScore.Onset> got = new ArrayList<>();
        for (PhaseEnded p : s.phases()) {
            got.add(new OnsetScore.Onset(p.startS(), p.endS(), p.phase().id(), true));
        }
        OnsetScore score = OnsetScore.score(want, got, TOLERANCE_S);
        List<String> failures = new ArrayList<>();
        Double trueRate = truth.breathsPerMin();
        Double rate = s.breathsPerMin();
        boolean noBreath = truth.phases().isEmpty();
        double snr = truth.snrDb() == null ? 99 : truth.snrDb();
        FixtureSpec.Noise noise = truth.spec().noise();
        if (noise == FixtureSpec.Noise.CLICKS || noise == FixtureSpec.Noise.DOOR) {
            snr = 99; // loud events over a quiet room: held to the clean bars
        }
        if (noBreath) {
            if (rate != null) {
                failures.add(String.format(Locale.ROOT, "reported %.1f breaths/min where nobody breathes", rate));
            }
            if (!s.phases().isEmpty()) {
                failures.add(s.phases().size() + " phantom phases");
            }
        } else {
            if (trueRate != null && rate == null) {
                failures.add("no rate reported");
            }
            if (trueRate != null && rate != null) {
                double ratio = rate / trueRate;
                if (ratio > 1.6 || ratio < 0.625) {
                    failures.add(String.format(Locale.ROOT, "rate %.2f is double or half of %.2f", rate, trueRate));
                }
                if (snr >= 10 && Math.abs(rate - trueRate) > 0.3) {
                    failures.add(String.format(Locale.ROOT, "rate error %.2f > 0.3", Math.abs(rate - trueRate)));
                }
            }
            double minF1 = snr >= 10 ? 0.97 : 0.90;
            if (score.f1() < minF1) {
                failures.add(String.format(Locale.ROOT, "onset F1 %.3f < %.2f", score.f1(), minF1));
            }
        }
        return new Row(truth.file().replace(".wav", ""), kind, trueRate, rate, score, failures);
    }

    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| fixture | true rate | rate | rate error | onset F1 | hits / false / missed | label accuracy | median onset error | verdict |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            OnsetScore s = r.score();
            String err = r.trueRate() != null && r.rate() != null
                    ? String.format(Locale.ROOT, "%.2f", Math.abs(r.rate() - r.trueRate())) : "–";
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %d / %d / %d | %.2f | %s | %s |%n",
                    r.name(), fmt(r.trueRate()), fmt(r.rate()), err, s.f1(), s.hits(), s.falseAlarms(), s.misses(),
                    s.labelAccuracy(), Double.isNaN(s.medianErrorMs()) ? "–" : String.format(Locale.ROOT, "%.0f ms", s.medianErrorMs()),
                    r.failures().isEmpty() ? "ok" : (KNOWN_SHORTFALLS.containsKey(r.name()) ? "**known shortfall**: " : "**below bar**: ")
                            + String.join("; ", r.failures())));
        }
        return b.toString();
    }

    private static String fmt(Double v) {
        return v == null ? "none" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String document(String table) {
        return "# Detection accuracy\n\n"
                + "Made by `mvn -o -q test -Dtest=AccuracyReportTest -Daccuracy.out=docs/accuracy.md`, which runs the\n"
                + "`analyze` code over every labelled fixture (the committed ones in `audio-fixtures/` and the matrix\n"
                + "generated into `target/generated-fixtures/` by `FixtureCatalog`). Onsets are matched within ±0.5 s\n"
                + "whatever their label; inhales too quiet to be required (20 dB or more under the exhale, or under the\n"
                + "noise) count neither as hits nor as false alarms. Rates are breaths per minute; the true rate is\n"
                + "60 / mean period between breath onsets, as `analyze` reports it.\n\n"
                + "Bars (the test fails below them): SNR ≥ 10 dB → rate error ≤ 0.3 and F1 ≥ 0.97; 0–10 dB → F1 ≥ 0.90;\n"
                + "no fixture at double or half the rate; no breath and no rate where nobody breathes.\n\n"
                + table + "\n## Known shortfalls\n\n"
                + (KNOWN_SHORTFALLS.isEmpty() ? NO_SHORTFALLS
                        : KNOWN_SHORTFALLS.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> "- `" + e.getKey() + "`: " + e.getValue() + ".\n").reduce("", String::concat));
    }
}
