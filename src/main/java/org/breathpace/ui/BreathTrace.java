package org.breathpace.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import org.breathpace.breath.Phase;

/**
 * The detected phases of the last {@link #windowS} seconds, for the scrolling trace. A phase
 * that has started but not ended is open and drawn up to "now". FX thread only.
 */
public final class BreathTrace {

    /** One detected phase; {@code endS} is NaN while it is still going. */
    public record Span(Phase phase, double startS, double endS) {
        public boolean open() {
            return Double.isNaN(endS);
        }
    }

    private final double windowS;
    private final Deque<Span> spans = new ArrayDeque<>();

    /** @param windowS seconds of history kept (&gt; 0) */
    public BreathTrace(double windowS) {
        if (!(windowS > 0)) {
            throw new IllegalArgumentException("windowS must be positive: " + windowS);
        }
        this.windowS = windowS;
    }

    public double windowS() {
        return windowS;
    }

    /** A phase began at {@code startS} (on the trace's own time axis). */
    public void started(Phase phase, double startS) {
        closeOpen(startS);
        spans.addLast(new Span(phase, startS, Double.NaN));
    }

    /** A phase that began at {@code startS} ended at {@code endS}. */
    public void ended(Phase phase, double startS, double endS) {
        Span last = spans.peekLast();
        if (last != null && last.open() && last.phase() == phase) {
            spans.removeLast();
        }
        spans.addLast(new Span(phase, startS, endS));
    }

    /** Closes a phase left open (the input stopped) at {@code atS}. */
    public void closeOpen(double atS) {
        Span last = spans.peekLast();
        if (last != null && last.open()) {
            spans.removeLast();
            spans.addLast(new Span(last.phase(), last.startS(), Math.max(last.startS(), atS)));
        }
    }

    /** Drops spans that ended before {@code nowS - windowS}. */
    public void trim(double nowS) {
        while (!spans.isEmpty() && !spans.peekFirst().open() && spans.peekFirst().endS() < nowS - windowS) {
            spans.removeFirst();
        }
    }

    /** The spans kept, oldest first (a live view: do not keep it across frames). */
    public Iterable<Span> spans() {
        return spans;
    }

    public int size() {
        return spans.size();
    }
}
