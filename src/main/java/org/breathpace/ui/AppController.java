package org.breathpace.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.LiveSource;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.SignalQuality;
import org.breathpace.history.History;
import org.breathpace.history.RecorderStatus;
import org.breathpace.history.SessionRecorder;
import org.breathpace.history.SessionSaver;
import org.breathpace.pacing.BreathingPattern;
import org.breathpace.routine.BreathingBlock;
import org.breathpace.routine.Routine;
import org.breathpace.routine.SessionListener;
import org.breathpace.routine.SessionReport;

/**
 * Wires the screens together and runs one frame at a time: the live source feeds a
 * {@link BreathFeed}; {@link #frame} drains it once, hands the events to the screen that is
 * showing, moves that screen's view model to the time passed in and redraws. Built by
 * {@link BreathpaceApp} with the real clock, source and store, and by tests with simulated ones.
 * FX thread only (except the work it gives the {@link TaskExecutor}).
 */
public final class AppController {

    /** Opens the input: a microphone by name ("" for the default), or a recording. */
    @FunctionalInterface
    public interface Sources {
        /** @throws AudioInputException with a sentence a person can act on when there is no input */
        LiveSource open(String device) throws AudioInputException;
    }

    /** A check-in's resting rate stands for the session's own check-in for this many seconds after it was measured. */
    public static final double CHECK_IN_FRESH_S = 600;

    /** The screens. */
    public enum Screen { CHECK_IN, SESSION, SUMMARY, HISTORY, SETTINGS }

    private final Sources sources;
    private final Supplier<History> history;
    private final Routine baseRoutine;
    private final SettingsStore store;
    private final TaskExecutor worker;
    private final Consumer<Runnable> fx;
    private final InstantSource clock;
    private final ZoneId zone;
    private final Supplier<List<String>> devices;
    private final BorderPane root = new BorderPane();
    private final Button navCheckIn = new Button("Check-in");
    private final Button navHistory = new Button("History");
    private final Button navSettings = new Button("Settings");
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper();
    private final CheckInViewModel checkIn = new CheckInViewModel();
    private final SettingsViewModel settingsVm;
    private final HistoryViewModel historyVm;

    private Settings settings;
    private LiveSource source;
    /** The hand-off from the current source; a new one per source, so a closed source's last words are dropped. */
    private BreathFeed feed = new BreathFeed();
    private CalibrationTap tap = new CalibrationTap(feed);
    private String device;
    private String sourceProblem;
    private boolean sourceEnded;
    private Screen screen = Screen.CHECK_IN;
    private SessionViewModel session;
    private SessionView sessionView;
    private double sessionStart;
    /** Frame time the check-in's result came (NaN: none yet). */
    private double checkInDoneAt = Double.NaN;
    private double now;
    private String startupNotice;
    private SessionSaver saver;
    private Function<Settings, SessionListener> cues = s -> SessionListener.NONE;
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");

    /**
     * @param settings  the settings loaded at start
     * @param notice    a sentence to show once (e.g. settings that could not be read), or ""
     * @param sources   opens the input, or says why it cannot
     * @param history   where sessions are saved and read back (may still be opening: asked for only when needed)
     * @param routine   the routine to run (its breathing block is set from the settings)
     * @param store     where settings are saved
     * @param worker    runs saving and loading off the FX thread
     * @param fx        runs a result back on the FX thread (Platform::runLater; Runnable::run in tests)
     * @param clock     wall-clock time, for history dates
     * @param zone      the person's time zone
     * @param devices   the capture devices to offer
     */
    public AppController(Settings settings, String notice, Sources sources, Supplier<History> history, Routine routine,
                         SettingsStore store,
                         TaskExecutor worker, Consumer<Runnable> fx, InstantSource clock, ZoneId zone,
                         Supplier<List<String>> devices) {
        this.settings = settings;
        this.sources = sources;
        this.history = history;
        this.baseRoutine = routine;
        this.store = store;
        this.worker = worker;
        this.fx = fx;
        this.clock = clock;
        this.zone = zone;
        this.devices = devices;
        this.startupNotice = notice == null ? "" : notice;
        this.settingsVm = new SettingsViewModel(settings, store, worker, fx);
        this.historyVm = new HistoryViewModel(history, worker, fx, zone);
        settingsVm.appliedProperty().addListener((o, was, s) -> applySettings(was, s));
        root.getStyleClass().add("app");
        root.setTop(nav());
    }

    private Node nav() {
        Label title = new Label("breathpace");
        title.getStyleClass().add("title");
        navCheckIn.setId("nav-checkin");
        navHistory.setId("nav-history");
        navSettings.setId("nav-settings");
        navCheckIn.setOnAction(e -> showCheckIn());
        navHistory.setOnAction(e -> showHistory());
        navSettings.setOnAction(e -> showSettings());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grow, navCheckIn, navHistory, navSettings);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("nav");
        return bar;
    }

    /** The scene's root node. */
    public Parent root() {
        return root;
    }

    /** Opens the input and shows the check-in. */
    public void start() {
        applyLook(settings);
        showCheckIn();
    }

    /** Opens {@code device} afresh (a new stream from time zero) with a new check-in calibration listening. */
    private void openSource(String device) {
        closeSource();
        feed = new BreathFeed();
        tap = new CalibrationTap(feed);
        try {
            source = sources.open(device);
            source.start(tap.listener());
            sourceProblem = null;
            sourceEnded = false;
            checkIn.source(source.description());
        } catch (AudioInputException e) {
            source = null;
            sourceProblem = e.getMessage();
            checkIn.noMicrophone(sourceProblem);
        }
    }

    private void closeSource() {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    /** One frame: hand over the events heard since the last frame, move on to {@code nowS}, redraw. */
    public void frame(double nowS) {
        now = Math.max(now, nowS);
        feed.drain(this::route);
        level.set(source == null ? 0 : feed.levels().latest());
        switch (screen) {
            case CHECK_IN -> {
                checkIn.follow(tap.progress());
                checkIn.level(level.get());
                if (source != null && tap.calibration().result().isDone() && checkIn.result() == null
                        && checkIn.stageProperty().get() != CheckInViewModel.Stage.DONE) {
                    checkIn.finished(tap.calibration().result().getNow(null));
                    checkInDoneAt = now;
                }
            }
            case SESSION -> {
                session.tick(now - sessionStart);
                sessionView.redraw();
                if (session.endedProperty().get()) {
                    showSummary(session.reportProperty().get());
                }
            }
            default -> { }
        }
    }

    private void route(Object event) {
        if (event instanceof SourceStatus st && (st.status() == SourceStatus.Kind.STOPPED
                || st.status() == SourceStatus.Kind.INPUT_LOST)) {
            sourceEnded = true;
        }
        if (screen == Screen.SESSION) {
            session.accept(event);
        }
    }

    public void showCheckIn() {
        screen = Screen.CHECK_IN;
        measureAgain();
        List<String> inputs = devices.get();
        CheckInView view = new CheckInView(checkIn, inputs, this::pickDevice, this::measureAgain, this::startSession);
        if (!startupNotice.isEmpty()) {
            Label n = new Label(startupNotice);
            n.getStyleClass().add("notice");
            n.setWrapText(true);
            view.getChildren().add(1, n);
            startupNotice = "";
        }
        show(view);
        view.start.requestFocus();
    }

    /** Starts the check-in again on a fresh stream. */
    private void measureAgain() {
        checkIn.restart();
        openSource(device == null ? settings.device() : device);
    }

    private void pickDevice(String picked) {
        device = picked.equals(devices.get().isEmpty() ? null : devices.get().get(0)) ? settings.device() : picked;
        measureAgain();
    }

    /** The routine with the breathing block the settings ask for. */
    Routine routine() {
        BreathingPattern pattern = settings.breathingPattern().atRate(settings.targetRate());
        int seconds = (int) Math.round(settings.breatheMinutes() * 60);
        BreathingBlock block = new BreathingBlock(pattern, seconds, settings.adaptive(), settings.adaptive() ? seconds / 2 : 0);
        return new Routine(baseRoutine.name(), baseRoutine.checkInS(), block, baseRoutine.exercises(),
                baseRoutine.closingCheckS());
    }

    /** Starts the session with the current settings, saving it to history as it goes. */
    public void startSession() {
        if (source != null && sourceEnded) {
            // The input was lost or a recording ended: try it again.
            openSource(device == null ? settings.device() : device);
        }
        screen = Screen.SESSION;
        sessionStart = now;
        Routine routine = routine();
        Instant startedAt = clock.instant();
        saveStatus.set("");
        saver = new SessionSaver(history.get(), startedAt, status -> {
            String message = status.message();
            fx.accept(() -> {
                saveStatus.set(message);
                if (session != null && !message.isEmpty()) {
                    session.savingProblem(message);
                }
            });
        });
        session = new SessionViewModel(routine, source != null, source == null ? null : freshRestingRate(), startedAt,
                SessionListener.all(saver, cues.apply(settings)), source == null ? null : feed.levels());
        if (source == null) {
            session.noMicrophone(sourceProblem == null ? "No microphone is in use." : sourceProblem);
        }
        sessionView = new SessionView(session);
        sessionView.setDark(settings.dark());
        setNavDisabled(true);
        show(sessionView);
        sessionView.pause.requestFocus();
    }

    /**
     * The check-in's resting rate when it was measured within {@link #CHECK_IN_FRESH_S} of now (frame
     * time), so the session need not measure it again; null when there is none or it is older.
     */
    private Double freshRestingRate() {
        double rate = checkIn.restingRate();
        return checkIn.result() != null && !Double.isNaN(rate) && now - checkInDoneAt <= CHECK_IN_FRESH_S ? rate : null;
    }

    private void showSummary(SessionReport report) {
        screen = Screen.SUMMARY;
        setNavDisabled(false);
        ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("Saving to history…");
        SessionRecorder r = saver.recorder();
        r.flush().whenComplete((ok, failure) -> {
            RecorderStatus status = r.status();
            String text = status.state() == RecorderStatus.State.NOT_SAVING
                    ? status.message() : failure != null ? "Could not save to history: " + failure.getMessage() : "Saved to history.";
            fx.accept(() -> saved.set(text));
        });
        SummaryView view = new SummaryView(report, saved.getReadOnlyProperty(), this::showHistory, this::showCheckIn);
        show(view);
        view.history.requestFocus();
    }

    public void showHistory() {
        screen = Screen.HISTORY;
        historyVm.refresh(LocalDate.ofInstant(clock.instant(), zone));
        Path exportTo = store.file().resolveSibling("breathpace-history.csv");
        HistoryView view = new HistoryView(historyVm, () -> exportTo);
        show(view);
        view.export.requestFocus();
    }

    public void showSettings() {
        screen = Screen.SETTINGS;
        SettingsView view = new SettingsView(settingsVm, devices.get(), level.getReadOnlyProperty());
        show(view);
        view.pattern.requestFocus();
    }

    private void show(Region view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(view instanceof SessionView);
        scroll.getStyleClass().add("screen");
        root.setCenter(view instanceof SessionView ? view : scroll);
    }

    private void setNavDisabled(boolean disabled) {
        navCheckIn.setDisable(disabled);
        navHistory.setDisable(disabled);
        navSettings.setDisable(disabled);
    }

    private void applySettings(Settings was, Settings s) {
        settings = s;
        applyLook(s);
        if (was == null || !was.device().equals(s.device())) {
            device = null;
            openSource(s.device());
        }
    }

    private void applyLook(Settings s) {
        root.getStyleClass().remove("theme-dark");
        if (s.dark()) {
            root.getStyleClass().add("theme-dark");
        }
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", s.textSize()));
        if (sessionView != null) {
            sessionView.setDark(s.dark());
        }
    }

    /** Each session's events also go to the listener {@code cues} makes from the settings in force (tones), on the FX thread. */
    public void setCues(Function<Settings, SessionListener> cues) {
        this.cues = cues;
    }

    /** Stops the input. */
    public void close() {
        closeSource();
    }

    // --- for tests, screenshots and timing ---

    public Screen screen() {
        return screen;
    }

    public CheckInViewModel checkIn() {
        return checkIn;
    }

    /** The running (or last) session's view model, or null before the first session. */
    public SessionViewModel session() {
        return session;
    }

    public HistoryViewModel historyViewModel() {
        return historyVm;
    }

    public SettingsViewModel settingsViewModel() {
        return settingsVm;
    }

    public Settings settings() {
        return settings;
    }

    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** Wall-clock now, for callers that need a date. */
    Instant instant() {
        return clock.instant();
    }
}
