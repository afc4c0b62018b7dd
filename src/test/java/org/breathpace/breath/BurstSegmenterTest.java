package org.breathpace.breath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurstSegmenterTest {
    static final double FRAME_S = 0.032;

    final List<String> events = new ArrayList<>();
    final BurstSegmenter segmenter = new BurstSegmenter(FRAME_S, new BurstSink() {
        @Override
        public void burstStarted(double startS, double emittedS, BurstStats onset) {
            events.add(String.format(java.util.Locale.ROOT, "start %.2f at %.2f", startS, emittedS));
        }

        @Override
        public void burstEnded(double startS, double endS, double emittedS, BurstStats whole) {
            events.add(String.format(java.util.Locale.ROOT, "end %.2f-%.2f", startS, endS));
        }
    });

    /** A frame {@code db} dB above a room at -60 dBFS, with the given tonality. */
    private void frame(double db, double tonality) {
        segmenter.accept(features(db, tonality), true);
    }

    private static FrameFeatures features(double db, double tonality) {
        FrameFeatures f = new FrameFeatures();
        f.noisePower = 1e-6;
        f.excessPower = f.noisePower * Math.pow(10, db / 10);
        f.excessLow = f.excessPower / 2;
        f.excessHigh = f.excessPower / 2;
        f.tonality = tonality;
        f.coverage = 0.8;
        return f;
    }

    private void frames(int n, double db) {
        for (int i = 0; i < n; i++) {
            frame(db, 0.1);
        }
    }

    @Test
    void aSecondLongSwellIsOneBurstAnnouncedWithinAQuarterSecond() {
        frames(20, -20);
        frames(31, 15);
        frames(20, -20);
        assertThat(events).hasSize(2);
        String[] start = events.get(0).split(" ");
        double startS = Double.parseDouble(start[1]);
        double emitted = Double.parseDouble(start[3]);
        assertThat(startS).as("onset within a frame of the swell").isBetween(0.64 - FRAME_S - 1e-9, 0.64 + 1e-9);
        assertThat(emitted - 0.64).as("decision delay").isLessThanOrEqualTo(0.25);
        assertThat(events.get(1)).endsWith("-1.63");
    }

    /** Seconds from the burst's first loud frame (0.64 s, after 20 quiet frames) to its announcement (printed to 0.01 s). */
    private double announcementDelay() {
        assertThat(events).isNotEmpty();
        return Double.parseDouble(events.get(0).split(" ")[3]) - 0.64;
    }

    @Test
    void aSwellClearlyOutOfTheRoomIsAnnouncedAFrameEarly() {
        frames(20, -20);
        for (double db : new double[] {6, 9, 12, 15, 18, 20}) {
            frame(db, 0.1);
        }
        assertThat(announcementDelay()).as("four frames of a strong swell").isCloseTo(4 * FRAME_S, org.assertj.core.data.Offset.offset(0.006));
    }

    @Test
    void aSmoothSwellOfNoiseOutOfAQuietRoomIsAnnouncedTwoFramesEarly() {
        frames(20, -20);
        frame(-8, 0.1); // the swell's quiet start, under the threshold
        for (double db : new double[] {4, 10, 14, 17, 19, 20}) {
            frame(db, 0.1);
        }
        assertThat(announcementDelay() - FRAME_S).as("three frames over the threshold")
                .isCloseTo(3 * FRAME_S, org.assertj.core.data.Offset.offset(0.006));
    }

    @Test
    void aSwellThatStepsUpAtOnceWaitsLonger() {
        // the same swell, but its first frame jumps 17 dB above what came before (a pop, a gate opening)
        frames(20, -20);
        frame(-8, 0.1);
        for (double db : new double[] {9, 12, 15, 18, 20, 20}) {
            frame(db, 0.1);
        }
        assertThat(announcementDelay() - FRAME_S).as("four frames: the fast rule, not the early one")
                .isCloseTo(4 * FRAME_S, org.assertj.core.data.Offset.offset(0.006));
    }

    @Test
    void aSwellWithATonalFrameWaitsLonger() {
        frames(20, -20);
        frame(-8, 0.1);
        frame(4, 0.1);
        frame(10, 0.35); // a tonal frame: could be a word's start
        for (double db : new double[] {14, 17, 19, 20}) {
            frame(db, 0.1);
        }
        assertThat(announcementDelay() - FRAME_S).isCloseTo(4 * FRAME_S, org.assertj.core.data.Offset.offset(0.006));
    }

    @Test
    void aSwellWithAFrameOfHeldNotesWaitsLonger() {
        frames(20, -20);
        frame(-8, 0.1);
        frame(4, 0.1);
        FrameFeatures held = features(10, 0.1);
        held.persistence = 0.6; // its spectral peaks stayed where they were: held notes
        segmenter.accept(held, true);
        for (double db : new double[] {14, 17, 19, 20}) {
            frame(db, 0.1);
        }
        assertThat(announcementDelay() - FRAME_S).isCloseTo(4 * FRAME_S, org.assertj.core.data.Offset.offset(0.006));
    }

    @Test
    void aSwellInsideOtherSoundWaitsLonger() {
        // a knock, then a smooth swell that begins while the knock still rings: not out of a quiet room
        frames(20, -20);
        for (double db : new double[] {40, 30, 20, 10, 5}) {
            frame(db, 0.1);
        }
        int before = events.size();
        for (double db : new double[] {4, 10, 14, 17, 19, 20, 20}) {
            frame(db, 0.1);
        }
        assertThat(events).hasSizeGreaterThan(before);
        assertThat(events.get(before)).startsWith("start");
        double emitted = Double.parseDouble(events.get(before).split(" ")[3]);
        assertThat(emitted - 25 * FRAME_S).as("not the early rule").isGreaterThan(3 * FRAME_S + 0.006);
    }

    @Test
    void aSoundBarelyOverTheThresholdWaitsTheFullOnsetTime() {
        frames(20, -20);
        frames(8, -1);
        assertThat(announcementDelay()).as("weak evidence: the full onset time")
                .isCloseTo(5 * FRAME_S, org.assertj.core.data.Offset.offset(0.006));
    }

    @Test
    void aSoundAlreadyFallingFromItsPeakWaitsTheFullOnsetTime() {
        frames(20, -20);
        for (double db : new double[] {10, 16, 22, 19, 19, 19, 19}) {
            frame(db, 0.1);
        }
        assertThat(announcementDelay()).as("past its peak: the full onset time")
                .isCloseTo(5 * FRAME_S, org.assertj.core.data.Offset.offset(0.006));
    }

    @Test
    void aShortPopThatPeaksAndFallsIsNotAnnouncedEarly() {
        // Loud, four frames long, past its peak in the fourth: as in real recordings' lip pops.
        frames(20, -20);
        for (double db : new double[] {30, 50, 60, 48}) {
            frame(db, 0.1);
        }
        frames(20, -20);
        assertThat(events).isEmpty();
    }

    @Test
    void aClickIsTooShortToBeABreath() {
        frames(20, -20);
        frames(2, 30);
        frames(20, -20);
        assertThat(events).isEmpty();
    }

    @Test
    void aKnockThatDiesAwayIsNotABreath() {
        frames(20, -20);
        for (int i = 0; i < 12; i++) {
            frame(40 - 5 * i, 0.1);
        }
        frames(20, -20);
        assertThat(events).isEmpty();
    }

    /** A frame of low wind (or, if not, of hiss) {@code db} dB above the room. */
    private void shaped(double db, boolean wind) {
        FrameFeatures f = features(db, 0.1);
        f.excessLow = wind ? f.excessPower * 0.9 : f.excessPower * 0.1;
        f.excessHigh = f.excessPower - f.excessLow;
        segmenter.accept(f, true);
    }

    /** A door's boom: loudest at once, then dying away by about 3 dB a frame, but wavering. */
    private static final double[] SLAM = {60, 55, 50, 53, 49, 44, 40, 36, 31, 27, 22, 18, 13, 9, 4, 0, -5};

    @Test
    void aSlammedDoorsWaveringBoomIsNotABreath() {
        frames(20, -20);
        for (double db : SLAM) {
            shaped(db, true);
        }
        frames(20, -20);
        assertThat(events).isEmpty();
    }

    /** The same shape in hiss: a short shallow breath that starts at its loudest and fades. */
    @Test
    void aHissThatFadesAsFastIsStillABreath() {
        frames(20, -20);
        for (double db : SLAM) {
            shaped(db, false);
        }
        frames(20, -20);
        assertThat(events).hasSize(2);
    }

    @Test
    void aTonalSoundIsNotABreath() {
        frames(20, -20);
        for (int i = 0; i < 30; i++) {
            frame(15, 0.8);
        }
        frames(20, -20);
        assertThat(events).isEmpty();
    }

    @Test
    void aDeepDipBetweenTwoSwellsSplitsThem() {
        frames(20, -20);
        frames(30, 30);
        frames(4, 0);
        frames(30, 30);
        frames(20, -20);
        assertThat(events).hasSize(4);
        assertThat(events.get(0)).startsWith("start");
        assertThat(events.get(1)).startsWith("end");
        assertThat(events.get(2)).startsWith("start");
        assertThat(events.get(3)).startsWith("end");
    }

    /**
     * {@code n} frames whose whole addition {@link FrameAnalyzer} set aside as voiced (excess 0,
     * tonality 1), with the band {@code db} dB above the room.
     */
    private void voiced(int n, double db) {
        for (int i = 0; i < n; i++) {
            FrameFeatures f = new FrameFeatures();
            f.noisePower = 1e-6;
            f.bandPower = f.noisePower * (1 + Math.pow(10, db / 10));
            f.tonality = 1;
            segmenter.accept(f, true);
        }
    }

    @Test
    void voiceInsideAStrongBreathDoesNotEndOrSplitIt() {
        // Real exhales (a sigh) carry voiced moments as loud as the breath, which the analyser
        // sets aside whole: they are not a gap.
        frames(20, -20);
        frames(15, 30);
        voiced(6, 30);
        frames(15, 30);
        frames(20, -20);
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isEqualTo("end 0.61-1.79");
    }

    @Test
    void voiceAfterTheBreathHasFadedEndsItAsBefore() {
        frames(20, -20);
        frames(15, 30);
        frames(4, 15);
        voiced(6, 30);
        frames(15, 30);
        frames(20, -20);
        assertThat(events).hasSize(4);
    }

    @Test
    void voiceQuieterThanTheBreathEndsIt() {
        frames(20, -20);
        frames(15, 30);
        voiced(6, 20);
        frames(15, 30);
        frames(20, -20);
        assertThat(events).hasSize(4);
    }

    @Test
    void talkAfterABreathEndsItWhereTheBreathEnded() {
        frames(20, -20);
        frames(15, 30);
        voiced(40, 30);
        frames(20, -20);
        assertThat(events).containsExactly("start 0.61 at 0.77", "end 0.61-1.12");
    }

    @Test
    void aBreathCutByTwoVoicedFramesIsDatedFromItsFirstSound() {
        // A breath that starts under a word: two frames whose voicing just passes the threshold
        // close the candidate, and the breath opens again after them. Its start is the sound
        // before them (0.64 s, and the frame before it, as for any swell), not 0.77 s.
        frames(20, -20);
        frames(2, 15);
        voiced(2, 30);
        frames(15, 15);
        frames(20, -20);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).startsWith("start 0.61 ");
    }

    @Test
    void aBreathAfterAWordIsDatedFromTheWordsEnd() {
        // The unvoiced start of a word, then its voiced part (eight frames, a quarter of a second),
        // then a breath: the word is not crossed, the breath starts after it.
        frames(20, -20);
        frames(2, 15);
        voiced(8, 30);
        frames(15, 15);
        frames(20, -20);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).startsWith("start 0.96 ");
    }

    @Test
    void aFaintSwellOutOfDigitalSilenceIsABreath() {
        // A gated input at its quietest: the room is the quantisation's level (−125 dBFS a bin,
        // about −102 over the band) and the breath adds −90 dBFS at most.
        FrameFeatures silence = new FrameFeatures();
        silence.noisePower = 6e-11;
        for (int i = 0; i < 20; i++) {
            segmenter.accept(silence, true);
        }
        for (double dbfs : new double[] {-100, -96, -93, -91, -90, -90, -90, -91, -92, -93, -94, -96, -98}) {
            FrameFeatures f = new FrameFeatures();
            f.noisePower = silence.noisePower;
            f.excessPower = Math.pow(10, dbfs / 10);
            f.excessLow = f.excessPower / 2;
            f.excessHigh = f.excessPower / 2;
            f.coverage = 0.8;
            segmenter.accept(f, true);
        }
        for (int i = 0; i < 20; i++) {
            segmenter.accept(silence, true);
        }
        assertThat(events).hasSize(2);
        // from its first frame at −95 dBFS or more (the 23rd)
        assertThat(events.get(0)).startsWith("start 0.70 ");
    }

    @Test
    void nothingStartsBeforeTheRoomIsLearned() {
        FrameFeatures f = new FrameFeatures();
        f.noisePower = 1e-6;
        f.excessPower = 1e-3;
        for (int i = 0; i < 30; i++) {
            segmenter.accept(f, false);
        }
        assertThat(events).isEmpty();
    }
}
