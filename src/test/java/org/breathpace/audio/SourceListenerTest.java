package org.breathpace.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.breathpace.breath.Phase;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;
import org.junit.jupiter.api.Test;

class SourceListenerTest {

    /** Records every call as "name:method". */
    private static SourceListener recording(String name, List<String> calls) {
        return new SourceListener() {
            @Override public void onPhaseStarted(PhaseStarted e) { calls.add(name + ":started"); }
            @Override public void onPhaseEnded(PhaseEnded e) { calls.add(name + ":ended"); }
            @Override public void onRate(RateUpdated e) { calls.add(name + ":rate"); }
            @Override public void onQuality(SignalQuality e) { calls.add(name + ":quality"); }
            @Override public void onStatus(SourceStatus s) { calls.add(name + ":status"); }
            @Override public void onLevel(double rms, double peak, double startS, double endS) {
                calls.add(name + ":level " + rms + " " + endS);
            }
        };
    }

    @Test
    void bothPassesEveryCallToTheFirstThenTheSecond() {
        List<String> calls = new ArrayList<>();
        SourceListener both = SourceListener.both(recording("a", calls), recording("b", calls));
        both.onPhaseStarted(new PhaseStarted(Phase.INHALE, 1, 1.2));
        both.onPhaseEnded(new PhaseEnded(Phase.INHALE, 1, 2, 2.1));
        both.onRate(new RateUpdated(12, 12, 0.9, 2.1));
        both.onQuality(new SignalQuality(20, 0, List.of(), 3));
        both.onStatus(new SourceStatus(SourceStatus.Kind.STARTED, "on", 0));
        both.onLevel(-30, -20, 3, 3.5);
        assertThat(calls).containsExactly("a:started", "b:started", "a:ended", "b:ended", "a:rate", "b:rate",
                "a:quality", "b:quality", "a:status", "b:status", "a:level -30.0 3.5", "b:level -30.0 3.5");
    }

    @Test
    void queueingOffersEveryEventAndStatusInOrderButNoLevels() {
        java.util.Queue<Object> queue = new java.util.concurrent.ConcurrentLinkedQueue<>();
        SourceListener q = SourceListener.queueing(queue);
        PhaseStarted started = new PhaseStarted(Phase.INHALE, 1, 1.2);
        PhaseEnded ended = new PhaseEnded(Phase.INHALE, 1, 2, 2.1);
        RateUpdated rate = new RateUpdated(12, 12, 0.9, 2.1);
        SignalQuality quality = new SignalQuality(20, 0, List.of(), 3);
        SourceStatus status = new SourceStatus(SourceStatus.Kind.STARTED, "on", 0);
        q.onStatus(status);
        q.onLevel(-30, -20, 0, 0.5);
        q.onPhaseStarted(started);
        q.onPhaseEnded(ended);
        q.onRate(rate);
        q.onQuality(quality);
        assertThat(queue).containsExactly(status, started, ended, rate, quality);
    }
}
