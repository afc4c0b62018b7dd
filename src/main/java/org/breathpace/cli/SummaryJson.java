package org.breathpace.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.breathpace.breath.BreathSummary;
import org.breathpace.breath.Cycle;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.QualityWarning;
import org.breathpace.breath.SignalQuality;

/**
 * The JSON shape of an analysed file (docs: design.md, "Contracts"): one object per file.
 *
 * <p>Written with jackson-core's streaming generator rather than a databind {@code ObjectMapper}
 * tree: the same bytes, but setting up databind costs {@code analyze} about a third of a second
 * of start-up (docs/performance.md, "Two cores for analyze").
 */
final class SummaryJson {
    private SummaryJson() {
    }

    /** One line's object for {@code file}, compact, without the line end. */
    static String of(JsonFactory json, String file, BreathSummary s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            write(g, file, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    static void write(JsonGenerator g, String file, BreathSummary s) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeNumberField("duration_s", round(s.durationS(), 2));
        g.writeNumberField("sample_rate", (int) Math.round(s.sampleRate()));
        if (s.breathsPerMin() == null) {
            g.writeNullField("breaths_per_min");
        } else {
            g.writeNumberField("breaths_per_min", round(s.breathsPerMin(), 2));
        }
        g.writeArrayFieldStart("phases");
        for (PhaseEnded p : s.phases()) {
            g.writeStartObject();
            g.writeStringField("phase", p.phase().id());
            g.writeNumberField("start_s", round(p.startS(), 2));
            g.writeNumberField("end_s", round(p.endS(), 2));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("cycles");
        for (Cycle c : s.cycles()) {
            g.writeStartObject();
            g.writeNumberField("start_s", round(c.startS(), 2));
            writeNullable(g, "inhale_s", c.inhaleS());
            writeNullable(g, "exhale_s", c.exhaleS());
            g.writeNumberField("period_s", round(c.periodS(), 2));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("quality");
        quality(g, s.quality());
        g.writeEndObject();
    }

    static void quality(JsonGenerator g, SignalQuality q) throws IOException {
        g.writeStartObject();
        if (q == null || Double.isNaN(q.snrDb())) {
            g.writeNullField("snr_db");
        } else {
            g.writeNumberField("snr_db", round(q.snrDb(), 1));
        }
        g.writeNumberField("clipped_fraction", q == null ? 0.0 : round(q.clippedFraction(), 6));
        g.writeArrayFieldStart("warnings");
        if (q != null) {
            for (QualityWarning warning : q.warnings()) {
                g.writeString(warning.id());
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeNullable(JsonGenerator g, String key, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(key);
        } else {
            g.writeNumberField(key, round(v, 2));
        }
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
