package org.breathpace.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.breathpace.breath.PhaseStarted;
import org.junit.jupiter.api.Test;

class FileReplaySourceTest {

    @Test
    void replaysInRealTimeOnASimulatedClock() throws Exception {
        long[] clock = {0};
        List<Long> sleeps = new ArrayList<>();
        FileReplaySource source = new FileReplaySource(Path.of("audio-fixtures", "calm-12bpm.wav"), 1,
                () -> clock[0], nanos -> {
                    sleeps.add(nanos);
                    clock[0] += nanos;
                });
        List<Object> events = new ArrayList<>();
        source.run(new SourceListener() {
            @Override
            public void onPhaseStarted(PhaseStarted e) {
                events.add(e);
                // each event arrives no earlier than its stream time on the (simulated) wall clock
                assertThat(clock[0] / 1e9).isGreaterThanOrEqualTo(e.emittedS() - 1024 / 16000.0 - 1e-9);
            }

            @Override
            public void onStatus(SourceStatus s) {
                events.add(s);
            }
        });
        assertThat(clock[0] / 1e9).as("30 s of audio take 30 s").isCloseTo(30.0, org.assertj.core.api.Assertions.within(0.07));
        assertThat(events.get(0)).isInstanceOfSatisfying(SourceStatus.class,
                s -> assertThat(s.status()).isEqualTo(SourceStatus.Kind.STARTED));
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(SourceStatus.class,
                s -> assertThat(s.status()).isEqualTo(SourceStatus.Kind.STOPPED));
        assertThat(events.stream().filter(PhaseStarted.class::isInstance).count()).isEqualTo(10);
    }

    @Test
    void aLoopedRecordingRunsOnWithStreamTimeUntilClosed() throws Exception {
        long[] clock = {0};
        FileReplaySource source = new FileReplaySource(Path.of("audio-fixtures", "calm-12bpm.wav"), 20,
                () -> clock[0], nanos -> clock[0] += nanos).looping();
        List<PhaseStarted> phases = new ArrayList<>();
        List<SourceStatus> statuses = new ArrayList<>();
        source.run(new SourceListener() {
            @Override
            public void onPhaseStarted(PhaseStarted e) {
                phases.add(e);
                if (e.startS() > 80) {
                    source.close();
                }
            }

            @Override
            public void onStatus(SourceStatus s) {
                statuses.add(s);
            }
        });
        assertThat(source.description()).endsWith("20.0x speed, looped");
        assertThat(phases.size()).as("three passes of 10 phases, give or take the seams").isBetween(26, 34);
        for (int i = 1; i < phases.size(); i++) {
            assertThat(phases.get(i).startS()).isGreaterThan(phases.get(i - 1).startS());
        }
        assertThat(clock[0] / 1e9).as("20x faster than real time").isBetween(80 / 20.0, 82 / 20.0);
        assertThat(statuses.get(statuses.size() - 1).status()).isEqualTo(SourceStatus.Kind.STOPPED);
    }

    @Test
    void aMutedStretchIsReportedAndItsEnd() {
        MutedWatch w = new MutedWatch();
        float[] zeros = new float[1000];
        float[] sound = {0.1f, -0.1f};
        int changes = 0;
        double t = 0;
        for (int i = 0; i < 40; i++) {
            changes += w.accept(zeros, zeros.length, t, t + 0.1) == 1 ? 1 : 0;
            t += 0.1;
        }
        assertThat(changes).isEqualTo(1);
        assertThat(w.changedAtS()).as("silent since the first block of zeros").isZero();
        float[] late = new float[1000];
        late[250] = 0.1f; // sound comes back a quarter of the way into the block
        assertThat(w.accept(late, late.length, t, t + 0.1)).isEqualTo(-1);
        assertThat(w.changedAtS()).as("back at its first sample that is not zero").isCloseTo(t + 0.025, within(1e-9));
        assertThat(w.accept(sound, 2, t + 0.1, t + 0.1002)).isZero();
    }

    @Test
    void stoppingEndsTheAudioThreadWithinHalfASecond() throws Exception {
        for (int i = 0; i < 5; i++) {
            FileReplaySource source = FileReplaySource.realTime(Path.of("audio-fixtures", "calm-12bpm.wav"), 1);
            source.start(new SourceListener() { });
            Thread.sleep(50);
            long start = System.nanoTime();
            source.close();
            assertThat(source.running()).isFalse();
            assertThat((System.nanoTime() - start) / 1e6).isLessThan(500);
        }
    }
}
