package org.breathpace.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.breathpace.pacing.BreathingPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutineFileTest {

    private static Routine parse(String json) throws RoutineFileException {
        return RoutineFile.parse("routine.json", json.replace('\'', '"'));
    }

    @Test
    void aFileReordersRetimesDropsAndAddsExercises() throws Exception {
        Routine r = parse("""
                {'name': 'short morning', 'breathing': {'pattern': 'resonance', 'seconds': 120, 'glide_s': 30},
                 'exercises': [
                   {'use': 'prone-rotations', 'reps': 3, 'rest_s': 5},
                   {'use': 'cat-cow', 'seconds': 45},
                   {'id': 'open-book', 'name': 'Open book', 'instructions': 'Lie on your side and open the top arm.',
                    'movements': ['rotation', 'side bending'], 'seconds': 20, 'sides': 2, 'breathing_cue': 'Out as you open.'}
                 ],
                 'closing_check_s': 0}""");
        assertThat(r.name()).isEqualTo("short morning");
        assertThat(r.breathing().pattern()).isEqualTo(BreathingPattern.RESONANCE);
        assertThat(r.breathing().seconds()).isEqualTo(120);
        assertThat(r.breathing().glideS()).isEqualTo(30);
        assertThat(r.exercises()).extracting(Exercise::id).containsExactly("prone-rotations", "cat-cow", "open-book");
        Exercise pr = r.exercises().get(0);
        assertThat(pr.reps()).isEqualTo(3);
        assertThat(pr.restS()).isEqualTo(5);
        assertThat(pr.sides()).isEqualTo(2);
        assertThat(pr.breathLed()).isTrue();
        Exercise cc = r.exercises().get(1);
        assertThat(cc.seconds()).isEqualTo(45);
        assertThat(cc.reps()).isZero();
        assertThat(cc.breathLed()).as("a timed cat-cow is not counted by exhales").isFalse();
        Exercise ob = r.exercises().get(2);
        assertThat(ob.movements()).containsExactly(Movement.ROTATION, Movement.SIDE_BENDING);
        assertThat(r.closingCheckS()).isZero();
        assertThat(r.checkInS()).isEqualTo(DefaultRoutine.ROUTINE.checkInS());
    }

    @Test
    void aCustomPatternIsBuiltFromItsPhases() throws Exception {
        Routine r = parse("{'breathing': {'pattern': 'custom', 'inhale_s': 3, 'exhale_s': 7, 'hold_out_s': 2}, 'exercises': [{'use': 'cat-cow'}]}");
        assertThat(r.breathing().pattern()).isEqualTo(new BreathingPattern("custom", 3, 0, 7, 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'exercises': [{'use': 'cat-cow'}, {'use': 'foam-rolling'}, {'use': 'side-bends', 'seconds': -3}]}"
                + "|routine.json: exercises[2].seconds must be 5–600, not -3.",
        "{'exercises': [{'use': 'cat-cows'}]}"
                + "|routine.json: exercises[0].use \"cat-cows\" is not a built-in exercise: use one of foam-rolling, cat-cow, wall-squats, prone-rotations, side-bends.",
        "{'exercises': [{'use': 'cat-cow', 'secnds': 4}]}"
                + "|routine.json: exercises[0].secnds is not a field a routine knows",
        "{'exercises': [{'use': 'cat-cow', 'reps': 2.5}]}"
                + "|routine.json: exercises[0].reps must be a whole number 1–50, not 2.5.",
        "{'exercises': [{'use': 'cat-cow', 'reps': 4, 'seconds': 30}]}"
                + "|routine.json: exercises[0].seconds and exercises[0].reps are both given: keep one of them.",
        "{'exercises': [{'use': 'cat-cow'}, {'use': 'cat-cow'}]}"
                + "|routine.json: exercises[1] repeats the id cat-cow: give it an \"id\" of its own.",
        "{'exercises': [{'id': 'x', 'name': 'X', 'instructions': 'Do it.', 'movements': ['twisting'], 'seconds': 30, 'breathing_cue': 'b'}]}"
                + "|routine.json: exercises[0].movements[0] must be one of extension, flexion, rotation, side_bending, not \"twisting\".",
        "{'exercises': [{'id': 'x', 'name': 'X', 'movements': ['rotation'], 'seconds': 30, 'breathing_cue': 'b'}]}"
                + "|routine.json: exercises[0].instructions is missing",
        "{'exercises': []}"
                + "|routine.json: exercises must be a list of 1–20 exercises, not a list.",
        "{'name': 'x'}"
                + "|routine.json: exercises is missing",
        "{'breathing': {'pattern': 'square'}, 'exercises': [{'use': 'cat-cow'}]}"
                + "|routine.json: breathing.pattern \"square\" is not a pattern: use one of diaphragmatic, resonance, box, 4-7-8 or custom.",
        "{'breathing': {'seconds': 10}, 'exercises': [{'use': 'cat-cow'}]}"
                + "|routine.json: breathing.seconds must be 30–1800, not 10.",
        "{'breathing': {'pattern': 'custom', 'inhale_s': 15, 'exhale_s': 20, 'hold_in_s': 10}, 'exercises': [{'use': 'cat-cow'}]}"
                + "|routine.json: breathing: a breath of 45.0 s is outside 2–40 s",
        "{'exercises': [{'use': 'wall-squats', 'breath_led': 'yes'}]}"
                + "|routine.json: exercises[0].breath_led must be true or false, not \"yes\".",
        "{'exercises': [{'use': 'foam-rolling', 'breath_led': true}]}"
                + "|routine.json: exercises[0].breath_led can only be true for an exercise counted in reps",
        "[1, 2]"
                + "|routine.json: must hold one JSON object { ... } with an \"exercises\" list.",
        "{'exercises': [{'use': 'cat-cow'}"
                + "|routine.json: line 1, column 34 is not valid JSON",
    })
    void aBadFileGetsTheFieldAndTheReason(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(RoutineFileException.class).hasMessageStartingWith(message);
        assertThat(DefaultRoutine.ROUTINE.exercises()).hasSize(5);
    }

    @Test
    void missingFilesAndFoldersAreOneSentence(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> RoutineFile.read(dir.resolve("none.json")))
                .hasMessage(dir.resolve("none.json") + " does not exist: check the path and the spelling.");
        assertThatThrownBy(() -> RoutineFile.read(dir)).hasMessageContaining("is a folder");
        Path f = dir.resolve("r.json");
        Files.writeString(f, "{\"exercises\": [{\"use\": \"cat-cow\", \"reps\": 0}]}");
        assertThatThrownBy(() -> RoutineFile.read(f)).hasMessage(f + ": exercises[0].reps must be 1–50, not 0.");
    }
}
