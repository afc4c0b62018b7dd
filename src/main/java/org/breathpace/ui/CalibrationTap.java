package org.breathpace.ui;

import java.util.concurrent.atomic.AtomicReference;
import org.breathpace.audio.Calibration;
import org.breathpace.audio.SourceListener;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;

/**
 * What a live source talks to: everything goes to the {@link BreathFeed} (for the screens) and to
 * the check-in's {@link Calibration}, both on the audio thread. The calibration's progress is kept
 * in an atomic holder the frame loop reads once per frame.
 *
 * <p>Thread contract: the {@code on*} methods run on the audio thread (a stalled status on the
 * watchdog thread) and only pass the call on; {@link #progress()} is read on the FX thread.
 */
final class CalibrationTap implements SourceListener {
    private final BreathFeed feed;
    private final Calibration calibration;
    private final AtomicReference<Calibration.Progress> progress = new AtomicReference<>();

    CalibrationTap(BreathFeed feed) {
        this.feed = feed;
        this.calibration = new Calibration(Calibration.ROOM_S, Calibration.BREATHING_S, progress::set);
    }

    Calibration calibration() {
        return calibration;
    }

    /** The latest progress, or null before any. */
    Calibration.Progress progress() {
        return progress.get();
    }

    @Override
    public void onPhaseStarted(PhaseStarted e) {
        feed.onPhaseStarted(e);
        calibration.onPhaseStarted(e);
    }

    @Override
    public void onPhaseEnded(PhaseEnded e) {
        feed.onPhaseEnded(e);
        calibration.onPhaseEnded(e);
    }

    @Override
    public void onRate(RateUpdated e) {
        feed.onRate(e);
        calibration.onRate(e);
    }

    @Override
    public void onQuality(SignalQuality e) {
        feed.onQuality(e);
        calibration.onQuality(e);
    }

    @Override
    public void onStatus(SourceStatus s) {
        feed.onStatus(s);
        calibration.onStatus(s);
    }

    @Override
    public void onLevel(double rmsDbfs, double peakDbfs, double startS, double endS) {
        feed.onLevel(rmsDbfs, peakDbfs, startS, endS);
        calibration.onLevel(rmsDbfs, peakDbfs, startS, endS);
    }
}
