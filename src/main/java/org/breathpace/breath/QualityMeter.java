package org.breathpace.breath;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps track of how well the breath is heard: the breath's level over the room (SNR), the
 * share of clipped samples and the loudest sample, over a sliding window for live reports and
 * over the whole stream for the final one, and turns them into warnings a person can act on.
 *
 * <p>Not thread-safe. Allocates only when a report is made (about once a second).
 */
final class QualityMeter {
    /** A sample at or beyond this magnitude counts as clipped. */
    static final float CLIP_LEVEL = 0.999f;
    /** Clipped share above which the user is told to lower the gain. */
    static final double CLIP_WARNING = 0.001;
    /** Breath less than this many dB above the room is hard to follow. */
    static final double NOISY_SNR_DB = 6;
    /** Nothing in the input louder than this is "too quiet" (a level meter would barely move). */
    static final double QUIET_PEAK_DBFS = -48;
    /** No breath for this long means "no breath heard". */
    static final double NO_BREATH_S = 15;
    /** Time constant of the live window, seconds. */
    static final double WINDOW_S = 8;

    private final double frameS;
    private final double decay;
    private double roomPower;
    private double roomWeight;
    private double breathPower;
    private double breathWeight;
    private double peakDbfs = Double.NEGATIVE_INFINITY;
    private long windowSamples;
    private long windowClipped;
    private double totalRoom;
    private long totalRoomFrames;
    private double totalBreath;
    private long totalBreathFrames;
    private long totalSamples;
    private long totalClipped;
    private double totalPeak;
    private double lastOnsetS = Double.NaN;
    private int onsets;

    QualityMeter(double frameS) {
        this.frameS = frameS;
        this.decay = Math.exp(-frameS / WINDOW_S);
    }

    /**
     * Takes one frame's features and whether it belongs to a breath. The room's level counts only
     * once {@code roomKnown}: during the room estimate's warm-up it can stand far above the room (a
     * real recording's opening click), and in a mean of powers a few such frames outweigh all the
     * others: a clean clip was reported at −2 dB and "too noisy".
     */
    void frame(FrameFeatures f, boolean breath, boolean roomKnown, long samples, long clipped) {
        roomPower *= decay;
        roomWeight *= decay;
        breathPower *= decay;
        breathWeight *= decay;
        peakDbfs -= frameS * 3; // the peak hold falls by 3 dB a second
        double p = 20 * Math.log10(f.peak + 1e-12);
        if (p > peakDbfs) {
            peakDbfs = p;
        }
        if (breath) {
            breathPower += f.excessPower;
            breathWeight += 1;
            totalBreath += f.excessPower;
            totalBreathFrames++;
        } else if (roomKnown) {
            roomPower += f.noisePower;
            roomWeight += 1;
            totalRoom += f.noisePower;
            totalRoomFrames++;
        }
        windowSamples += samples;
        windowClipped += clipped;
        totalSamples += samples;
        totalClipped += clipped;
        totalPeak = Math.max(totalPeak, f.peak);
    }

    /** Notes that a breath phase began. */
    void onset(double startS) {
        lastOnsetS = startS;
        onsets++;
    }

    /** Report over the recent window; resets the clipping count. */
    SignalQuality report(double nowS) {
        double snr = snr(breathPower, breathWeight, roomPower, roomWeight);
        double clipped = windowSamples > 0 ? windowClipped / (double) windowSamples : 0;
        windowSamples = 0;
        windowClipped = 0;
        boolean noBreath = nowS >= NO_BREATH_S && (Double.isNaN(lastOnsetS) || nowS - lastOnsetS > NO_BREATH_S);
        return new SignalQuality(snr, clipped, warnings(snr, clipped, peakDbfs, noBreath), nowS);
    }

    /** Report over the whole stream, for the end of a file. */
    SignalQuality total(double nowS) {
        double snr = snr(totalBreath, totalBreathFrames, totalRoom, totalRoomFrames);
        double clipped = totalSamples > 0 ? totalClipped / (double) totalSamples : 0;
        return new SignalQuality(snr, clipped,
                warnings(snr, clipped, 20 * Math.log10(totalPeak + 1e-12), onsets == 0), nowS);
    }

    private static double snr(double breath, double breathN, double room, double roomN) {
        if (breathN < 1 || roomN < 1) {
            return Double.NaN;
        }
        return 10 * Math.log10((breath / breathN + 1e-20) / (room / roomN + 1e-20));
    }

    private static List<QualityWarning> warnings(double snr, double clipped, double peakDbfs, boolean noBreath) {
        List<QualityWarning> w = new ArrayList<>(2);
        if (peakDbfs < QUIET_PEAK_DBFS) {
            w.add(QualityWarning.TOO_QUIET);
        }
        if (clipped > CLIP_WARNING) {
            w.add(QualityWarning.CLIPPING);
        }
        if (!Double.isNaN(snr) && snr < NOISY_SNR_DB) {
            w.add(QualityWarning.TOO_NOISY);
        }
        if (noBreath) {
            w.add(QualityWarning.NO_BREATH);
        }
        return w;
    }
}
