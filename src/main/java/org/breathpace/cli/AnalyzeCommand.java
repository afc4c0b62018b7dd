package org.breathpace.cli;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.FileAnalysis;
import org.breathpace.breath.BreathSummary;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.SummaryCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code breathpace analyze FILE...}: detects breaths in WAV files and prints phases, cycles,
 * rate and signal quality. A bad file gets one sentence on stderr; the others are still analysed
 * and the exit code is 2.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Detects breaths in WAV files and prints phases, cycles, rate and signal quality.")
public final class AnalyzeCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { jsonl, csv, text }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "16-bit PCM WAV files, 8–48 kHz, mono or stereo.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "jsonl (one JSON object per file), csv (one row per phase) or text. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonFactory json = new JsonFactory();
        if (format == Format.csv) {
            out.println("file,phase,start_s,end_s");
        }
        int failed = 0;
        for (Path file : files) {
            BreathSummary s;
            try {
                s = FileAnalysis.analyze(file);
            } catch (AudioInputException e) {
                err.println(e.getMessage());
                err.flush();
                failed++;
                continue;
            }
            switch (format) {
                case jsonl -> out.println(SummaryJson.of(json, file.toString(), s));
                case csv -> csv(out, file.toString(), s);
                case text -> text(out, file.toString(), s);
                default -> throw new IllegalStateException();
            }
            out.flush();
        }
        return failed == 0 ? 0 : 2;
    }

    private static void csv(PrintWriter out, String file, BreathSummary s) {
        for (PhaseEnded p : s.phases()) {
            out.printf(Locale.ROOT, "%s,%s,%.2f,%.2f%n", csvField(file), p.phase().id(), p.startS(), p.endS());
        }
    }

    private static String csvField(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /**
     * The summary line's words on the rate, saying why there is none, and when most breaths came
     * too fast to be cycles (the rate then stands on the few slower ones).
     */
    static String rateWords(BreathSummary s) {
        int tooFast = SummaryCollector.tooFastGaps(s.phases());
        String faster = "faster than " + SummaryCollector.FASTEST_BREATHS_PER_MIN + " a minute";
        if (s.breathsPerMin() != null) {
            String rate = String.format(Locale.ROOT, "%.1f breaths/min over %d cycles", s.breathsPerMin(), s.cycles().size());
            return tooFast > s.cycles().size()
                    ? rate + " (" + tooFast + " breaths came " + faster + " and are not in it)" : rate;
        }
        if (tooFast >= 2) {
            return "breaths came " + faster + ": no rate given";
        }
        return "no rate (fewer than two full breaths heard)";
    }

    private static void text(PrintWriter out, String file, BreathSummary s) {
        out.println(file);
        out.println("  phase    start     end   length");
        for (PhaseEnded p : s.phases()) {
            out.printf(Locale.ROOT, "  %-6s %7.2f %7.2f %7.2f s%n", p.phase().id(), p.startS(), p.endS(), p.durationS());
        }
        String rate = rateWords(s);
        String snr = s.quality() == null || Double.isNaN(s.quality().snrDb()) ? "unknown"
                : String.format(Locale.ROOT, "%.1f dB", s.quality().snrDb());
        out.printf(Locale.ROOT, "  %.1f s, %d phases, %s, SNR %s%n", s.durationS(), s.phases().size(), rate, snr);
        if (s.quality() != null) {
            s.quality().warnings().forEach(w -> out.println("  note: " + w.advice()));
        }
    }
}
