package org.breathpace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.breathpace.routine.BreathingBlock;
import org.breathpace.routine.DefaultRoutine;
import org.breathpace.routine.PainChoice;
import org.breathpace.routine.Routine;
import org.breathpace.routine.Session;
import org.breathpace.routine.SessionEvent;
import org.breathpace.routine.SessionListener;
import org.junit.jupiter.api.Test;

/** The text and JSON shapes of every kind of session event, driven in simulated time. */
class SessionOutputTest {

    private static List<SessionEvent> drive() {
        List<SessionEvent> events = new ArrayList<>();
        Session s = new Session(new Routine("t", 10, BreathingBlock.DEFAULT,
                List.of(DefaultRoutine.PRONE_ROTATIONS, DefaultRoutine.CAT_COW), 10), false, events::add);
        s.start(0, Instant.parse("2026-01-05T07:30:00Z"));
        for (double t = 0; t < 20; t += 0.1) {
            s.tick(t);
        }
        s.pause(20);
        s.resume(21);
        s.skip(22);
        for (double t = 22; t < 60; t += 0.1) {
            s.tick(t);
        }
        s.back(60);
        for (double t = 60; t < 100; t += 0.1) {
            s.tick(t);
        }
        s.reportPain(100, "pinch");
        s.painChoice(101, PainChoice.EASE);
        s.reportPain(102, "");
        s.painChoice(103, PainChoice.SKIP);
        for (double t = 103; t < 200; t += 0.1) {
            s.tick(t);
        }
        assertThat(s.status()).isEqualTo(Session.Status.FINISHED);
        return events;
    }

    @Test
    void everyEventHasAJsonShapeWithTypeAndTime() throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<String> types = new ArrayList<>();
        for (SessionEvent e : drive()) {
            JsonNode o = m.readTree(m.writeValueAsString(SessionJson.of(m, e)));
            assertThat(o.get("type").asText()).isNotBlank();
            assertThat(o.get("at_s").asDouble()).isEqualTo(Math.round(e.atS() * 100) / 100.0);
            types.add(o.get("type").asText());
            if (o.get("type").asText().equals("pain")) {
                assertThat(o.get("red_flags")).extracting(JsonNode::asText).contains("sharp pain", "burning", "tingling");
                assertThat(o.get("step").asText()).isEqualTo("prone-rotations");
                assertThat(o.get("side").asInt()).isBetween(1, 2);
            }
        }
        assertThat(types).contains("session_started", "step", "rate_check", "pacer", "adherence", "side", "switch_sides",
                "rep", "rest", "paused", "resumed", "skipped", "back", "pain", "pain_choice", "exercise_done", "summary");
        assertThat(types.get(types.size() - 1)).isEqualTo("summary");
    }

    @Test
    void theTextSaysWhatToDoAtEachEvent() {
        SessionText text = new SessionText(true);
        StringBuilder all = new StringBuilder();
        for (SessionEvent e : drive()) {
            all.append(text.lines(e));
        }
        assertThat(all.toString())
                .contains("[1/5] Check-in: your resting breath (10 s)")
                .contains("Breathe in").contains("Breathe out")
                .contains("Paused: p to carry on.").contains("Carrying on.")
                .contains("Skipped breathing.")
                .contains("Back to prone-rotations.")
                .contains("Stop if you feel any of: sharp pain, burning, tingling, numbness or other nerve-like symptoms.")
                .contains("Carry on gently")
                .contains("Change sides (5 s).")
                .contains("Summary: ")
                .contains("pain at 1:40 in prone-rotations");
    }

    @Test
    void theLiveLineShowsThePacerOrTheExerciseAndWhatComesNext() {
        Session s = new Session(DefaultRoutine.ROUTINE, false, SessionListener.NONE);
        s.start(0, Instant.EPOCH);
        s.tick(1);
        String pacer = SessionText.live(s.view());
        assertThat(pacer).startsWith("\r").contains("Breathe in").contains("pace 12.0/min").contains("next: Foam rolling");
        s.skip(2);
        s.tick(3);
        assertThat(SessionText.live(s.view())).contains("Foam rolling the mid-back · work · 59 s").contains("you –");
        s.pause(4);
        assertThat(SessionText.live(s.view())).contains("[paused]");
    }
}
