package org.breathpace.breath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SwellTest} on synthetic ratio streams: a steady room, then swells of the band. */
class SwellTestTest {
    /** A room frame's ratio: mean 1.25 with a 17 % spread, as a steady noise's band gives. */
    private static double room(Random rnd) {
        return 1.25 * (1 + 0.17 * rnd.nextGaussian());
    }

    private static void feed(SwellTest t, FrameFeatures f, double wind, double hiss, boolean isRoom) {
        f.windRatio = wind;
        f.hissRatio = hiss;
        t.accept(f);
        t.learn(isRoom);
    }

    private static SwellTest learnedRoom(Random rnd, FrameFeatures f) {
        SwellTest t = new SwellTest();
        for (int i = 0; i < 300; i++) {
            feed(t, f, room(rnd), room(rnd), true);
        }
        return t;
    }

    @Test
    void givesNoScoreUntilTheRoomIsLearned() {
        Random rnd = new Random(1);
        FrameFeatures f = new FrameFeatures();
        SwellTest t = new SwellTest();
        for (int i = 0; i < SwellTest.WARM_UP_FRAMES; i++) {
            assertThat(t.ready()).isFalse();
            feed(t, f, 10, 10, true);
            assertThat(t.zWind()).isZero();
            assertThat(t.riseDb()).isZero();
        }
        for (int i = 0; i < 200; i++) {
            feed(t, f, room(rnd), room(rnd), true);
        }
        assertThat(t.ready()).isTrue();
    }

    @Test
    void aSteadyRoomScoresNearZeroAndAFaintSwellStandsFarOut() {
        Random rnd = new Random(2);
        FrameFeatures f = new FrameFeatures();
        SwellTest t = learnedRoom(rnd, f);
        double largest = 0;
        for (int i = 0; i < 1000; i++) {
            feed(t, f, room(rnd), room(rnd), true);
            largest = Math.max(largest, Math.max(t.zWind(), t.zHiss()));
        }
        assertThat(largest).as("largest score of 1000 room frames").isLessThan(4.5);
        assertThat(t.steadyRoom()).isTrue();
        // The wind bands swell by 2.5 dB (a factor of 1.78): far too little for single bins
        // (EXCESS_FACTOR is 7 dB), plain in the mean over the band within three frames.
        for (int i = 0; i < SwellTest.SMOOTH_FRAMES; i++) {
            feed(t, f, room(rnd) * 1.78, room(rnd), false);
        }
        assertThat(t.zWind()).isGreaterThan(5);
        assertThat(t.zHiss()).isLessThan(4.5);
        assertThat(t.riseDb()).isBetween(1.5, 3.5);
    }

    @Test
    void framesThatAreNotRoomTeachNothing() {
        Random rnd = new Random(3);
        FrameFeatures f = new FrameFeatures();
        SwellTest t = learnedRoom(rnd, f);
        for (int i = 0; i < 300; i++) {
            feed(t, f, room(rnd) * 2, room(rnd), false);
        }
        assertThat(t.zWind()).as("a long swell judged breath is not learned as room").isGreaterThan(10);
    }

    @Test
    void aFewLoudRoomFramesNeitherWidenTheSpreadNorLiftTheMeanMuch() {
        // Two tests fed the same room; one of them also gets a click the segmenter took for room
        // (ten times the room) one frame in 50. A 3 dB swell afterwards scores nearly the same in both.
        Random a = new Random(4);
        Random b = new Random(4);
        FrameFeatures f = new FrameFeatures();
        SwellTest clean = learnedRoom(a, f);
        SwellTest clicked = learnedRoom(b, f);
        for (int i = 0; i < 300; i++) {
            double w = room(a);
            double h = room(a);
            feed(clean, f, w, h, true);
            room(b);
            feed(clicked, f, i % 50 == 0 ? 12.5 : w, room(b), true);
        }
        for (int i = 0; i < SwellTest.SMOOTH_FRAMES; i++) {
            double w = room(a) * 2;
            double h = room(a);
            feed(clean, f, w, h, false);
            feed(clicked, f, w, h, false);
        }
        assertThat(clean.zWind()).isGreaterThan(6);
        assertThat(clicked.zWind()).isGreaterThan(0.75 * clean.zWind());
    }

    @Test
    void digitalSilenceBetweenSoundsIsNoSteadyRoom() {
        FrameFeatures f = new FrameFeatures();
        SwellTest t = new SwellTest();
        // Gated input: the room's floor is its minimum, and murmurs lift the ratio a thousandfold.
        for (int i = 0; i < 300; i++) {
            feed(t, f, i % 10 < 3 ? 3000 : 0, i % 10 < 3 ? 3000 : 0, true);
        }
        assertThat(t.ready()).isTrue();
        assertThat(t.steadyRoom()).isFalse();
    }
}
