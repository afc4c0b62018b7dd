package org.breathpace.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.breathpace.breath.Phase;
import org.breathpace.pacing.PacerPhase;

/**
 * The scrolling trace: detected inhales and exhales as shaded bands on top, the pacer's phases
 * and the size of its shape beneath, the last {@link BreathTrace#windowS()} seconds with "now" at
 * the right edge. Redrawn once per frame by {@link #redraw}; FX thread only.
 */
public final class TraceCanvas extends Pane {
    static final Color INHALE = Color.web("#5b9bd5");
    static final Color EXHALE = Color.web("#70ad8f");
    static final Color HOLD = Color.web("#b7b7c7");

    private final Canvas canvas = new Canvas();
    private final SessionViewModel vm;
    private boolean dark;

    public TraceCanvas(SessionViewModel vm) {
        this.vm = vm;
        getStyleClass().add("trace");
        getChildren().add(canvas);
        setMinHeight(90);
        setPrefHeight(130);
    }

    public void setDark(boolean dark) {
        this.dark = dark;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    /** Draws the current state. */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(dark ? Color.web("#23262e") : Color.web("#f4f5f8"));
        g.fillRect(0, 0, w, h);
        double window = vm.trace().windowS();
        double now = vm.now();
        double x0 = now - window;
        double topH = h * 0.55;
        double laneY = topH + 4;
        double laneH = h - laneY - 2;
        {
            double heard = vm.heardAt();
            for (BreathTrace.Span s : vm.trace().spans()) {
                double a = s.startS();
                double b = s.open() ? heard : s.endS();
                if (b < x0) {
                    continue;
                }
                double xa = Math.max(0, (a - x0) / window * w);
                double xb = Math.min(w, (b - x0) / window * w);
                Color c = s.phase() == Phase.INHALE ? INHALE : EXHALE;
                g.setFill(c.deriveColor(0, 1, 1, 0.45));
                g.fillRect(xa, 2, Math.max(1, xb - xa), topH - 4);
                g.setFill(c);
                g.fillRect(xa, topH - 8, Math.max(1, xb - xa), 6);
            }
        }
        PacerTrack track = vm.pacerTrack();
        int n = track.size();
        double runStart = -1;
        PacerPhase run = null;
        for (int i = 0; i <= n; i++) {
            // One rectangle per run of frames in the same phase, not one per frame.
            PacerPhase p = i < n ? track.phase(i) : null;
            double t = i < n ? track.time(i) : now;
            if (i < n && t < x0) {
                continue;
            }
            double x = Math.max(0, (t - x0) / window * w);
            if (p != run || i == n) {
                if (run != null) {
                    g.setFill(switch (run) {
                        case INHALE -> INHALE;
                        case EXHALE -> EXHALE;
                        default -> HOLD;
                    });
                    g.fillRect(runStart, laneY, Math.max(1, x - runStart), laneH);
                }
                run = p;
                runStart = x;
            }
        }
        LevelTrace levels = vm.levels();
        double offset = vm.streamOffset();
        if (levels != null && !Double.isNaN(offset)) {
            long count = levels.written();
            int readable = levels.readable();
            g.setStroke(dark ? Color.web("#e6e8ee") : Color.web("#1f2330"));
            g.setLineWidth(1.5);
            g.beginPath();
            boolean first = true;
            for (int back = 0; back < readable; back++) {
                double t = levels.endS(count, back) + offset;
                if (t < x0) {
                    break;
                }
                double x = (t - x0) / window * w;
                double y = topH - 6 - levels.level(count, back) * (topH - 10);
                if (first) {
                    g.moveTo(x, y);
                    first = false;
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
        }
        g.setStroke(dark ? Color.web("#9aa0ad") : Color.web("#6b7080"));
        g.setLineWidth(1);
        g.strokeLine(0, topH + 1, w, topH + 1);
    }
}
