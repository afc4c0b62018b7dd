package org.breathpace.breath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreathListenerTest {

    @Test
    void bothPassesEveryEventToTheFirstThenTheSecond() {
        List<String> calls = new ArrayList<>();
        BreathListener first = named("first", calls);
        BreathListener second = named("second", calls);
        BreathListener both = BreathListener.both(first, second);
        both.accept(new PhaseStarted(Phase.EXHALE, 1.0, 1.2));
        both.accept(new PhaseEnded(Phase.EXHALE, 1.0, 3.0, 3.1));
        both.accept(new RateUpdated(12, 12, 0.9, 3.1));
        both.accept(new SignalQuality(20, 0, List.of(), 4.0));
        assertThat(calls).containsExactly("first phase", "second phase", "first end", "second end",
                "first rate", "second rate", "first quality", "second quality");
        assertThat(BreathListener.both(first, BreathListener.NONE)).as("nothing to tee").isSameAs(first);
    }

    private static BreathListener named(String name, List<String> calls) {
        return new BreathListener() {
            @Override
            public void onPhaseStarted(PhaseStarted e) {
                calls.add(name + " phase");
            }

            @Override
            public void onPhaseEnded(PhaseEnded e) {
                calls.add(name + " end");
            }

            @Override
            public void onRate(RateUpdated e) {
                calls.add(name + " rate");
            }

            @Override
            public void onQuality(SignalQuality e) {
                calls.add(name + " quality");
            }
        };
    }
}
