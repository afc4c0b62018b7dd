package org.breathpace.routine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.breathpace.pacing.BreathingPattern;

/**
 * Reads a user's routine from JSON. Everything is optional except {@code exercises}; what is left
 * out comes from the built-in routine. Exercises run in the file's order; a built-in exercise is
 * taken with {@code "use": "cat-cow"} and any field given overrides it; an exercise left out is
 * dropped; a new exercise gives every field itself.
 *
 * <pre>{@code
 * {
 *   "name": "short morning",
 *   "check_in_s": 30,
 *   "breathing": {"pattern": "resonance", "seconds": 180, "adaptive": true, "glide_s": 60},
 *   "exercises": [
 *     {"use": "cat-cow", "reps": 6},
 *     {"use": "prone-rotations"},
 *     {"id": "open-book", "name": "Open book", "instructions": "...", "movements": ["rotation"],
 *      "seconds": 30, "sides": 2, "rest_s": 10, "breathing_cue": "..."}
 *   ],
 *   "closing_check_s": 0
 * }
 * }</pre>
 *
 * Breathing {@code pattern} is a preset name (see {@link BreathingPattern#PRESETS}) or
 * {@code custom} with {@code inhale_s}, {@code hold_in_s}, {@code exhale_s}, {@code hold_out_s}.
 * A file that cannot be used is refused whole with one sentence naming the file, the field and the
 * reason; nothing of it is used and the built-in routine is unaffected.
 */
public final class RoutineFile {
    private static final long MAX_BYTES = 1 << 20;
    private static final Set<String> TOP = Set.of("name", "check_in_s", "breathing", "exercises", "closing_check_s");
    private static final Set<String> BREATHING = Set.of("pattern", "seconds", "adaptive", "glide_s",
            "inhale_s", "hold_in_s", "exhale_s", "hold_out_s");
    private static final Set<String> EXERCISE = Set.of("use", "id", "name", "instructions", "movements", "seconds", "reps",
            "seconds_per_rep", "sides", "rest_s", "breathing_cue", "breath_led");

    private final String file;

    private RoutineFile(String file) {
        this.file = file;
    }

    /** Reads and checks {@code path}. */
    public static Routine read(Path path) throws RoutineFileException {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new RoutineFileException(name + " is a folder, not a routine file: give the path of a .json file.");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new RoutineFileException(name + " is larger than 1 MB, too large for a routine: check that it is the right file.");
            }
            return parse(name, Files.readString(path));
        } catch (NoSuchFileException e) {
            throw new RoutineFileException(name + " does not exist: check the path and the spelling.");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new RoutineFileException(name + " is not UTF-8 text: save it as UTF-8 JSON.");
        } catch (IOException e) {
            throw new RoutineFileException(name + " could not be read (" + e.getMessage() + "): check its permissions.");
        }
    }

    /** Parses routine JSON; {@code fileName} is used in messages only. */
    public static Routine parse(String fileName, String json) throws RoutineFileException {
        return new RoutineFile(fileName).routine(json);
    }

    private Routine routine(String json) throws RoutineFileException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw fail(String.format(Locale.ROOT, "line %d, column %d is not valid JSON (%s): fix the syntax there",
                    loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw fail("must hold one JSON object { ... } with an \"exercises\" list");
        }
        known(root, TOP, "");
        Routine base = DefaultRoutine.ROUTINE;
        String name = root.has("name") ? text(root, "name", "") : "my routine";
        int checkIn = root.has("check_in_s") ? integer(root, "check_in_s", "", Routine.MIN_CHECK_S, Routine.MAX_CHECK_S) : base.checkInS();
        int closing = base.closingCheckS();
        if (root.has("closing_check_s")) {
            closing = integer(root, "closing_check_s", "", 0, Routine.MAX_CHECK_S);
            if (closing != 0 && closing < Routine.MIN_CHECK_S) {
                throw fail("closing_check_s must be 0 or " + Routine.MIN_CHECK_S + "–" + Routine.MAX_CHECK_S + ", not " + closing);
            }
        }
        BreathingBlock breathing = root.has("breathing") ? breathing(root.get("breathing")) : base.breathing();
        JsonNode list = root.get("exercises");
        if (list == null) {
            throw fail("exercises is missing: list the exercises to do, e.g. [{\"use\": \"cat-cow\"}]");
        }
        if (!list.isArray() || list.isEmpty() || list.size() > Routine.MAX_EXERCISES) {
            throw fail("exercises must be a list of 1–" + Routine.MAX_EXERCISES + " exercises, not " + describe(list));
        }
        List<Exercise> exercises = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Exercise e = exercise(list.get(i), "exercises[" + i + "]");
            if (ids.contains(e.id())) {
                throw fail("exercises[" + i + "] repeats the id " + e.id() + ": give it an \"id\" of its own");
            }
            ids.add(e.id());
            exercises.add(e);
        }
        try {
            return new Routine(name, checkIn, breathing, exercises, closing);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    private BreathingBlock breathing(JsonNode b) throws RoutineFileException {
        String at = "breathing";
        if (!b.isObject()) {
            throw fail(at + " must be an object like {\"pattern\": \"diaphragmatic\", \"seconds\": 240}, not " + describe(b));
        }
        known(b, BREATHING, at + ".");
        BreathingBlock d = BreathingBlock.DEFAULT;
        BreathingPattern pattern = d.pattern();
        if (b.has("pattern")) {
            String p = text(b, "pattern", at + ".");
            if (p.equalsIgnoreCase("custom")) {
                for (String f : List.of("inhale_s", "exhale_s")) {
                    if (!b.has(f)) {
                        throw fail(at + "." + f + " is missing: a custom pattern needs inhale_s and exhale_s");
                    }
                }
                pattern = null;
            } else {
                pattern = BreathingPattern.preset(p);
                if (pattern == null) {
                    throw fail(at + ".pattern \"" + p + "\" is not a pattern: use one of "
                            + String.join(", ", BreathingPattern.PRESETS.stream().map(BreathingPattern::name).toList()) + " or custom");
                }
            }
        }
        if (pattern == null || b.has("inhale_s") || b.has("exhale_s") || b.has("hold_in_s") || b.has("hold_out_s")) {
            BreathingPattern from = pattern == null ? new BreathingPattern("custom", 4, 0, 6, 0) : pattern;
            double in = number(b, "inhale_s", at + ".", from.inhaleS(), 1, 20);
            double hin = number(b, "hold_in_s", at + ".", pattern == null ? 0 : from.holdInS(), 0, 20);
            double ex = number(b, "exhale_s", at + ".", from.exhaleS(), 1, 20);
            double hout = number(b, "hold_out_s", at + ".", pattern == null ? 0 : from.holdOutS(), 0, 20);
            try {
                pattern = new BreathingPattern(pattern == null ? "custom" : from.name(), in, hin, ex, hout);
            } catch (IllegalArgumentException e) {
                throw fail(at + ": " + e.getMessage());
            }
        }
        int seconds = b.has("seconds") ? integer(b, "seconds", at + ".", BreathingBlock.MIN_S, BreathingBlock.MAX_S) : d.seconds();
        boolean adaptive = b.has("adaptive") ? bool(b, "adaptive", at + ".") : d.adaptive();
        int glide = b.has("glide_s") ? integer(b, "glide_s", at + ".", 0, seconds) : Math.min(d.glideS(), seconds / 2);
        return new BreathingBlock(pattern, seconds, adaptive, glide);
    }

    private Exercise exercise(JsonNode n, String at) throws RoutineFileException {
        if (!n.isObject()) {
            throw fail(at + " must be an object like {\"use\": \"cat-cow\"}, not " + describe(n));
        }
        known(n, EXERCISE, at + ".");
        String p = at + ".";
        Exercise base = null;
        if (n.has("use")) {
            String use = text(n, "use", p);
            base = DefaultRoutine.exercise(use);
            if (base == null) {
                throw fail(p + "use \"" + use + "\" is not a built-in exercise: use one of "
                        + String.join(", ", DefaultRoutine.EXERCISES.stream().map(Exercise::id).toList()));
            }
        } else {
            for (String f : List.of("id", "name", "instructions", "movements", "breathing_cue")) {
                if (!n.has(f)) {
                    throw fail(p + f + " is missing: a new exercise needs id, name, instructions, movements, "
                            + "breathing_cue and seconds or reps (or \"use\" a built-in one)");
                }
            }
            if (!n.has("seconds") && !n.has("reps")) {
                throw fail(p + "seconds is missing: give seconds or reps");
            }
        }
        if (n.has("seconds") && n.has("reps")) {
            throw fail(p + "seconds and " + p + "reps are both given: keep one of them");
        }
        String id = n.has("id") ? text(n, "id", p) : base.id();
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw fail(p + "id must be lower-case letters, digits and dashes (at most 40), not \"" + id + "\"");
        }
        String name = n.has("name") ? text(n, "name", p) : base.name();
        String instructions = n.has("instructions") ? text(n, "instructions", p) : base.instructions();
        String cue = n.has("breathing_cue") ? text(n, "breathing_cue", p) : base.breathingCue();
        List<Movement> movements = n.has("movements") ? movements(n.get("movements"), p + "movements") : base.movements();
        Integer seconds = n.has("seconds") ? integer(n, "seconds", p, Exercise.MIN_SECONDS, Exercise.MAX_SECONDS) : null;
        Integer reps = n.has("reps") ? integer(n, "reps", p, 1, Exercise.MAX_REPS) : null;
        int sides = n.has("sides") ? integer(n, "sides", p, 1, 2) : base == null ? 1 : base.sides();
        int rest = n.has("rest_s") ? integer(n, "rest_s", p, 0, Exercise.MAX_REST_S) : base == null ? 10 : base.restS();
        double perRep = number(n, "seconds_per_rep", p, base == null ? 6 : base.secondsPerRep(), 2, 30);
        int s = seconds != null ? seconds : reps != null ? 0 : base.seconds();
        int r = reps != null ? reps : seconds != null ? 0 : base.reps();
        boolean breathLed = n.has("breath_led") ? bool(n, "breath_led", p) : base != null && base.breathLed() && r > 0;
        if (breathLed && r == 0) {
            throw fail(p + "breath_led can only be true for an exercise counted in reps: give reps instead of seconds");
        }
        try {
            return new Exercise(id, name, instructions, movements, s, r, perRep, sides, rest, cue, breathLed);
        } catch (IllegalArgumentException e) {
            throw fail(at + " (" + e.getMessage() + ")");
        }
    }

    private List<Movement> movements(JsonNode n, String at) throws RoutineFileException {
        String allowed = String.join(", ", java.util.Arrays.stream(Movement.values()).map(Movement::id).toList());
        if (!n.isArray() || n.isEmpty()) {
            throw fail(at + " must be a list of at least one of " + allowed + ", not " + describe(n));
        }
        List<Movement> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            Movement m = n.get(i).isTextual() ? Movement.of(n.get(i).asText()) : null;
            if (m == null) {
                throw fail(at + "[" + i + "] must be one of " + allowed + ", not " + describe(n.get(i)));
            }
            out.add(m);
        }
        return out;
    }

    private void known(JsonNode n, Set<String> fields, String at) throws RoutineFileException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw fail(at + f + " is not a field a routine knows: check the spelling (known: "
                        + String.join(", ", fields.stream().sorted().toList()) + ")");
            }
        }
    }

    private String text(JsonNode n, String field, String at) throws RoutineFileException {
        JsonNode v = n.get(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw fail(at + field + " must be some text, not " + describe(v));
        }
        if (v.asText().length() > 2000) {
            throw fail(at + field + " is longer than 2000 characters: shorten it");
        }
        return v.asText().strip();
    }

    private int integer(JsonNode n, String field, String at, int min, int max) throws RoutineFileException {
        JsonNode v = n.get(field);
        if (!v.isNumber() || v.asDouble() != Math.rint(v.asDouble())) {
            throw fail(at + field + " must be a whole number " + min + "–" + max + ", not " + describe(v));
        }
        double d = v.asDouble();
        if (d < min || d > max) {
            throw fail(at + field + " must be " + min + "–" + max + ", not " + describe(v));
        }
        return (int) d;
    }

    private double number(JsonNode n, String field, String at, double fallback, double min, double max) throws RoutineFileException {
        JsonNode v = n.get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber() || !(v.asDouble() >= min && v.asDouble() <= max)) {
            throw fail(String.format(Locale.ROOT, "%s%s must be a number %s–%s, not %s", at, field, fmt(min), fmt(max), describe(v)));
        }
        return v.asDouble();
    }

    private boolean bool(JsonNode n, String field, String at) throws RoutineFileException {
        JsonNode v = n.get(field);
        if (!v.isBoolean()) {
            throw fail(at + field + " must be true or false, not " + describe(v));
        }
        return v.asBoolean();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isNumber()) {
            return v.asText();
        }
        if (v.isTextual()) {
            String t = v.asText();
            return "\"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        return v.isArray() ? "a list" : v.isObject() ? "an object" : v.toString();
    }

    private RoutineFileException fail(String what) {
        String sentence = file + ": " + what;
        return new RoutineFileException(sentence.endsWith(".") ? sentence : sentence + ".");
    }
}
