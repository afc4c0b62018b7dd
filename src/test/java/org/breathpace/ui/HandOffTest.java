package org.breathpace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.breathpace.audio.SourceListener;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.Phase;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.junit.jupiter.api.Test;

/** The audio-thread hand-off: events in order through the queue, levels through the ring. */
class HandOffTest {

    @Test
    void eventsFromAnotherThreadArriveInOrderOnDrain() throws Exception {
        BreathFeed feed = new BreathFeed();
        SourceListener listener = feed.listener();
        Thread audio = new Thread(() -> {
            listener.onStatus(new SourceStatus(SourceStatus.Kind.STARTED, "test", 0));
            for (int i = 0; i < 1000; i++) {
                listener.onPhaseStarted(new PhaseStarted(i % 2 == 0 ? Phase.INHALE : Phase.EXHALE, i, i + 0.1));
                listener.onLevel(-40, -30, i, i + 0.02);
            }
            listener.onRate(new RateUpdated(6, 6, 1, 1000));
        }, "breathpace-audio");
        audio.start();
        audio.join();
        List<Object> got = new ArrayList<>();
        assertThat(feed.drain(got::add)).isEqualTo(1002);
        assertThat(got.get(0)).isInstanceOf(SourceStatus.class);
        for (int i = 0; i < 1000; i++) {
            assertThat(((PhaseStarted) got.get(i + 1)).startS()).isEqualTo(i);
        }
        assertThat(got.get(1001)).isInstanceOf(RateUpdated.class);
        assertThat(feed.drain(got::add)).isZero();
        assertThat(feed.levels().written()).isEqualTo(1000);
        assertThat(feed.levels().endS(1000, 0)).isEqualTo(999.02);
    }

    @Test
    void levelRingMapsDecibelsAndWraps() {
        LevelTrace t = new LevelTrace(8);
        assertThat(t.latest()).isZero();
        for (int i = 0; i < 20; i++) {
            t.add(i, LevelTrace.FLOOR_DB + i * 2);
        }
        assertThat(t.written()).isEqualTo(20);
        assertThat(t.readable()).isEqualTo(4);
        assertThat(t.endS(20, 0)).isEqualTo(19);
        assertThat(t.endS(20, 3)).isEqualTo(16);
        assertThat(t.latest()).isCloseTo(38.0 / 70, within(1e-6));
        assertThat(t.level(20, 3)).isCloseTo(32.0 / 70, within(1e-6));
        t.add(20, -5);
        assertThat(t.latest()).isEqualTo(1.0);
        t.add(21, -120);
        assertThat(t.latest()).isEqualTo(0.0);
    }

    @Test
    void breathTraceKeepsTheWindowAndClosesOpenPhases() {
        BreathTrace t = new BreathTrace(30);
        t.started(Phase.INHALE, 1);
        t.ended(Phase.INHALE, 1, 2);
        t.started(Phase.EXHALE, 3);
        t.started(Phase.INHALE, 6); // the exhale's end was never heard: closed where the next began
        List<BreathTrace.Span> spans = new ArrayList<>();
        t.spans().forEach(spans::add);
        assertThat(spans).containsExactly(new BreathTrace.Span(Phase.INHALE, 1, 2), new BreathTrace.Span(Phase.EXHALE, 3, 6),
                new BreathTrace.Span(Phase.INHALE, 6, Double.NaN));
        t.trim(33);
        assertThat(t.size()).isEqualTo(2);
    }
}
