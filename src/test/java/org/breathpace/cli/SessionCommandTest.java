package org.breathpace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionCommandTest {

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : out.lines().toList()) {
            events.add(new ObjectMapper().readTree(line));
        }
        return events;
    }

    private static List<JsonNode> ofType(List<JsonNode> events, String type) {
        return events.stream().filter(e -> e.get("type").asText().equals(type)).toList();
    }

    /** The demonstration: the default routine, start to end, on a recording at 20x speed (about 33 s). */
    @Test
    void theDefaultSessionRunsStartToEndOnARecording() throws Exception {
        CliRun run = CliRun.of("session", "--input", "audio-fixtures/calm-12bpm.wav", "--speed", "20", "--format", "jsonl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> events = lines(run.out());
        assertThat(events.get(0).get("type").asText()).isEqualTo("session_started");
        assertThat(events.get(0).get("breath_detection").asBoolean()).isTrue();
        double previous = 0;
        for (JsonNode e : events) {
            assertThat(e.get("at_s").asDouble()).as("in time order: %s", e).isGreaterThanOrEqualTo(previous - 1e-9);
            previous = e.get("at_s").asDouble();
        }

        JsonNode checkIn = ofType(events, "rate_check").get(0);
        assertThat(checkIn.get("kind").asText()).isEqualTo("check_in");
        assertThat(checkIn.get("breaths_per_min").asDouble()).isBetween(10.5, 13.5);

        List<JsonNode> steps = ofType(events, "step");
        assertThat(steps).extracting(s -> s.get("id").asText()).containsExactly("check-in", "breathing", "foam-rolling",
                "cat-cow", "wall-squats", "prone-rotations", "side-bends", "closing-check");
        JsonNode catCow = steps.get(3).get("exercise");
        assertThat(catCow.get("breath_led").asBoolean()).isTrue();
        assertThat(catCow.get("movements")).extracting(JsonNode::asText).containsExactly("flexion", "extension");

        // the breathing block: led from the resting rate, every led breath judged against what was heard
        double blockStart = steps.get(1).get("at_s").asDouble();
        double blockEnd = steps.get(2).get("at_s").asDouble();
        JsonNode firstPace = ofType(events, "pacer").get(0);
        assertThat(firstPace.get("breaths_per_min").asDouble()).isCloseTo(checkIn.get("breaths_per_min").asDouble(), org.assertj.core.api.Assertions.within(0.1));
        List<JsonNode> adherence = ofType(events, "adherence");
        assertThat(adherence.size()).isGreaterThan(25);
        assertThat(adherence).allSatisfy(a -> {
            assertThat(a.get("at_s").asDouble()).isBetween(blockStart, blockEnd + 2);
            assertThat(a.get("heard").asBoolean()).isTrue();
            assertThat(a.get("cue").asText()).isNotBlank();
        });
        // the recording keeps breathing at 12 a minute, so the glide holds back instead of leaving it behind
        List<JsonNode> pace = ofType(events, "pacer");
        assertThat(pace.get(pace.size() - 1).get("breaths_per_min").asDouble()).isBetween(9.0, 11.0);
        assertThat(adherence).anySatisfy(a -> assertThat(a.get("cue").asText()).isEqualTo("slow_down"));

        List<JsonNode> done = ofType(events, "exercise_done");
        assertThat(done).extracting(d -> d.get("exercise").asText())
                .containsExactly("foam-rolling", "cat-cow", "wall-squats", "prone-rotations", "side-bends");
        assertThat(done).allSatisfy(d -> assertThat(d.get("skipped").asBoolean()).isFalse());
        assertThat(ofType(events, "rep")).filteredOn(r -> r.get("exercise").asText().equals("cat-cow"))
                .hasSize(8).anySatisfy(r -> assertThat(r.get("by").asText()).isEqualTo("breath"));
        assertThat(ofType(events, "side")).filteredOn(s -> s.get("side").asInt() == 2)
                .extracting(s -> s.get("exercise").asText()).containsExactly("prone-rotations", "side-bends");

        JsonNode summary = events.get(events.size() - 1);
        assertThat(summary.get("type").asText()).isEqualTo("summary");
        assertThat(summary.get("completed").asBoolean()).isTrue();
        assertThat(summary.get("resting_bpm").asDouble()).isBetween(10.5, 13.5);
        assertThat(summary.get("closing_bpm").asDouble()).isBetween(10.5, 13.5);
        assertThat(summary.get("adherence").get("known").asBoolean()).isTrue();
        assertThat(summary.get("adherence").get("led_cycles").asInt()).isEqualTo(adherence.size());
        assertThat(summary.get("exercises")).hasSize(5);
        assertThat(summary.get("rate_samples").size()).isGreaterThan(100);
        assertThat(summary.get("duration_s").asDouble()).isBetween(600.0, 900.0);
    }

    @Test
    void withoutAMicrophoneItIsATimedPacerAndSaysSo(@TempDir Path dir) throws Exception {
        Path routine = dir.resolve("short.json");
        Files.writeString(routine, "{\"check_in_s\": 10, \"breathing\": {\"seconds\": 30, \"glide_s\": 10},"
                + " \"exercises\": [{\"use\": \"side-bends\", \"seconds\": 10}], \"closing_check_s\": 10}");
        CliRun run = CliRun.of("session", "--no-mic", "--routine", routine.toString(), "--speed", "100");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("no breath detection: a timed pacer, adherence unknown")
                .contains("Breathe in").contains("Change sides (5 s).").contains("Second side: go.")
                .contains("following the pacer: unknown (no breath heard)")
                .contains("Summary: ").contains("completed");

        CliRun jsonl = CliRun.of("session", "--no-mic", "--routine", routine.toString(), "--speed", "100", "--format", "jsonl");
        JsonNode summary = lines(jsonl.out()).get(lines(jsonl.out()).size() - 1);
        assertThat(summary.get("adherence").get("score").isNull()).as("unknown, not zero").isTrue();
        assertThat(summary.get("resting_bpm").isNull()).isTrue();
        assertThat(summary.get("breath_detection").asBoolean()).isFalse();
    }

    @Test
    void aRealSessionIsKeptInHistoryAndADemoOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Path routine = dir.resolve("short.json");
        Files.writeString(routine, "{\"name\": \"tiny\", \"check_in_s\": 10, \"breathing\": {\"seconds\": 30, \"glide_s\": 10},"
                + " \"exercises\": [{\"use\": \"cat-cow\", \"reps\": 2}], \"closing_check_s\": 0}");
        Path data = dir.resolve("data");
        CliRun demo = CliRun.of("session", "--no-mic", "--routine", routine.toString(), "--speed", "100",
                "--data-dir", data.toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).doesNotContain("Saved to your history");
        assertThat(CliRun.of("history", "list", "--data-dir", data.toString()).out()).startsWith("No sessions saved yet");

        CliRun kept = CliRun.of("session", "--no-mic", "--routine", routine.toString(), "--speed", "100", "--save",
                "--data-dir", data.toString());
        assertThat(kept.exitCode()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("Saved to your history");
        CliRun json = CliRun.of("history", "export", "--format", "json", "--data-dir", data.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode sessions = new ObjectMapper().readTree(json.out()).get("sessions");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).toString()).contains("\"tiny\"").contains("completed").contains("Cat-cow with control");
    }

    @Test
    void aBadRoutineFileIsOneSentenceWithTheFieldAndTheReason(@TempDir Path dir) throws Exception {
        Path routine = dir.resolve("routine.json");
        Files.writeString(routine, "{\"exercises\": [{\"use\": \"cat-cow\"}, {\"use\": \"foam-rolling\"}, {\"use\": \"side-bends\", \"seconds\": -3}]}");
        CliRun run = CliRun.of("session", "--no-mic", "--routine", routine.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo(routine + ": exercises[2].seconds must be 5–600, not -3. "
                + "Without --routine the built-in routine runs.");
    }

    @Test
    void badOptionsAreOneSentence() {
        assertThat(CliRun.of("session", "--no-mic", "--input", "a.wav").err()).contains("only one of");
        assertThat(CliRun.of("session", "--no-mic", "--speed", "0").err().strip()).isEqualTo("--speed must be 0.1–100, not 0.0.");
        assertThat(CliRun.of("session", "--no-mic", "--volume", "120").err().strip()).isEqualTo("--volume must be 0–100, not 120.");
        assertThat(CliRun.of("session", "--device", "x", "--speed", "2").err().strip())
                .isEqualTo("--speed works only with --input FILE or --no-mic: a microphone runs in real time.");
        CliRun missing = CliRun.of("session", "--input", "no-such.wav");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("no-such.wav does not exist: check the path and the spelling.");
    }
}
