package org.breathpace.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A session that moves through its steps by the clock passed in: pause stops the clock, skip and
 * back move between steps, a pain report pauses until the person chooses ease (the rest of the
 * step halves), skip or end. FX thread only; no clock is read here.
 */
public final class TimedSession implements SessionDriver {
    /** Ease makes what is left of the step this much shorter. */
    static final double EASE_FACTOR = 0.5;

    private final List<Step> steps;
    private final StepOutcome[] outcomes;
    private final double[] planned;
    private final List<PainNote> pains = new ArrayList<>();
    private int index;
    private double stepElapsed;
    private double pacerS;
    private double lastNow;
    private boolean paused;
    private boolean painOpen;
    private boolean ended;

    public TimedSession(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one step");
        }
        this.steps = List.copyOf(steps);
        this.outcomes = new StepOutcome[steps.size()];
        this.planned = new double[steps.size()];
        for (int i = 0; i < planned.length; i++) {
            planned[i] = steps.get(i).totalS();
            outcomes[i] = StepOutcome.UPCOMING;
        }
        outcomes[0] = StepOutcome.CURRENT;
    }

    @Override
    public List<Step> steps() {
        return steps;
    }

    @Override
    public void tick(double nowS) {
        double dt = Math.max(0, nowS - lastNow);
        lastNow = Math.max(lastNow, nowS);
        if (paused || painOpen || ended) {
            return;
        }
        pacerS += dt;
        stepElapsed += dt;
        while (!ended && stepElapsed >= planned[index]) {
            double over = stepElapsed - planned[index];
            finish(outcomes[index] == StepOutcome.EASED ? StepOutcome.EASED : StepOutcome.DONE);
            stepElapsed = over;
        }
    }

    private void finish(StepOutcome outcome) {
        outcomes[index] = outcome;
        index++;
        stepElapsed = 0;
        if (index >= steps.size()) {
            ended = true;
            paused = false;
        } else {
            outcomes[index] = StepOutcome.CURRENT;
        }
    }

    @Override
    public SessionSnapshot snapshot() {
        double stepLeft = 0;
        double total = 0;
        String side = "";
        if (!ended) {
            Step s = steps.get(index);
            double left = planned[index] - stepElapsed;
            if (s.sides() == 2) {
                double half = planned[index] / 2;
                boolean first = stepElapsed < half;
                side = first ? "left" : "right";
                stepLeft = first ? half - stepElapsed : left;
            } else {
                stepLeft = left;
            }
            total = left;
            for (int i = index + 1; i < steps.size(); i++) {
                total += planned[i];
            }
        }
        List<StepOutcome> list = new ArrayList<>(outcomes.length);
        Collections.addAll(list, outcomes);
        return new SessionSnapshot(index, Math.max(0, stepLeft), Math.max(0, total), side, paused, painOpen, ended,
                list, pacerS);
    }

    @Override
    public void togglePause(double nowS) {
        tick(nowS);
        if (!ended && !painOpen) {
            paused = !paused;
        }
    }

    @Override
    public void skip(double nowS) {
        tick(nowS);
        if (!ended && !painOpen) {
            finish(StepOutcome.SKIPPED);
        }
    }

    @Override
    public void back(double nowS) {
        tick(nowS);
        if (ended || painOpen || index == 0) {
            return;
        }
        outcomes[index] = StepOutcome.UPCOMING;
        index--;
        planned[index] = steps.get(index).totalS();
        outcomes[index] = StepOutcome.CURRENT;
        stepElapsed = 0;
    }

    @Override
    public void pain(double nowS) {
        tick(nowS);
        if (!ended) {
            painOpen = true;
        }
    }

    @Override
    public void painChoice(PainNote.Choice choice, double nowS) {
        Objects.requireNonNull(choice, "choice");
        tick(nowS);
        if (!painOpen) {
            return;
        }
        String side = snapshot().side();
        pains.add(new PainNote(steps.get(index).name(), side, nowS, choice));
        painOpen = false;
        switch (choice) {
            case EASE -> {
                planned[index] = stepElapsed + (planned[index] - stepElapsed) * EASE_FACTOR;
                outcomes[index] = StepOutcome.EASED;
            }
            case SKIP -> finish(StepOutcome.SKIPPED);
            case END -> end(nowS);
        }
    }

    @Override
    public void end(double nowS) {
        tick(nowS);
        if (ended) {
            return;
        }
        painOpen = false;
        paused = false;
        for (int i = index; i < outcomes.length; i++) {
            if (outcomes[i] == StepOutcome.CURRENT || outcomes[i] == StepOutcome.UPCOMING) {
                outcomes[i] = StepOutcome.SKIPPED;
            }
        }
        index = steps.size();
        ended = true;
    }

    @Override
    public List<PainNote> painNotes() {
        return List.copyOf(pains);
    }
}
