package org.breathpace.breath;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Finds bursts of breath-like sound in a stream of {@link FrameFeatures}: a hysteresis gate on
 * the level above the room, a minimum length before a burst is believed (clicks and knocks are
 * shorter; a burst clearly out of the room and still swelling is believed a frame sooner, and one
 * that swells smoothly out of a quiet room as noise-like sound two frames sooner), a check of the
 * attack (a slammed door peaks at once and dies away; breath swells), a check of
 * tonality (voice and music), and a split where a burst dips deep and swells again (an inhale
 * running straight into an exhale).
 *
 * <p>In a loud room (the recent breaths under {@link #SWELL_ENGAGE_DB} in-band SNR against a
 * steady noise) a {@link SwellTest} of the band as a whole also opens bursts, dates their starts
 * back to where the swell began, and holds a burst so opened while its own half of the band (wind
 * or hiss) stays up; elsewhere it changes nothing, but for dating the first measured breath when
 * it is still faint against a steady room as it is announced.
 *
 * <p>Not thread-safe; no allocation after construction.
 */
final class BurstSegmenter {
    /** Level above the room (dB, see {@link FrameFeatures#excessDb}) that opens a burst. */
    static final double ON_DB = -3;
    /** A frame this far above the room (three-frame mean) may be the quiet start of a burst. */
    static final double BACKTRACK_DB = -13;
    /** Level below which a burst is closing. */
    static final double OFF_DB = -7;
    /**
     * Quietest sound above the room that can be a breath, dBFS: about 16-bit quantisation's own
     * noise. A breath whose loudest moments reach only −40 dBFS (the quietest input the detector
     * is built for) begins and ends 40-50 dB under them, and on a gated input nothing else tells
     * it from silence.
     */
    static final double MIN_LEVEL_DBFS = -95;
    /**
     * How long a burst must last before it is announced (the detector's decision delay), unless it
     * qualifies for {@link #FAST_ONSET_S}.
     */
    static final double ONSET_S = 0.17;
    /**
     * How long a burst that is clearly out of the room ({@link #FAST_EVIDENCE_DB}) and still
     * swelling must last before it is announced: a frame sooner than {@link #ONSET_S}.
     */
    static final double FAST_ONSET_S = 0.13;
    /**
     * Evidence for an early announcement: the candidate's frames' levels above {@link #ON_DB},
     * summed (dB·frames). A breath rising well out of the room has it; one at the threshold waits.
     */
    static final double FAST_EVIDENCE_DB = 10;
    /**
     * An early announcement needs the latest frame within this of the candidate's loudest one: a
     * breath is still swelling then, while a short pop or knock has begun to die away (it waits
     * for {@link #ONSET_S}, where the attack check of {@link #TRANSIENT_DROP_DB} judges it).
     */
    static final double FAST_MAX_DROP_DB = 1;
    /**
     * How long a burst must last before it is announced when it leaves no doubt (see
     * {@link #clearlyBreathEarly}): about three frames, two fewer than {@link #ONSET_S}. Never
     * fewer than three frames, the least in which a swell can be told from a step.
     */
    static final double EARLY_ONSET_S = 0.10;
    /** Evidence ({@link #FAST_EVIDENCE_DB}'s sum) an announcement after {@link #EARLY_ONSET_S} needs. */
    static final double EARLY_EVIDENCE_DB = 20;
    /**
     * Largest rise from one frame to the next (dB above the room) of a burst announced after
     * {@link #EARLY_ONSET_S}: breath swells over a tenth of a second or more, while a lip pop, a
     * click or a noise gate opening steps up at once. The frame before the burst counts as at least
     * {@link #BACKTRACK_DB}, so a burst out of digital silence (a gated input) always waits longer.
     */
    static final double EARLY_MAX_STEP_DB = 15;
    /**
     * Most tonal energy any frame of a burst announced after {@link #EARLY_ONSET_S} may hold: the
     * unvoiced start of a word can follow a tonal frame.
     */
    static final double EARLY_MAX_TONALITY = 0.3;
    /** How long the level must stay low before a burst is over. */
    static final double END_GAP_S = 0.16;
    /** A burst longer than this is the room changing, not a breath. */
    static final double MAX_BURST_S = 15;
    /** Attack that marks a knock or slam: the first frames this much louder than the latest. */
    static final double TRANSIENT_DROP_DB = 12;
    /**
     * Also a knock or slam: a candidate of low wind rather than hiss, loudest in its very first
     * frame and dying away since at this rate or faster (the least-squares slope of its frames'
     * levels, dB per second), by at least {@link #DYING_MIN_DROP_DB}. A slammed door's boom decays
     * by about 10 dB a tenth of a second, but frame by frame it wavers, so that when the
     * announcement was due its latest frame could stand less than {@link #TRANSIENT_DROP_DB} under
     * its first: mixed into the labelled real clips, slams gave a phantom breath for one in five.
     * The slope over all the frames does not waver so. Hiss is left out: short shallow breaths
     * that start at their loudest and fade as fast are hiss, and were lost with it.
     */
    static final double DYING_DB_PER_S = 60;
    /** Least drop from the first frames to the latest of a sound dying away as {@link #DYING_DB_PER_S} says, dB. */
    static final double DYING_MIN_DROP_DB = 8;
    /** After this long a rejected sound is judged afresh (a breath may follow a word directly). */
    static final double REJECT_HOLD_S = 0.2;
    /** Share of tonal energy above which a burst is voice or music. */
    static final double MAX_TONALITY = 0.45;
    /** A dip this far below the burst's loudest moment (smoothed) may separate two phases… */
    static final double SPLIT_DIP_DB = 22;
    /** …if the sound then swells again by this much above the dip. */
    static final double SPLIT_RISE_DB = 10;
    /**
     * Sound this far under the recent breaths' loudest moments counts as quiet, however far it is
     * above the room: on noise-gated inputs the "room" is digital silence, and murmurs between
     * breaths must neither start a breath nor hold one open.
     */
    static final double RELATIVE_GATE_DB = 35;
    /** Recent breaths whose loudness sets that gate. */
    static final int RECENT_PEAKS = 8;
    /**
     * Voice inside a breath: real exhales (a sigh, a loud breath out through the throat) carry
     * moments that {@link FrameAnalyzer} judges voiced and sets aside whole, so that they look
     * like silence. A frame so set aside (tonality {@link #VOICED_TONALITY}) whose band still stands
     * this far above the room, dB, is sound, not a gap: it neither ends a burst under way nor
     * makes a dip that splits it…
     */
    static final double VOICED_HOLD_DB = 10;
    /** …and is within this of the burst's loudest moment, dB (the breath's own voice, not talk over it)… */
    static final double VOICED_WITHIN_DB = 6;
    /**
     * …and the breath's own (noise-like) sound was still within this of its loudest moment when
     * the voice took over, dB: voice over a breath that had already faded away is not the breath…
     */
    static final double VOICED_FROM_DB = 10;
    /** …while it is at least this tonal (all it adds was set aside)… */
    static final double VOICED_TONALITY = 0.99;
    /** …for at most this long in a row, s: longer is speech or music after the breath, which ends it. */
    static final double VOICED_HOLD_S = 0.25;
    /**
     * Longest run of voiced frames (as {@link #VOICED_HOLD_DB} defines them) that the walk back to
     * where a burst began crosses, s: a breath that starts under a word can be cut in two by a
     * frame or two whose voicing just passes {@link FrameAnalyzer#VOICED}, and its start is then
     * the sound before them, not the first frame after them. A longer run is the word itself.
     */
    static final double BACKTRACK_VOICED_S = 0.1;

    /**
     * In-band SNR (dB, see {@link SwellTest#riseDb}) under which the recent breaths count as faint
     * against the room, so that {@link SwellTest} may open bursts and date their starts.
     */
    static final double SWELL_ENGAGE_DB = 8;
    /** Score ({@link SwellTest#zWind}, {@link SwellTest#zHiss}) at which a swell opens a candidate while the test is engaged. */
    static final double SWELL_ON_Z = 5;
    /** Score that keeps a candidate or burst opened while the test was engaged going (besides the level test). */
    static final double SWELL_HOLD_Z = 3;
    /**
     * Score down to which a swell's start is dated back: a standard deviation over the room. The
     * walk back stops at the first frame under it, so in room alone it goes at most a frame or two
     * too far, while a slow swell (a breath rising over a second) is dated 0.05-0.15 s nearer its start
     * than at two standard deviations.
     */
    static final double SWELL_BACK_Z = 1;

    private enum State { IDLE, CANDIDATE, ACTIVE, REJECTED }

    private final double frameS;
    private final int onsetFrames;
    private final int fastOnsetFrames;
    private final int earlyOnsetFrames;
    private final int endGapFrames;
    private final int maxFrames;
    private final int voicedHoldFrames;
    private final int backtrackVoicedFrames;
    private final BurstSink sink;
    private final BurstStats current = new BurstStats();
    private final double[] recentDb = new double[16];
    /** Which of the frames of {@link #recentDb} were voiced sound well above the room ({@link #voicedSound}). */
    private final boolean[] recentVoiced = new boolean[recentDb.length];
    private final double[] recentZWind = new double[16];
    private final double[] recentZHiss = new double[16];
    private final SwellTest swell = new SwellTest();
    /** The candidate's levels against time, for {@link #dyingAway} (Commons Math's least squares, reused). */
    private final SimpleRegression fade = new SimpleRegression();
    private final double[] recentSwellDb = new double[RECENT_PEAKS];
    private int swellCount;
    /** Upper quartile of {@link #recentSwellDb}; infinite before any burst was measured. */
    private double swellQuartileDb = Double.POSITIVE_INFINITY;
    private double burstSwellDb;
    /** Whether the candidate or burst under way was opened while the swell test was engaged. */
    private boolean swellMode;
    /** Whether the swell that counts for the candidate or burst under way is the hiss (else the wind). */
    private boolean swellHiss;
    private final double[] recentPeaks = new double[RECENT_PEAKS];
    private final double[] sortedPeaks = new double[RECENT_PEAKS];
    private int peakCount;
    /** Median of {@link #recentPeaks}, dBFS, kept up to date as bursts end (only then does it change). */
    private double typicalPeakDbfs;
    private double smoothDb;

    private State state = State.IDLE;
    private long frame = -1;
    private long startFrame;
    private long lastLoudFrame;
    private int quietRun;
    private int voicedRun;
    private double burstPeakDb;
    private double valleyDb;
    private double evidenceDb;
    /** Whether the candidate began out of a quiet frame (not inside other sound). */
    private boolean fromQuiet;
    /** The candidate's largest frame-to-frame rise, its most tonal and most persistent frame. */
    private double maxStepDb;
    private double maxTonality;
    private double maxPersistence;
    private double lastDb;
    private double lastRoomDbfs;
    private long valleyFrame = -1;

    /**
     * @param frameS length of one frame, seconds
     * @param sink   receives the bursts
     */
    BurstSegmenter(double frameS, BurstSink sink) {
        this.frameS = frameS;
        this.onsetFrames = Math.max(2, (int) Math.round(ONSET_S / frameS));
        this.fastOnsetFrames = Math.max(2, Math.min(onsetFrames, (int) Math.round(FAST_ONSET_S / frameS)));
        this.earlyOnsetFrames = Math.max(3, Math.min(fastOnsetFrames, (int) Math.round(EARLY_ONSET_S / frameS)));
        this.endGapFrames = Math.max(1, (int) Math.round(END_GAP_S / frameS));
        this.maxFrames = (int) Math.round(MAX_BURST_S / frameS);
        this.voicedHoldFrames = (int) Math.round(VOICED_HOLD_S / frameS);
        this.backtrackVoicedFrames = (int) Math.round(BACKTRACK_VOICED_S / frameS);
        this.sink = sink;
        java.util.Arrays.fill(recentDb, Double.NEGATIVE_INFINITY);
    }

    /** Whether the last frame belonged to no burst, so the room estimate may learn from it. */
    boolean lastFrameWasRoom() {
        return state == State.IDLE;
    }

    /** Whether a burst has gone on so long that the room estimate should catch up faster. */
    boolean stuck() {
        return (state == State.ACTIVE || state == State.REJECTED) && frame - startFrame > maxFrames;
    }

    /** Whether a burst is under way (announced and not yet ended). */
    boolean inBurst() {
        return state == State.ACTIVE;
    }

    /** Feeds the next frame; {@code settled} is false while the room estimate is still being formed. */
    void accept(FrameFeatures f, boolean settled) {
        frame++;
        swell.accept(f);
        recentZWind[(int) (frame % recentZWind.length)] = swell.zWind();
        recentZHiss[(int) (frame % recentZHiss.length)] = swell.zHiss();
        step(f, settled);
        swell.learn(state == State.IDLE);
    }

    private void step(FrameFeatures f, boolean settled) {
        double db = f.excessDb();
        double gate = peakCount == 0 ? MIN_LEVEL_DBFS
                : Math.max(MIN_LEVEL_DBFS, typicalPeakDbfs - RELATIVE_GATE_DB);
        boolean loudEnough = 10 * Math.log10(f.excessPower + 1e-20) >= gate;
        recentDb[(int) (frame % recentDb.length)] = loudEnough ? db : Double.NEGATIVE_INFINITY;
        recentVoiced[(int) (frame % recentVoiced.length)] = voicedSound(f);
        boolean on = db >= ON_DB && loudEnough;
        boolean above = db >= OFF_DB && loudEnough;
        double now = (frame + 1) * frameS;
        boolean engaged = swellEngaged();
        if ((state == State.CANDIDATE || state == State.ACTIVE) && swellMode) {
            // While the swell test is engaged, a burst it opened is held by its own half of the band.
            above |= (swellHiss ? swell.zHiss() : swell.zWind()) >= SWELL_HOLD_Z;
        }
        if (swell.ready()) {
            burstSwellDb = Math.max(burstSwellDb, swell.riseDb());
        }
        voicedRun = state == State.ACTIVE && voicedWithinBreath(f) ? voicedRun + 1 : 0;
        if (state == State.ACTIVE && voicedRun > 0 && voicedRun <= voicedHoldFrames) {
            // Voice inside the breath: hold the burst as it is (see VOICED_HOLD_DB).
            return;
        }
        switch (state) {
            case IDLE -> {
                boolean swellOn = engaged && settled
                        && Math.max(swell.zWind(), swell.zHiss()) >= SWELL_ON_Z;
                if ((on && settled) || swellOn) {
                    swellMode = engaged;
                    swellHiss = swell.zHiss() > swell.zWind();
                    startFrame = swellMode ? Math.min(backtrack(), swellBacktrack(frame)) : backtrack();
                    burstSwellDb = Double.NEGATIVE_INFINITY;
                    current.reset();
                    evidenceDb = 0;
                    add(f);
                    state = State.CANDIDATE;
                    quietRun = 0;
                }
            }
            case CANDIDATE -> {
                if (!above) {
                    state = State.IDLE;
                } else {
                    add(f);
                    if (current.frames >= onsetFrames || clearlyBreath() || clearlyBreathEarly()) {
                        decide(now);
                    }
                }
            }
            case ACTIVE -> active(f, db, above, now);
            case REJECTED -> {
                quietRun = above ? 0 : quietRun + 1;
                if (quietRun >= endGapFrames || (frame - startFrame) * frameS > REJECT_HOLD_S) {
                    state = State.IDLE;
                } else if (swellAfterDip(db)) {
                    startCandidate(valleyFrame + 1, f, now);
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * Whether all the frame adds was set aside as voiced or tonal although it is well above the
     * room, about as loud as the breath under way, and came while that breath was still strong
     * (speech or music quieter than the breath, or after it faded, is not held: it ends the burst
     * as before).
     */
    private boolean voicedWithinBreath(FrameFeatures f) {
        return voicedSound(f)
                && 10 * Math.log10(f.bandPower + 1e-20) >= current.maxLevelDbfs - VOICED_WITHIN_DB
                && current.lastFrameDbfs >= current.maxLevelDbfs - VOICED_FROM_DB;
    }

    /**
     * Whether all the frame adds was set aside as voiced or tonal ({@link #VOICED_TONALITY}) while
     * its band stands {@link #VOICED_HOLD_DB} above the room: sound, not a gap, though it adds
     * nothing breath-like.
     */
    private static boolean voicedSound(FrameFeatures f) {
        return f.tonality >= VOICED_TONALITY
                && 10 * Math.log10(f.bandPower + 1e-20) - 10 * Math.log10(f.noisePower + 1e-20) >= VOICED_HOLD_DB;
    }

    /** Ends a burst that is under way, at the end of the stream. */
    void finish() {
        if (state == State.ACTIVE) {
            double end = (lastLoudFrame + 1) * frameS;
            ended(startFrame * frameS, end, Math.max(end, (frame + 1) * frameS));
        }
        state = State.IDLE;
    }

    /** Adds a frame to the candidate burst and to the evidence that it is one. */
    private void add(FrameFeatures f) {
        double db = f.excessDb();
        if (current.frames == 0) {
            double before = recentDb[(int) ((frame + recentDb.length - 1) % recentDb.length)];
            fromQuiet = !(before >= ON_DB);
            lastDb = Math.max(BACKTRACK_DB, before);
            maxStepDb = Double.NEGATIVE_INFINITY;
            maxTonality = 0;
            maxPersistence = 0;
        }
        lastRoomDbfs = 10 * Math.log10(f.noisePower + 1e-20);
        maxStepDb = Math.max(maxStepDb, db - lastDb);
        lastDb = db;
        maxTonality = Math.max(maxTonality, f.tonality);
        maxPersistence = Math.max(maxPersistence, f.persistence);
        current.add(f);
        evidenceDb += Math.max(0, db - ON_DB);
    }

    /**
     * Whether the candidate may be announced before {@link #ONSET_S}: it has lasted
     * {@link #FAST_ONSET_S}, risen far out of the room in all ({@link #FAST_EVIDENCE_DB}), and is
     * still swelling ({@link #FAST_MAX_DROP_DB}). A frame earlier than this let a word's
     * unvoiced start and short pops in real recordings through, so it was not taken.
     */
    private boolean clearlyBreath() {
        return current.frames >= fastOnsetFrames && evidenceDb >= FAST_EVIDENCE_DB
                && current.lastFrameDbfs >= current.maxLevelDbfs - FAST_MAX_DROP_DB;
    }

    /**
     * Whether the candidate may be announced already after {@link #EARLY_ONSET_S}: it leaves no
     * doubt. It rose out of a quiet frame, smoothly ({@link #EARLY_MAX_STEP_DB}), far out of the room
     * ({@link #EARLY_EVIDENCE_DB}), is still swelling, and every frame of it is noise-like: little
     * tonal energy ({@link #EARLY_MAX_TONALITY}) and spectral peaks that land afresh each frame
     * (not above {@link FrameAnalyzer#PERSISTENT}, as a held note's do). Anything less waits for
     * {@link #clearlyBreath} or {@link #ONSET_S}. Without the smooth rise, short pops in real
     * recordings were announced as breaths; without the noise-like frames, a word's unvoiced start
     * and a chord's change were.
     */
    private boolean clearlyBreathEarly() {
        return current.frames >= earlyOnsetFrames && current.frames < fastOnsetFrames && fromQuiet
                && maxStepDb <= EARLY_MAX_STEP_DB && evidenceDb >= EARLY_EVIDENCE_DB
                && current.lastFrameDbfs >= current.maxLevelDbfs - FAST_MAX_DROP_DB
                && maxTonality <= EARLY_MAX_TONALITY && maxPersistence <= FrameAnalyzer.PERSISTENT;
    }

    /**
     * Whether the candidate's frames (their levels over the room, {@link #recentDb}) were loudest
     * in its first and fall at {@link #DYING_DB_PER_S} or faster (least-squares slope).
     */
    private boolean dyingAway() {
        int n = current.frames;
        if (n < 3 || n > recentDb.length) {
            return false;
        }
        fade.clear();
        double loudest = Double.NEGATIVE_INFINITY;
        int loudestAt = 0;
        for (int i = 0; i < n; i++) {
            double y = recentDb[(int) ((frame - n + 1 + i) % recentDb.length)];
            if (y > loudest) {
                loudest = y;
                loudestAt = i;
            }
            fade.addData(i * frameS, y);
        }
        return loudestAt == 0 && fade.getSlope() <= -DYING_DB_PER_S;
    }

    private void decide(double now) {
        // Under the swell test the latest frame may add nothing bin by bin while the band still
        // swells: a knock is then one whose first moments stood far above the room itself.
        double latest = swellMode ? Math.max(current.lastFrameDbfs, lastRoomDbfs) : current.lastFrameDbfs;
        double drop = current.firstFramesMaxDbfs - latest;
        boolean transient_ = drop > TRANSIENT_DROP_DB
                || (drop >= DYING_MIN_DROP_DB && current.low > current.high && dyingAway());
        if (transient_) {
            // A knock or a click: forget its first moments and judge what follows on its own, so a
            // breath that starts under a key click is not delayed.
            current.reset();
            evidenceDb = 0;
            startFrame = frame + 1;
            state = State.CANDIDATE;
            return;
        }
        if (current.tonality() > MAX_TONALITY) {
            state = State.REJECTED;
            quietRun = 0;
            burstPeakDb = current.maxExcessDb;
            smoothDb = current.maxExcessDb;
            valleyFrame = -1;
            return;
        }
        if (!swellMode && swellCount == 0 && swell.steadyRoom() && swell.riseDb() < SWELL_ENGAGE_DB) {
            // The first breath measured against a steady room, and faint against it even now: the
            // test is not engaged yet (nothing is known of how faint the breaths are), but this
            // start is dated by the swell as an engaged test would date it.
            swellHiss = swell.zHiss() > swell.zWind();
            startFrame = Math.min(startFrame, swellBacktrack(startFrame));
        }
        state = State.ACTIVE;
        lastLoudFrame = frame;
        burstPeakDb = current.maxExcessDb;
        smoothDb = current.maxExcessDb;
        valleyFrame = -1;
        sink.burstStarted(startFrame * frameS, now, current);
    }

    private void active(FrameFeatures f, double db, boolean above, double now) {
        if (above) {
            quietRun = 0;
            lastLoudFrame = frame;
        } else {
            quietRun++;
        }
        if (quietRun >= endGapFrames || frame - startFrame > maxFrames) {
            double end = (lastLoudFrame + 1) * frameS;
            ended(startFrame * frameS, end, now);
            state = frame - startFrame > maxFrames ? State.REJECTED : State.IDLE;
            quietRun = 0;
            return;
        }
        current.add(f);
        if (swellAfterDip(db)) {
            // Two phases back to back: end this one at the dip, begin the next just after it.
            double end = Math.max(valleyFrame * frameS, startFrame * frameS);
            ended(startFrame * frameS, end, now);
            startCandidate(valleyFrame + 1, f, now);
        }
    }

    /**
     * Tracks the loudest frame of the current burst and any dip after it; true when the sound
     * swells again out of a deep dip, i.e. a new burst begins inside this one.
     */
    private boolean swellAfterDip(double rawDb) {
        smoothDb = 0.5 * smoothDb + 0.5 * Math.max(rawDb, smoothDb - 30);
        double db = smoothDb;
        if (valleyFrame < 0) {
            burstPeakDb = Math.max(burstPeakDb, db);
            if (db < burstPeakDb - SPLIT_DIP_DB) {
                valleyFrame = frame;
                valleyDb = db;
            }
            return false;
        }
        if (db < valleyDb) {
            valleyDb = db;
            valleyFrame = frame;
            return false;
        }
        return db > valleyDb + SPLIT_RISE_DB && rawDb >= ON_DB;
    }

    private void ended(double startS, double endS, double emittedS) {
        if (burstSwellDb > Double.NEGATIVE_INFINITY) {
            // Only bursts measured against a learned room tell how faint the breaths are.
            recentSwellDb[swellCount % RECENT_PEAKS] = burstSwellDb;
            swellCount++;
            int n = Math.min(swellCount, RECENT_PEAKS);
            swellQuartileDb = ranked(recentSwellDb, n, 3 * n / 4);
        }
        recentPeaks[peakCount % RECENT_PEAKS] = current.maxLevelDbfs;
        peakCount++;
        int n = Math.min(peakCount, RECENT_PEAKS);
        typicalPeakDbfs = ranked(recentPeaks, n, n / 2);
        sink.burstEnded(startS, endS, emittedS, current);
    }

    /**
     * Whether the recent breaths were faint against a steady room (the louder ones' in-band SNR,
     * the upper quartile over {@link #RECENT_PEAKS} bursts, under {@link #SWELL_ENGAGE_DB}), so that
     * the swell test opens bursts and dates their starts. Quartile, not median: where inhales are
     * faint and exhales are not, the exhales say how loud the breathing is.
     */
    private boolean swellEngaged() {
        return swellQuartileDb < SWELL_ENGAGE_DB && swell.steadyRoom();
    }

    /**
     * Where a swell began: walks back from frame {@code from} while the half of the band that
     * swells stays {@link #SWELL_BACK_Z} above the room, up to half a second before now.
     */
    private long swellBacktrack(long from) {
        double[] z = swellHiss ? recentZHiss : recentZWind;
        long start = from;
        for (long f = from - 1; f > frame - (z.length - 1); f--) {
            if (f < 0 || !(z[(int) (f % z.length)] >= SWELL_BACK_Z)) {
                break;
            }
            start = f;
        }
        return start;
    }

    /** The {@code rank}-th smallest (from 0) of the first {@code n} values, sorted in a scratch copy. */
    private double ranked(double[] values, int n, int rank) {
        System.arraycopy(values, 0, sortedPeaks, 0, n);
        java.util.Arrays.sort(sortedPeaks, 0, n);
        return sortedPeaks[rank];
    }

    private void startCandidate(long first, FrameFeatures f, double now) {
        startFrame = Math.min(first, frame);
        burstSwellDb = swell.ready() ? swell.riseDb() : Double.NEGATIVE_INFINITY;
        current.reset();
        evidenceDb = 0;
        add(f);
        state = State.CANDIDATE;
        valleyFrame = -1;
        quietRun = 0;
        if (current.frames >= onsetFrames || clearlyBreath() || clearlyBreathEarly()) {
            decide(now);
        }
    }

    /**
     * Where the burst really began: walks back over the recent frames while their level (a
     * three-frame mean) stays above what the room alone gives, up to half a second, so that a
     * breath rising slowly out of noise is not dated late. A run of voiced frames no longer than
     * {@link #BACKTRACK_VOICED_S} is crossed (they are sound, though they add nothing breath-like)
     * when the sound before it passes the same test; they are left out of the means.
     */
    private long backtrack() {
        long start = frame;
        int voicedRun = 0;
        for (int back = 1; back < recentDb.length - 2; back++) {
            long f = frame - back;
            if (f < 1) {
                break;
            }
            if (voicedAt(f)) {
                if (++voicedRun > backtrackVoicedFrames) {
                    break;
                }
                continue;
            }
            voicedRun = 0;
            if (!(meanAround(f) >= BACKTRACK_DB)) {
                break;
            }
            start = f;
        }
        return start;
    }

    /** The mean level of frames {@code f-1…f+1} that were not voiced ({@code f} itself was not). */
    private double meanAround(long f) {
        double sum = 0;
        int n = 0;
        for (long g = f - 1; g <= f + 1; g++) {
            if (!voicedAt(g)) {
                sum += at(g);
                n++;
            }
        }
        return sum / n;
    }

    private boolean voicedAt(long f) {
        return recentVoiced[(int) (f % recentVoiced.length)];
    }

    private double at(long f) {
        double v = recentDb[(int) (f % recentDb.length)];
        return Math.max(v, -60);
    }
}
