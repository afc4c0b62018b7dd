package org.breathpace.routine;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.breathpace.pacing.PacerPhase;

/**
 * Turns session events into cue tones: inhale and exhale as the pacer changes phase, a side switch
 * when it is time to change sides, a chime when an exercise begins. The tones are rendered once,
 * up front; each cue hands the same array to {@code player} (which must not change it, and must
 * not block: see {@link SessionListener}).
 */
public final class ToneCues implements SessionListener {
    private final Map<Tone, float[]> tones = new EnumMap<>(Tone.class);
    private final Consumer<float[]> player;
    private final boolean enabled;

    public ToneCues(CueSettings settings, float sampleRate, Consumer<float[]> player) {
        this.enabled = settings.enabled() && settings.volume() > 0;
        this.player = player;
        if (enabled) {
            for (Tone t : Tone.values()) {
                tones.put(t, ToneSynth.render(t, sampleRate, settings.volume()));
            }
        }
    }

    /** Which tone, if any, an event calls for. */
    public static Tone toneFor(SessionEvent e) {
        if (e instanceof SessionEvent.PacerChanged p) {
            return p.phase() == PacerPhase.INHALE ? Tone.INHALE : p.phase() == PacerPhase.EXHALE ? Tone.EXHALE : null;
        }
        if (e instanceof SessionEvent.SidesSwitching) {
            return Tone.SIDE_SWITCH;
        }
        if (e instanceof SessionEvent.StepStarted s && s.step().kind() == StepKind.EXERCISE) {
            return Tone.NEXT_EXERCISE;
        }
        return null;
    }

    @Override
    public void onEvent(SessionEvent event) {
        if (!enabled) {
            return;
        }
        Tone t = toneFor(event);
        if (t != null) {
            player.accept(tones.get(t));
        }
    }
}
