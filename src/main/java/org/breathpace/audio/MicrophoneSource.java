package org.breathpace.audio;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.AudioProcessor;
import be.tarsos.dsp.io.jvm.JVMAudioInputStream;
import java.util.Locale;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * Captures from a Java Sound {@link TargetDataLine} through TarsosDSP's {@link AudioDispatcher}
 * on the "breathpace-audio" thread, and feeds the breath detector through {@link DetectorFeed}.
 * Small buffers (1024 frames, about 23 ms at 44.1 kHz) keep the delay low.
 */
public final class MicrophoneSource implements LiveSource {
    static final int BUFFER_FRAMES = 1024;

    private final String wanted;
    private TargetDataLine line;
    private AudioDispatcher dispatcher;
    private Thread thread;
    private volatile boolean stopping;

    /** @param device a name fragment or an index from {@link CaptureDevices#list()}; null for the default */
    public MicrophoneSource(String device) {
        this.wanted = device;
    }

    @Override
    public String description() {
        if (line == null) {
            return wanted == null ? "default microphone" : "microphone \"" + wanted + "\"";
        }
        return String.format(Locale.ROOT, "%s, %.0f Hz %s", wanted == null ? "default microphone" : wanted,
                line.getFormat().getSampleRate(), line.getFormat().getChannels() == 1 ? "mono" : "stereo");
    }

    @Override
    public void start(SourceListener listener) throws AudioInputException {
        Mixer.Info mixer = CaptureDevices.find(wanted);
        line = CaptureDevices.open(mixer, BUFFER_FRAMES);
        line.start();
        int channels = line.getFormat().getChannels();
        JVMAudioInputStream stream = new JVMAudioInputStream(new AudioInputStream(line));
        dispatcher = new AudioDispatcher(stream, BUFFER_FRAMES * channels, 0);
        DetectorFeed feed = new DetectorFeed(line.getFormat().getSampleRate(), BUFFER_FRAMES, listener);
        dispatcher.addAudioProcessor(new AudioProcessor() {
            @Override
            public boolean process(AudioEvent event) {
                float[] buffer = event.getFloatBuffer();
                feed.feed(buffer, buffer.length / channels, channels);
                return true;
            }

            @Override
            public void processingFinished() {
                feed.finish();
                listener.onStatus(stopping
                        ? new SourceStatus(SourceStatus.Kind.STOPPED, "Stopped listening.", feed.streamTimeS())
                        : new SourceStatus(SourceStatus.Kind.INPUT_LOST,
                                "The microphone stopped sending sound (unplugged?): plug it back in and start again,"
                                        + " or carry on without it.", feed.streamTimeS()));
            }
        });
        listener.onStatus(new SourceStatus(SourceStatus.Kind.STARTED, description(), 0));
        thread = new Thread(dispatcher, "breathpace-audio");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        stopping = true;
        if (dispatcher != null) {
            dispatcher.stop();
        }
        if (line != null) {
            line.stop();
            line.close();
        }
        if (thread != null) {
            try {
                thread.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
