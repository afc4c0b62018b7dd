package org.breathpace.breath;

import java.nio.file.Path;
import java.util.Locale;
import org.breathpace.audio.FileAnalysis;

/** Development aid: prints the detector's raw events for WAV files, then the summary's phases (test scope, not a test). */
public final class EventDump {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            System.out.println(a);
            BreathSummary s = FileAnalysis.analyze(Path.of(a), new BreathListener() {
                @Override public void onPhaseStarted(PhaseStarted e) {
                    System.out.printf(Locale.ROOT, "  start  %-6s %7.2f (at %.2f)%n", e.phase().id(), e.startS(), e.emittedS());
                }
                @Override public void onPhaseEnded(PhaseEnded e) {
                    System.out.printf(Locale.ROOT, "  end    %-6s %7.2f-%.2f (at %.2f)%n", e.phase().id(), e.startS(), e.endS(), e.emittedS());
                }
                @Override public void onRate(RateUpdated e) {
                    System.out.printf(Locale.ROOT, "  rate   %.1f%n", e.breathsPerMin());
                }
            });
            StringBuilder b = new StringBuilder("  summary:");
            for (PhaseEnded p : s.phases()) {
                b.append(String.format(Locale.ROOT, " %s%.2f", p.phase() == Phase.INHALE ? "i" : "E", p.startS()));
            }
            System.out.println(b + String.format(Locale.ROOT, "  rate %s", s.breathsPerMin()));
        }
    }
}
