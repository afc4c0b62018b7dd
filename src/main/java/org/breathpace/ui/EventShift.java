package org.breathpace.ui;

import org.breathpace.breath.BreathEvent;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;

/** Moves a detector event from stream time to session time. */
final class EventShift {
    private EventShift() {
    }

    /**
     * {@code e} with every time plus {@code offsetS}; null when any of its times would fall before
     * zero (it began before the session did, so the session has no place for it).
     */
    static BreathEvent by(BreathEvent e, double offsetS) {
        if (offsetS == 0) {
            return e;
        }
        if (e.emittedS() + offsetS < 0) {
            return null;
        }
        if (e instanceof PhaseStarted p) {
            return p.startS() + offsetS < 0 ? null : new PhaseStarted(p.phase(), p.startS() + offsetS, p.emittedS() + offsetS);
        }
        if (e instanceof PhaseEnded p) {
            return p.startS() + offsetS < 0 ? null
                    : new PhaseEnded(p.phase(), p.startS() + offsetS, p.endS() + offsetS, p.emittedS() + offsetS);
        }
        if (e instanceof RateUpdated r) {
            return new RateUpdated(r.breathsPerMin(), r.instantBreathsPerMin(), r.confidence(), r.emittedS() + offsetS);
        }
        SignalQuality q = (SignalQuality) e;
        return new SignalQuality(q.snrDb(), q.clippedFraction(), q.warnings(), q.emittedS() + offsetS);
    }
}
