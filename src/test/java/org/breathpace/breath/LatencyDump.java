package org.breathpace.breath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.breathpace.audio.FileAnalysis;

/**
 * Development aid (test scope, not a test): for labelled WAV files (truth JSON beside each), prints
 * each true onset, the phase event matched to it (±0.5 s), its announcement delay and dating error,
 * then the median delay over the audible onsets. Use it on copies resampled to the microphone's
 * rate to see what the live path will measure.
 */
public final class LatencyDump {
    public static void main(String[] args) throws Exception {
        List<Double> all = new ArrayList<>();
        for (String a : args) {
            JsonNode truth = new ObjectMapper().readTree(Path.of(a.replace(".wav", ".json")).toFile());
            if (truth.get("phases") == null) {
                continue;
            }
            List<PhaseStarted> starts = new ArrayList<>();
            FileAnalysis.analyze(Path.of(a), new BreathListener() {
                @Override public void onPhaseStarted(PhaseStarted e) { starts.add(e); }
            });
            System.out.println(a);
            for (JsonNode t : truth.get("phases")) {
                double ts = t.get("startS").asDouble();
                PhaseStarted best = null;
                for (PhaseStarted s : starts) {
                    if (Math.abs(s.startS() - ts) <= 0.5 && (best == null || Math.abs(s.startS() - ts) < Math.abs(best.startS() - ts))) best = s;
                }
                if (best == null) { System.out.printf(Locale.ROOT, "  %-7s %6.2f  MISSED%n", t.get("phase").asText(), ts); continue; }
                double d = best.emittedS() - ts;
                if (t.get("audible").asBoolean()) all.add(d);
                System.out.printf(Locale.ROOT, "  %-7s %6.2f  start %6.2f emitted %6.2f  delay %4.0f ms dating %4.0f  label %s%n",
                        t.get("phase").asText(), ts, best.startS(), best.emittedS(), d * 1000, (best.startS() - ts) * 1000, best.phase().id());
            }
        }
        all.sort(null);
        System.out.printf(Locale.ROOT, "n=%d median %.0f%n", all.size(), 1000 * all.get(all.size() / 2));
    }
}
