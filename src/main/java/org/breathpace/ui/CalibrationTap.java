package org.breathpace.ui;

import java.util.concurrent.atomic.AtomicReference;
import org.breathpace.audio.Calibration;
import org.breathpace.audio.SourceListener;

/**
 * What a live source talks to: everything goes to the {@link BreathFeed} (for the screens) and to
 * the check-in's {@link Calibration}, both on the audio thread. The calibration's progress is kept
 * in an atomic holder the frame loop reads once per frame.
 *
 * <p>Thread contract: {@link #listener()} is called on the audio thread (a stalled status on the
 * watchdog thread) and only passes each call on; {@link #progress()} is read on the FX thread.
 */
final class CalibrationTap {
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

    /** The listener to start a live source with: the feed first, then the calibration. */
    SourceListener listener() {
        return SourceListener.both(feed.listener(), calibration);
    }
}
