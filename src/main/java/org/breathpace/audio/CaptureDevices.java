package org.breathpace.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/** The capture devices Java Sound can see, and the formats breathpace would use on each. */
public final class CaptureDevices {
    /** Sample rates tried, best first. */
    static final float[] RATES = {44100f, 48000f, 16000f};

    /**
     * A capture device.
     *
     * @param index       position in the list (for {@code --device 0})
     * @param name        the name Java Sound gives it
     * @param description its vendor description
     * @param formats     formats it accepts among those breathpace asks for, e.g. "44100 Hz mono"
     */
    public record Device(int index, String name, String description, List<String> formats) { }

    private CaptureDevices() {
    }

    /** Every mixer with a capture line, in Java Sound's order. */
    public static List<Device> list() {
        List<Device> out = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            Mixer mixer = AudioSystem.getMixer(info);
            if (mixer.getTargetLineInfo().length == 0) {
                continue;
            }
            List<String> formats = new ArrayList<>();
            for (float rate : RATES) {
                for (int channels = 1; channels <= 2; channels++) {
                    if (mixer.isLineSupported(new DataLine.Info(TargetDataLine.class, format(rate, channels)))) {
                        formats.add(String.format(Locale.ROOT, "%.0f Hz %s", rate, channels == 1 ? "mono" : "stereo"));
                    }
                }
            }
            if (!formats.isEmpty()) {
                out.add(new Device(out.size(), info.getName(), info.getDescription(), List.copyOf(formats)));
            }
        }
        return out;
    }

    /** 16-bit signed little-endian PCM. */
    static AudioFormat format(float rate, int channels) {
        return new AudioFormat(rate, 16, channels, true, false);
    }

    /** Finds a mixer by index or by a case-insensitive part of its name; null means the default. */
    static Mixer.Info find(String wanted) throws AudioInputException {
        Device match = choose(wanted, list());
        if (match == null) {
            return null;
        }
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (info.getName().equals(match.name())) {
                return info;
            }
        }
        return null;
    }

    /** Picks {@code wanted} (index or name part) among {@code devices}; null means the default. */
    static Device choose(String wanted, List<Device> devices) throws AudioInputException {
        if (devices.isEmpty()) {
            throw new AudioInputException("No microphone was found: plug one in (or check that the system sees it),"
                    + " or use --input FILE to replay a recording instead.");
        }
        if (wanted == null || wanted.isBlank()) {
            return null;
        }
        Device match = null;
        if (wanted.matches("\\d+")) {
            int i = Integer.parseInt(wanted);
            if (i < devices.size()) {
                match = devices.get(i);
            }
        } else {
            for (Device d : devices) {
                if (d.name().toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT))) {
                    match = d;
                    break;
                }
            }
        }
        if (match == null) {
            throw new AudioInputException("No capture device matches \"" + wanted
                    + "\": run 'breathpace devices' to see the names and numbers.");
        }
        return match;
    }

    /** Opens a line on the mixer (or the default), trying the formats in order. */
    static TargetDataLine open(Mixer.Info mixer, int bufferFrames) throws AudioInputException {
        String where = mixer == null ? "the default microphone" : "\"" + mixer.getName() + "\"";
        return open(where, info -> mixer == null ? AudioSystem.getLine(info) : AudioSystem.getMixer(mixer).getLine(info),
                bufferFrames);
    }

    /** Where lines come from: Java Sound in the app, a fake in tests. */
    @FunctionalInterface
    interface LineProvider {
        Line get(DataLine.Info info) throws Exception;
    }

    /**
     * Opens a line from {@code provider}, trying the formats in order (44.1, 48, 16 kHz; mono,
     * then stereo). A device that is busy or refuses every format gives one sentence naming it.
     */
    static TargetDataLine open(String where, LineProvider provider, int bufferFrames) throws AudioInputException {
        Exception last = null;
        for (float rate : RATES) {
            for (int channels = 1; channels <= 2; channels++) {
                AudioFormat f = format(rate, channels);
                DataLine.Info info = new DataLine.Info(TargetDataLine.class, f);
                try {
                    TargetDataLine target = (TargetDataLine) provider.get(info);
                    target.open(f, bufferFrames * f.getFrameSize() * 4);
                    return target;
                } catch (Exception e) {
                    last = e;
                }
            }
        }
        String why = last == null || last.getMessage() == null ? "it accepted none of the formats tried"
                : last.getMessage().strip();
        throw new AudioInputException("Could not open " + where + " (" + why + "): close other programs that are using it,"
                + " or pick another with --device (see 'breathpace devices').", last);
    }
}
