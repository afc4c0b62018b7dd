package org.breathpace.audio;

import javax.sound.sampled.TargetDataLine;

/** A Java Sound {@link TargetDataLine} as a {@link CaptureLine}. */
final class JavaSoundLine implements CaptureLine {
    private final TargetDataLine line;
    private final String name;

    JavaSoundLine(TargetDataLine line, String name) {
        this.line = line;
        this.name = name;
    }

    /** Finds the device, opens it in the first format it accepts, and starts it. */
    static CaptureLine open(String device, int bufferFrames) throws AudioInputException {
        javax.sound.sampled.Mixer.Info mixer = CaptureDevices.find(device);
        TargetDataLine line = CaptureDevices.open(mixer, bufferFrames);
        line.start();
        return new JavaSoundLine(line, mixer == null ? "default microphone" : mixer.getName());
    }

    @Override
    public String deviceName() {
        return name;
    }

    @Override
    public float sampleRate() {
        return line.getFormat().getSampleRate();
    }

    @Override
    public int channels() {
        return line.getFormat().getChannels();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        return line.read(buffer, offset, length);
    }

    @Override
    public void close() {
        line.stop();
        line.flush();
        line.close();
    }

    @Override
    public boolean isOpen() {
        return line.isOpen();
    }
}
