package org.breathpace.audio;

/**
 * An open capture line, as the audio thread sees it: a Java Sound {@code TargetDataLine} in the
 * app ({@link JavaSoundLine}), a fake in tests (a line that stalls, vanishes or sends zeros on
 * demand). 16-bit signed little-endian PCM.
 */
interface CaptureLine {

    /** The device's name for people, e.g. "default microphone" or the mixer's name. */
    String deviceName();

    float sampleRate();

    int channels();

    /**
     * Blocks until {@code length} bytes have arrived, or fewer when the line is closed or the
     * device goes away (0 or less then); may throw an unchecked exception when the device fails.
     */
    int read(byte[] buffer, int offset, int length);

    /** Closes the line; a {@link #read} blocked in another thread returns soon after. */
    void close();

    /** Whether {@link #close} has been called or the device closed it. */
    boolean isOpen();

    /** Opens a line for a device name or index (null: the default). */
    @FunctionalInterface
    interface Opener {
        /** @throws AudioInputException when there is no such device or it refuses every format */
        CaptureLine open(String device, int bufferFrames) throws AudioInputException;
    }
}
