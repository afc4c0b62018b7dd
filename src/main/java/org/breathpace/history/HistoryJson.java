package org.breathpace.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON export: everything needed to restore a history, one object per session with its
 * samples, exercises and pain reports. {@link #read} checks every field and names the first
 * bad one ({@code sessions[3].start: ...}), so an import is all or nothing.
 *
 * <pre>{"format": "breathpace-history", "version": 1, "sessions": [{"id": "…", "start": "2026-03-01T08:00:00Z",
 *   "end": "…", "routine": "…", "pattern": "…", "resting_bpm": 12.0, "closing_bpm": 8.0,
 *   "time_at_target_s": 95.5, "adherence": 0.82, "outcome": "completed",
 *   "rate_samples": [{"offset_s": 0.0, "bpm": 12.0}, …],
 *   "exercises": [{"exercise": "…", "planned_s": 60, "done_s": 60, "sides_planned": 1, "sides_done": 1,
 *                  "skipped": false, "eased": false}, …],
 *   "pain_reports": [{"exercise": "…", "side": "left", "at_s": 301.5, "choice": "skip", "note": "…"}, …]}]}</pre>
 */
public final class HistoryJson {
    /** The value of "format". */
    public static final String FORMAT = "breathpace-history";
    /** The version of this layout. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HistoryJson() {
    }

    /** A bad export file: the message names the place and what is wrong. */
    public static final class BadFile extends Exception {
        private static final long serialVersionUID = 1L;

        BadFile(String message) {
            super(message);
        }
    }

    /** Writes the sessions (streamed: a long history is never all held as text). */
    public static void write(Iterable<SessionRecord> sessions, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("sessions");
            for (SessionRecord r : sessions) {
                writeSession(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeSession(JsonGenerator g, SessionRecord r) throws IOException {
        SessionSummary s = r.summary();
        g.writeStartObject();
        g.writeStringField("id", s.id().toString());
        g.writeStringField("start", s.start().toString());
        g.writeStringField("end", s.end().toString());
        g.writeStringField("routine", s.routine());
        g.writeStringField("pattern", s.pattern());
        nullable(g, "resting_bpm", s.restingRate());
        nullable(g, "closing_bpm", s.closingRate());
        g.writeNumberField("time_at_target_s", s.timeAtTargetS());
        nullable(g, "adherence", s.adherence());
        g.writeStringField("outcome", s.outcome().word());
        g.writeArrayFieldStart("rate_samples");
        for (RateSample x : r.samples()) {
            g.writeStartObject();
            g.writeNumberField("offset_s", x.offsetS());
            g.writeNumberField("bpm", x.breathsPerMin());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("exercises");
        for (ExerciseResult e : r.exercises()) {
            g.writeStartObject();
            g.writeStringField("exercise", e.exercise());
            g.writeNumberField("planned_s", e.plannedS());
            g.writeNumberField("done_s", e.doneS());
            g.writeNumberField("sides_planned", e.sidesPlanned());
            g.writeNumberField("sides_done", e.sidesDone());
            g.writeBooleanField("skipped", e.skipped());
            g.writeBooleanField("eased", e.eased());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("pain_reports");
        for (PainReport p : r.pains()) {
            g.writeStartObject();
            g.writeStringField("exercise", p.exercise());
            if (p.side() == null) {
                g.writeNullField("side");
            } else {
                g.writeStringField("side", p.side());
            }
            g.writeNumberField("at_s", p.atS());
            g.writeStringField("choice", p.choice().word());
            g.writeStringField("note", p.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    /** Reads an export; every session is checked before any is returned. */
    public static List<SessionRecord> read(InputStream in) throws IOException, BadFile {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BadFile("it is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadFile("it is not a breathpace history export (expected a JSON object with \"format\": \""
                    + FORMAT + "\")");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new BadFile("it is not a breathpace history export (\"format\" should be \"" + FORMAT + "\")");
        }
        if (!root.path("version").canConvertToInt() || root.path("version").asInt() != VERSION) {
            throw new BadFile("version " + root.path("version") + " is not one this breathpace reads (" + VERSION
                    + ")");
        }
        JsonNode sessions = root.get("sessions");
        if (sessions == null || !sessions.isArray()) {
            throw new BadFile("\"sessions\" must be a list");
        }
        List<SessionRecord> out = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            String where = "sessions[" + i + "]";
            SessionRecord r = session(sessions.get(i), where);
            if (!seen.add(r.summary().id())) {
                throw new BadFile(where + ".id: " + r.summary().id() + " appears twice");
            }
            out.add(r);
        }
        return out;
    }

    private static SessionRecord session(JsonNode n, String where) throws BadFile {
        object(n, where);
        UUID id;
        try {
            id = UUID.fromString(text(n, "id", where));
        } catch (IllegalArgumentException e) {
            throw new BadFile(where + ".id: not a session id (a UUID such as 5e551000-0000-0000-0000-000000000001)");
        }
        SessionSummary summary;
        try {
            summary = new SessionSummary(id, instant(n, "start", where), instant(n, "end", where),
                    text(n, "routine", where), text(n, "pattern", where), optionalNumber(n, "resting_bpm", where),
                    optionalNumber(n, "closing_bpm", where), number(n, "time_at_target_s", where),
                    optionalNumber(n, "adherence", where), SessionOutcome.ofWord(text(n, "outcome", where)));
        } catch (IllegalArgumentException e) {
            throw new BadFile(where + ": " + e.getMessage());
        }
        List<RateSample> samples = new ArrayList<>();
        JsonNode list = array(n, "rate_samples", where);
        for (int i = 0; i < list.size(); i++) {
            String w = where + ".rate_samples[" + i + "]";
            object(list.get(i), w);
            try {
                samples.add(new RateSample(number(list.get(i), "offset_s", w), number(list.get(i), "bpm", w)));
            } catch (IllegalArgumentException e) {
                throw new BadFile(w + ": " + e.getMessage());
            }
        }
        List<ExerciseResult> exercises = new ArrayList<>();
        list = array(n, "exercises", where);
        for (int i = 0; i < list.size(); i++) {
            String w = where + ".exercises[" + i + "]";
            JsonNode e = list.get(i);
            object(e, w);
            try {
                exercises.add(new ExerciseResult(text(e, "exercise", w), number(e, "planned_s", w),
                        number(e, "done_s", w), integer(e, "sides_planned", w), integer(e, "sides_done", w),
                        bool(e, "skipped", w), bool(e, "eased", w)));
            } catch (IllegalArgumentException x) {
                throw new BadFile(w + ": " + x.getMessage());
            }
        }
        List<PainReport> pains = new ArrayList<>();
        list = array(n, "pain_reports", where);
        for (int i = 0; i < list.size(); i++) {
            String w = where + ".pain_reports[" + i + "]";
            JsonNode p = list.get(i);
            object(p, w);
            try {
                JsonNode side = p.get("side");
                pains.add(new PainReport(text(p, "exercise", w), side == null || side.isNull() ? null
                        : text(p, "side", w), number(p, "at_s", w), PainChoice.ofWord(text(p, "choice", w)),
                        p.hasNonNull("note") ? text(p, "note", w, true) : ""));
            } catch (IllegalArgumentException x) {
                throw new BadFile(w + ": " + x.getMessage());
            }
        }
        try {
            return new SessionRecord(summary, samples, exercises, pains);
        } catch (IllegalArgumentException e) {
            throw new BadFile(where + ": " + e.getMessage());
        }
    }

    private static void object(JsonNode n, String where) throws BadFile {
        if (n == null || !n.isObject()) {
            throw new BadFile(where + ": expected an object");
        }
    }

    private static JsonNode field(JsonNode n, String f, String where) throws BadFile {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            throw new BadFile(where + "." + f + ": missing");
        }
        return v;
    }

    private static String text(JsonNode n, String f, String where) throws BadFile {
        return text(n, f, where, false);
    }

    private static String text(JsonNode n, String f, String where, boolean emptyOk) throws BadFile {
        JsonNode v = field(n, f, where);
        if (!v.isTextual() || (!emptyOk && v.asText().isBlank())) {
            throw new BadFile(where + "." + f + ": expected " + (emptyOk ? "text" : "non-empty text") + ", got " + v);
        }
        return v.asText();
    }

    private static double number(JsonNode n, String f, String where) throws BadFile {
        JsonNode v = field(n, f, where);
        if (!v.isNumber()) {
            throw new BadFile(where + "." + f + ": expected a number, got " + v);
        }
        return v.asDouble();
    }

    private static Double optionalNumber(JsonNode n, String f, String where) throws BadFile {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : number(n, f, where);
    }

    private static int integer(JsonNode n, String f, String where) throws BadFile {
        JsonNode v = field(n, f, where);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new BadFile(where + "." + f + ": expected a whole number, got " + v);
        }
        return v.asInt();
    }

    private static boolean bool(JsonNode n, String f, String where) throws BadFile {
        JsonNode v = field(n, f, where);
        if (!v.isBoolean()) {
            throw new BadFile(where + "." + f + ": expected true or false, got " + v);
        }
        return v.asBoolean();
    }

    private static JsonNode array(JsonNode n, String f, String where) throws BadFile {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            return MAPPER.createArrayNode();
        }
        if (!v.isArray()) {
            throw new BadFile(where + "." + f + ": expected a list, got " + v.getNodeType().name().toLowerCase());
        }
        return v;
    }

    private static Instant instant(JsonNode n, String f, String where) throws BadFile {
        String s = text(n, f, where);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadFile(where + "." + f + ": \"" + s + "\" is not a time such as 2026-03-01T08:00:00Z");
        }
    }
}
