package org.breathpace.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;
import org.breathpace.audio.FakeLine.Mode;
import org.breathpace.audio.FakeLine.Step;
import org.breathpace.audio.SourceStatus.Kind;
import org.junit.jupiter.api.Test;

/** Every fault of the capture line, through a fake line that fails on demand. */
class MicrophoneSourceFaultsTest {

    /** Records statuses (any thread) with the thread that reported them. */
    static final class Recorder implements SourceListener {
        record Seen(SourceStatus status, String thread) { }

        final BlockingQueue<Seen> statuses = new LinkedBlockingQueue<>();
        final List<Kind> all = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void onStatus(SourceStatus s) {
            all.add(s.status());
            statuses.add(new Seen(s, Thread.currentThread().getName()));
        }

        /** Waits for the next status of the given kind (others are skipped), at most 5 s. */
        Seen await(Kind kind) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                Seen s = statuses.poll(50, TimeUnit.MILLISECONDS);
                if (s != null && s.status().status() == kind) {
                    return s;
                }
            }
            throw new AssertionError("no " + kind + " status within 5 s");
        }
    }

    @Test
    void noCaptureDeviceIsOneSentenceThatOffersARecording() {
        assertThatThrownBy(() -> CaptureDevices.choose(null, List.of()))
                .isInstanceOf(AudioInputException.class)
                .hasMessage("No microphone was found: plug one in (or check that the system sees it),"
                        + " or use --input FILE to replay a recording instead.");
        List<CaptureDevices.Device> one = List.of(new CaptureDevices.Device(0, "USB Mic", "", List.of("44100 Hz mono")));
        assertThatThrownBy(() -> CaptureDevices.choose("headset", one)).hasMessageContaining("No capture device matches \"headset\"");
        assertThatThrownBy(() -> CaptureDevices.choose("3", one)).hasMessageContaining("breathpace devices");
    }

    @Test
    void aDeviceThatIsBusyOrRefusesEveryFormatIsNamedAndNothingStarts() throws Exception {
        int[] tries = {0};
        assertThatThrownBy(() -> CaptureDevices.open("\"USB Mic\"", info -> {
            tries[0]++;
            throw new LineUnavailableException("Device or resource busy");
        }, 1024)).isInstanceOf(AudioInputException.class)
                .hasMessage("Could not open \"USB Mic\" (Device or resource busy): close other programs that are using it,"
                        + " or pick another with --device (see 'breathpace devices').");
        assertThat(tries[0]).as("every rate, mono and stereo").isEqualTo(6);
        assertThatThrownBy(() -> CaptureDevices.open("the default microphone", info -> {
            throw new IllegalArgumentException(null, null);
        }, 1024)).hasMessageContaining("it accepted none of the formats tried");

        // the first format the device accepts is the one used
        TargetDataLine accepting = (TargetDataLine) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TargetDataLine.class}, (proxy, method, args) -> null);
        int[] calls = {0};
        TargetDataLine line = CaptureDevices.open("x", info -> {
            if (calls[0]++ < 2) {
                throw new IllegalArgumentException("44.1 kHz not supported");
            }
            return accepting;
        }, 1024);
        assertThat(line).isSameAs(accepting);

        MicrophoneSource source = new MicrophoneSource("USB", (d, f) -> {
            throw new AudioInputException("Could not open \"USB\" (busy): close other programs that are using it.");
        }, System::nanoTime);
        Recorder r = new Recorder();
        assertThatThrownBy(() -> source.start(r)).isInstanceOf(AudioInputException.class);
        assertThat(source.running()).isFalse();
        assertThat(r.statuses).isEmpty();
        source.close(); // closing a source that never started is harmless
    }

    @Test
    void aDeviceThatDisappearsMidStreamEndsWithInputLost() throws Exception {
        for (Mode how : new Mode[] {Mode.VANISH, Mode.THROW}) {
            FakeLine line = new FakeLine(16000, new Step(Mode.SOUND, 200), new Step(how, 1));
            MicrophoneSource source = new MicrophoneSource(null, line.opener(), System::nanoTime);
            Recorder r = new Recorder();
            source.start(r);
            Recorder.Seen lost = r.await(Kind.INPUT_LOST);
            assertThat(lost.thread()).isEqualTo("breathpace-audio");
            assertThat(lost.status().message()).contains("unplugged");
            assertThat(lost.status().emittedS()).isCloseTo(200 * 1024 / 16000.0, org.assertj.core.api.Assertions.within(0.1));
            line.reader().join(500);
            assertThat(line.reader().isAlive()).isFalse();
            source.close();
            assertThat(r.all).as("lost once, nothing after").containsExactly(Kind.STARTED, Kind.INPUT_LOST);
        }
    }

    @Test
    void aStalledStreamIsReportedByTheWatchdogAndItsReturnByTheAudioThread() throws Exception {
        FakeLine line = new FakeLine(16000, new Step(Mode.SOUND, 50), new Step(Mode.STALL, 1), new Step(Mode.SOUND, 1));
        AtomicLong clock = new AtomicLong();
        MicrophoneSource source = new MicrophoneSource(null, line.opener(), clock::get);
        Recorder r = new Recorder();
        source.start(r);
        assertThat(line.awaitStall(5000)).isTrue();
        assertThat(r.statuses.stream().map(s -> s.status().status())).doesNotContain(Kind.STALLED);
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1999)); // simulated time: not quite 2 s without samples
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1)); // now 2 s
        Recorder.Seen stalled = r.await(Kind.STALLED);
        assertThat(stalled.thread()).isEqualTo("breathpace-watchdog");
        assertThat(stalled.status().message()).contains("nothing for 2 seconds");
        assertThat(stalled.status().emittedS()).isCloseTo(50 * 1024 / 16000.0, org.assertj.core.api.Assertions.within(0.07));
        line.resume();
        Recorder.Seen back = r.await(Kind.RESUMED);
        assertThat(back.thread()).isEqualTo("breathpace-audio");
        source.close();
        assertThat(r.all).as("one stall, reported once").containsExactly(Kind.STARTED, Kind.STALLED, Kind.RESUMED, Kind.STOPPED);
        assertThat(source.running()).isFalse();
    }

    @Test
    void afterAStallStreamTimeCatchesUpWithTheClock() throws Exception {
        // 50 blocks of 64 ms (3.2 s of sound) arrive by simulated time 3.2 s; then nothing until 8.2 s
        FakeLine line = new FakeLine(16000, new Step(Mode.SOUND, 50), new Step(Mode.STALL, 1), new Step(Mode.SOUND, 1));
        AtomicLong clock = new AtomicLong();
        MicrophoneSource source = new MicrophoneSource(null, line.opener(), clock::get);
        Recorder r = new Recorder();
        java.util.List<Double> levels = new java.util.concurrent.CopyOnWriteArrayList<>();
        source.start(SourceListener.both(r, new SourceListener() {
            @Override
            public void onLevel(double rmsDbfs, double peakDbfs, double startS, double endS) {
                levels.add(startS);
            }
        }));
        assertThat(line.awaitStall(5000)).isTrue();
        clock.set(TimeUnit.MILLISECONDS.toNanos(8200));
        r.await(Kind.STALLED);
        line.resume();
        Recorder.Seen back = r.await(Kind.RESUMED);
        assertThat(back.status().emittedS()).as("5 s lost join stream time").isCloseTo(8.2, org.assertj.core.api.Assertions.within(0.001));
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); levels.size() < 52 && System.nanoTime() < until; ) {
            Thread.onSpinWait(); // the sound after the stall arrives as fast as the fake line gives it
        }
        source.close();
        assertThat(levels.get(49)).as("the last block before the stall").isCloseTo(49 * 0.064, org.assertj.core.api.Assertions.within(0.001));
        assertThat(levels.get(50)).as("the first block after it").isCloseTo(8.2, org.assertj.core.api.Assertions.within(0.001));
        assertThat(levels.get(51)).isCloseTo(8.2 + 0.064, org.assertj.core.api.Assertions.within(0.001));
        assertThat(r.await(Kind.STOPPED).status().emittedS()).isGreaterThan(8.2);
    }

    @Test
    void stallTimingInSimulatedTime() {
        StallWatch w = new StallWatch(0);
        assertThat(w.check(1_999_000_000L)).isFalse();
        assertThat(w.check(2_000_000_000L)).isTrue();
        assertThat(w.check(9_000_000_000L)).as("once per stall").isFalse();
        assertThat(w.dataArrived(9_100_000_000L)).as("back").isTrue();
        assertThat(w.dataArrived(9_200_000_000L)).isFalse();
        assertThat(w.check(11_100_000_000L)).isFalse();
        assertThat(w.check(11_200_000_000L)).isTrue();
    }

    @Test
    void exactZerosAreReportedMutedAndTheirEnd() throws Exception {
        // 16 kHz, 1024-frame reads: 40 reads are 2.56 s of zeros
        FakeLine line = new FakeLine(16000, new Step(Mode.SOUND, 100), new Step(Mode.ZEROS, 40), new Step(Mode.SOUND, 100),
                new Step(Mode.STALL, 1));
        MicrophoneSource source = new MicrophoneSource(null, line.opener(), System::nanoTime);
        Recorder r = new Recorder();
        source.start(r);
        Recorder.Seen muted = r.await(Kind.MUTED);
        assertThat(muted.status().message()).contains("mute");
        assertThat(muted.status().emittedS()).isBetween(100 * 0.064 + 2.0, 100 * 0.064 + 2.1);
        Recorder.Seen back = r.await(Kind.RESUMED);
        assertThat(back.status().emittedS()).isCloseTo(140 * 0.064, org.assertj.core.api.Assertions.within(0.07));
        source.close();
    }

    @Test
    void stoppingEndsTheAudioThreadAndClosesTheLineWithinHalfASecondEveryTime() throws Exception {
        for (int i = 0; i < 20; i++) {
            // half the time the audio thread is busy with samples, half the time blocked waiting for them
            FakeLine line = i % 2 == 0 ? new FakeLine(16000, new Step(Mode.SOUND, 1))
                    : new FakeLine(16000, new Step(Mode.SOUND, 20), new Step(Mode.STALL, 1));
            MicrophoneSource source = new MicrophoneSource(null, line.opener(), System::nanoTime);
            Recorder r = new Recorder();
            source.start(r);
            if (i % 2 == 1) {
                assertThat(line.awaitStall(5000)).isTrue();
            } else {
                r.await(Kind.STARTED);
            }
            long start = System.nanoTime();
            source.close();
            Thread audio = line.reader();
            if (audio != null) {
                audio.join(500 - (System.nanoTime() - start) / 1_000_000);
                assertThat(audio.isAlive()).as("audio thread ended").isFalse();
            }
            assertThat(source.running()).isFalse();
            assertThat(line.isOpen()).isFalse();
            assertThat((System.nanoTime() - start) / 1e6).as("ms to stop").isLessThan(500);
            Recorder.Seen stopped = r.await(Kind.STOPPED);
            assertThat(stopped.thread()).isEqualTo("breathpace-audio");
        }
    }

    @Test
    void theAudioThreadAllocatesNothingPerBlockOnceWarm() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long[] at = new long[4];
        java.util.concurrent.CountDownLatch measured = new java.util.concurrent.CountDownLatch(1);
        FakeLine line = new FakeLine(16000, new Step(Mode.SOUND, 1));
        MicrophoneSource source = new MicrophoneSource(null, line.opener(), System::nanoTime);
        source.start(new SourceListener() {
            long blocks;

            @Override
            public void onLevel(double rmsDbfs, double peakDbfs, double startS, double endS) {
                blocks++;
                if (at[0] == 0 && endS >= 120) {
                    at[0] = threads.getCurrentThreadAllocatedBytes();
                    at[1] = blocks;
                } else if (at[2] == 0 && endS >= 720) {
                    at[2] = threads.getCurrentThreadAllocatedBytes();
                    at[3] = blocks;
                    measured.countDown();
                }
            }
        });
        assertThat(measured.await(60, TimeUnit.SECONDS)).isTrue();
        source.close();
        long bytes = at[2] - at[0];
        long blocks = at[3] - at[1];
        System.out.printf(java.util.Locale.ROOT, "audio thread, 600 s of room noise after 120 s of warm-up: %d bytes"
                + " allocated over %d blocks of 1024 frames (%.1f bytes a block; the 600 quality reports included)%n",
                bytes, blocks, bytes / (double) blocks);
        // about 600 one-second quality reports (a record and its list, ~100 bytes each) and nothing per block
        assertThat(bytes / (double) blocks).as("bytes per block").isLessThan(12);
    }
}
