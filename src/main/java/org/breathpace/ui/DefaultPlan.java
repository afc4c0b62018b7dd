package org.breathpace.ui;

import java.util.List;

/**
 * The session the app runs until the {@code routine} package's routine is wired in: a breathing
 * block, the five mid-back exercises, and a closing minute of quiet breathing to measure the
 * resting rate again. Wording is breathpace's own.
 */
public final class DefaultPlan {

    private DefaultPlan() {
    }

    /** @param breatheS seconds of the opening breathing block (&gt; 0) */
    public static List<Step> steps(double breatheS) {
        return List.of(
                new Step("Slow breathing", Step.Kind.BREATHE, breatheS, 1, "",
                        "Sit tall, one hand on your belly. Let the belly rise as you breathe in and fall as you breathe out.",
                        "Follow the circle: in through the nose, a long slow breath out."),
                new Step("Foam roll the mid-back", Step.Kind.EXERCISE, 60, 1, "extension",
                        "Lie with a roller across your upper back, hands behind your head. Roll slowly between the shoulder blades and lean back over it.",
                        "Breathe out as you lean back over the roller."),
                new Step("Cat-cow, slowly", Step.Kind.EXERCISE, 60, 1, "flexion and extension",
                        "On hands and knees, round your back up towards the ceiling, then let the chest sink and look ahead. Move one segment at a time.",
                        "Breathe in as the chest sinks, out as you round up."),
                new Step("Squat facing a wall", Step.Kind.EXERCISE, 45, 1, "extension",
                        "Stand a hand's width from a wall, feet apart. Squat down and up keeping the chest tall so you do not touch the wall.",
                        "Breathe in on the way down, out as you stand."),
                new Step("Rotations lying face down", Step.Kind.EXERCISE, 45, 2, "rotation",
                        "Lie on your belly, hands by your shoulders. Lift one elbow and turn the chest open towards that side, then return.",
                        "Breathe out as you turn, in as you come back."),
                new Step("Side bends on hands and knees", Step.Kind.EXERCISE, 30, 2, "side bending",
                        "On hands and knees, bend your body sideways so head and hip move towards each other, and hold the stretch along the side.",
                        "Breathe into the open side of the ribs."),
                new Step("Quiet breathing", Step.Kind.CLOSE, 60, 1, "",
                        "Sit comfortably and breathe at your own pace. breathpace measures your resting rate again.",
                        "Just breathe normally."));
    }
}
