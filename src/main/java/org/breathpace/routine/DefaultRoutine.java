package org.breathpace.routine;

import java.util.List;

/**
 * The built-in routine: about eleven minutes for a stiff mid-back. A short check of the resting
 * breath rate, four minutes of slow belly breathing (breathing first: a relaxed diaphragm lets the
 * mid-back muscles let go), five exercises that each give back one of the back's movements, and a
 * closing check of the rate. Short and daily is the idea: a few minutes every day do more than a
 * long session now and then.
 */
public final class DefaultRoutine {
    private DefaultRoutine() {
    }

    public static final Exercise FOAM_ROLLING = new Exercise("foam-rolling", "Foam rolling the mid-back",
            "Lie on your back with a foam roller across your back below the shoulder blades, knees bent, hands "
                    + "behind your head. Lift your hips a little and roll slowly up and down between the bottom of the "
                    + "ribs and the top of the shoulder blades. Pause on stiff spots and let your upper back arch over "
                    + "the roller. Keep it off your neck and lower back.",
            List.of(Movement.EXTENSION), 60, 0, 5, 1, 15,
            "Breathe out slowly each time you let your back sink over the roller.", false);

    public static final Exercise CAT_COW = new Exercise("cat-cow", "Cat-cow with control",
            "On hands and knees, hands under shoulders, knees under hips. Round your back up towards the ceiling, "
                    + "chin to chest, then let your chest sink and lift your gaze. Move one segment of the spine at "
                    + "a time, slowly, in a range that feels easy.",
            List.of(Movement.FLEXION, Movement.EXTENSION), 0, 8, 8, 1, 15,
            "Breathe in as the chest sinks and the gaze lifts; breathe out as you round up. Each exhale is a rep.",
            true);

    public static final Exercise WALL_SQUATS = new Exercise("wall-squats", "Wall-facing squats",
            "Stand facing a wall, toes a hand's width from it, feet about hip-width apart. Squat down as far as "
                    + "you can without touching the wall, keeping the chest tall and the arms relaxed, then stand "
                    + "back up. Move your feet back a little if you keep bumping the wall.",
            List.of(Movement.EXTENSION), 0, 8, 6, 1, 15,
            "Breathe in on the way down, breathe out as you stand.", false);

    public static final Exercise PRONE_ROTATIONS = new Exercise("prone-rotations", "Prone rotations",
            "Lie face down with your forehead resting on the backs of your hands. Keep the hips on the floor and "
                    + "slowly turn your chest and one elbow up towards the ceiling, then lower back down. Stay in a "
                    + "range without pinching.",
            List.of(Movement.ROTATION), 0, 5, 6, 2, 15,
            "Breathe out as you turn up, breathe in as you come back down. Each exhale is a rep.", true);

    public static final Exercise SIDE_BENDS = new Exercise("side-bends", "Quadruped side bends and QL stretch",
            "On hands and knees, bend your body into a C by bringing your head and hips towards the same side; "
                    + "hold. Then sit your hips back towards your heels with both arms reaching forward and walk the "
                    + "hands to the other side, feeling the stretch along the side of your back and waist.",
            List.of(Movement.SIDE_BENDING), 30, 0, 5, 2, 0,
            "Slow breaths into the stretched side: feel the ribs open as you breathe in.", false);

    /** The five exercises in their usual order. */
    public static final List<Exercise> EXERCISES = List.of(FOAM_ROLLING, CAT_COW, WALL_SQUATS, PRONE_ROTATIONS, SIDE_BENDS);

    /** The built-in routine. */
    public static final Routine ROUTINE = new Routine("mid-back daily", 30, BreathingBlock.DEFAULT, EXERCISES, 30);

    /** A built-in exercise by id, or null. */
    public static Exercise exercise(String id) {
        for (Exercise e : EXERCISES) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }
}
