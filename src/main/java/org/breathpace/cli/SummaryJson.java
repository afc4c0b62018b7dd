package org.breathpace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.breathpace.breath.BreathSummary;
import org.breathpace.breath.Cycle;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.QualityWarning;
import org.breathpace.breath.SignalQuality;

/** The JSON shape of an analysed file (docs: design.md, "Contracts"): one object per file. */
final class SummaryJson {
    private SummaryJson() {
    }

    static ObjectNode of(ObjectMapper mapper, String file, BreathSummary s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("file", file);
        o.put("duration_s", round(s.durationS(), 2));
        o.put("sample_rate", (int) Math.round(s.sampleRate()));
        if (s.breathsPerMin() == null) {
            o.putNull("breaths_per_min");
        } else {
            o.put("breaths_per_min", round(s.breathsPerMin(), 2));
        }
        ArrayNode phases = o.putArray("phases");
        for (PhaseEnded p : s.phases()) {
            ObjectNode n = phases.addObject();
            n.put("phase", p.phase().id());
            n.put("start_s", round(p.startS(), 2));
            n.put("end_s", round(p.endS(), 2));
        }
        ArrayNode cycles = o.putArray("cycles");
        for (Cycle c : s.cycles()) {
            ObjectNode n = cycles.addObject();
            n.put("start_s", round(c.startS(), 2));
            putNullable(n, "inhale_s", c.inhaleS());
            putNullable(n, "exhale_s", c.exhaleS());
            n.put("period_s", round(c.periodS(), 2));
        }
        o.set("quality", quality(mapper, s.quality()));
        return o;
    }

    static ObjectNode quality(ObjectMapper mapper, SignalQuality q) {
        ObjectNode n = mapper.createObjectNode();
        if (q == null || Double.isNaN(q.snrDb())) {
            n.putNull("snr_db");
        } else {
            n.put("snr_db", round(q.snrDb(), 1));
        }
        n.put("clipped_fraction", q == null ? 0.0 : round(q.clippedFraction(), 6));
        ArrayNode w = n.putArray("warnings");
        if (q != null) {
            for (QualityWarning warning : q.warnings()) {
                w.add(warning.id());
            }
        }
        return n;
    }

    private static void putNullable(ObjectNode n, String key, Double v) {
        if (v == null) {
            n.putNull(key);
        } else {
            n.put(key, round(v, 2));
        }
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
