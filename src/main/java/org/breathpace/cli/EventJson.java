package org.breathpace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.QualityWarning;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;

/** The JSON Lines shape of live events (design.md, "Contracts"). */
final class EventJson {
    private EventJson() {
    }

    static ObjectNode of(ObjectMapper m, Object event) {
        ObjectNode o = m.createObjectNode();
        if (event instanceof PhaseStarted p) {
            o.put("type", "phase").put("phase", p.phase().id()).put("start_s", r(p.startS())).put("emitted_s", r(p.emittedS()));
        } else if (event instanceof PhaseEnded p) {
            o.put("type", "phase_end").put("phase", p.phase().id()).put("start_s", r(p.startS()))
                    .put("end_s", r(p.endS())).put("emitted_s", r(p.emittedS()));
        } else if (event instanceof RateUpdated r) {
            o.put("type", "rate").put("breaths_per_min", SummaryJson.round(r.breathsPerMin(), 1))
                    .put("confidence", SummaryJson.round(r.confidence(), 2)).put("emitted_s", r(r.emittedS()));
        } else if (event instanceof SignalQuality q) {
            o.put("type", "quality");
            if (Double.isNaN(q.snrDb())) {
                o.putNull("snr_db");
            } else {
                o.put("snr_db", SummaryJson.round(q.snrDb(), 1));
            }
            o.put("clipped_fraction", SummaryJson.round(q.clippedFraction(), 6));
            ArrayNode w = o.putArray("warnings");
            for (QualityWarning warning : q.warnings()) {
                w.add(warning.id());
            }
            o.put("emitted_s", r(q.emittedS()));
        } else if (event instanceof SourceStatus s) {
            o.put("type", "status").put("status", s.status().id()).put("message", s.message()).put("emitted_s", r(s.emittedS()));
            if (s.status() == SourceStatus.Kind.MUTED || s.status() == SourceStatus.Kind.RESUMED) {
                // when the silence began or the sound came back, to the millisecond: the block it
                // was noticed in can be longer
                o.put("since_s", SummaryJson.round(s.sinceS(), 3));
            }
        } else {
            throw new IllegalArgumentException("not an event: " + event);
        }
        return o;
    }

    private static double r(double v) {
        return SummaryJson.round(v, 2);
    }
}
