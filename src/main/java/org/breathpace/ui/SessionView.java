package org.breathpace.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import org.breathpace.routine.PainChoice;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.breathpace.pacing.PacerPhase;

/**
 * The session screen at one glance: the pacer and the live breath on the left, the routine as a
 * sequence on the right, the controls beneath. Keys: space pause/resume, → skip, ← back, P pain,
 * Esc end (E, S, X answer the pain question). Built in code and bound to a {@link SessionViewModel}.
 */
public final class SessionView extends StackPane {
    static final double MIN_RADIUS = 40;
    static final double MAX_RADIUS = 120;

    private final SessionViewModel vm;
    private final TraceCanvas trace;
    private final PainOverlay pain;
    private long frames;
    /** The N that moved focus to the note field is not typed into it. */
    private boolean swallowTyped;
    final Button pause = new Button("Pause (Space)");
    final Button back = new Button("← Back");
    final Button skip = new Button("Skip →");
    final Button painButton = new Button("Pain (P)");
    final Button end = new Button("End (Esc)");

    public SessionView(SessionViewModel vm) {
        this.vm = vm;
        getStyleClass().add("session-view");
        setId("session-view");
        trace = new TraceCanvas(vm);
        pain = new PainOverlay(vm);

        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        BorderPane main = new BorderPane();
        main.setPadding(new Insets(16));
        main.setTop(notice);
        BorderPane.setMargin(notice, new Insets(0, 0, 12, 0));
        main.setCenter(breathColumn());
        main.setRight(routineColumn());
        main.setBottom(controls());
        getChildren().addAll(main, pain);
        // While the pain dialog is open, what lies behind it can be neither clicked nor reached with Tab.
        main.disableProperty().bind(vm.painOpenProperty());

        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        pause.textProperty().bind(Bindings.when(vm.pausedProperty()).then("Resume (Space)").otherwise("Pause (Space)"));
    }

    private Region breathColumn() {
        Circle shape = new Circle(MIN_RADIUS);
        shape.setId("pacer-shape");
        shape.getStyleClass().add("pacer-shape");
        shape.radiusProperty().bind(vm.fullnessProperty().multiply(MAX_RADIUS - MIN_RADIUS).add(MIN_RADIUS));
        vm.pacerPhaseProperty().addListener((o, was, now) -> phaseClass(shape, now));
        phaseClass(shape, vm.pacerPhaseProperty().get());
        Label word = new Label();
        word.setId("phase-word");
        word.getStyleClass().add("phase-word");
        word.textProperty().bind(vm.phaseWordProperty());
        Label left = new Label();
        left.setId("phase-left");
        left.getStyleClass().add("phase-left");
        left.textProperty().bind(vm.phaseSecondsLeftProperty());
        word.setWrapText(true);
        word.setMaxWidth(2 * MAX_RADIUS);
        word.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        word.setAlignment(Pos.CENTER);
        VBox inCircle = new VBox(2, word, left);
        inCircle.setAlignment(Pos.CENTER);
        inCircle.setMouseTransparent(true);
        StackPane pacer = new StackPane(shape, inCircle);
        pacer.setMinSize(2 * MAX_RADIUS + 8, 2 * MAX_RADIUS + 8);
        pacer.setPrefSize(2 * MAX_RADIUS + 8, 2 * MAX_RADIUS + 8);

        Label rate = new Label();
        rate.setId("rate");
        rate.getStyleClass().add("rate");
        rate.textProperty().bind(vm.rateTextProperty());
        Label unit = new Label("breaths / min");
        unit.getStyleClass().add("caption");
        Label target = new Label();
        target.getStyleClass().add("caption");
        target.textProperty().bind(vm.targetTextProperty());
        VBox rateBox = new VBox(0, rate, unit, target);
        rateBox.setAlignment(Pos.CENTER_LEFT);

        Circle light = new Circle(9);
        light.setId("quality-light");
        light.getStyleClass().add("quality-light");
        Label lightWords = new Label();
        lightWords.setId("quality-words");
        vm.qualityProperty().addListener((o, was, now) -> qualityClass(light, lightWords, now));
        qualityClass(light, lightWords, vm.qualityProperty().get());
        HBox lightRow = new HBox(8, light, lightWords);
        lightRow.setAlignment(Pos.CENTER_LEFT);
        Label advice = new Label();
        advice.setWrapText(true);
        advice.getStyleClass().add("caption");
        advice.textProperty().bind(vm.qualityAdviceProperty());
        Label adherence = new Label();
        adherence.setId("adherence");
        adherence.textProperty().bind(vm.adherenceTextProperty());
        VBox measures = new VBox(10, rateBox, adherence, lightRow, advice);
        measures.setAlignment(Pos.CENTER_LEFT);
        measures.setMaxWidth(300);

        HBox top = new HBox(32, pacer, measures);
        top.setAlignment(Pos.CENTER);
        Label traceCaption = new Label("Breath sound (line), heard inhales (blue) and exhales (green); the pacer beneath; the last 30 s");
        traceCaption.getStyleClass().add("caption");
        VBox col = new VBox(12, top, trace, traceCaption);
        VBox.setVgrow(trace, Priority.ALWAYS);
        return col;
    }

    private Region routineColumn() {
        Label title = new Label();
        title.setId("step-title");
        title.getStyleClass().add("step-title");
        title.textProperty().bind(vm.stepTitleProperty());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label side = new Label();
        side.setId("step-side");
        side.getStyleClass().add("step-side");
        side.textProperty().bind(vm.sideTextProperty());
        Label countdown = new Label();
        countdown.setId("step-countdown");
        countdown.getStyleClass().add("step-countdown");
        countdown.textProperty().bind(vm.stepCountdownProperty());
        Label instructions = new Label();
        instructions.setId("step-instructions");
        instructions.setWrapText(true);
        instructions.setMinHeight(Region.USE_PREF_SIZE);
        instructions.getStyleClass().add("instructions");
        instructions.textProperty().bind(vm.stepInstructionsProperty());
        Label cue = new Label();
        cue.setWrapText(true);
        cue.setMinHeight(Region.USE_PREF_SIZE);
        cue.getStyleClass().add("cue");
        cue.textProperty().bind(vm.stepCueProperty());
        Label next = new Label();
        next.setId("step-next");
        next.getStyleClass().add("caption");
        next.textProperty().bind(vm.nextTextProperty());

        VBox sequence = new VBox(4);
        sequence.setId("sequence");
        sequence.getStyleClass().add("sequence");
        Runnable fill = () -> {
            sequence.getChildren().clear();
            for (StepRow r : vm.rows()) {
                Label name = new Label(r.name());
                name.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(name, Priority.ALWAYS);
                Label state = new Label(r.outcome() == StepOutcome.UPCOMING ? r.planned() : r.outcome().label());
                state.setMinWidth(Region.USE_PREF_SIZE);
                HBox row = new HBox(8, name, state);
                row.getStyleClass().addAll("step-row", "step-" + r.outcome().name().toLowerCase(java.util.Locale.ROOT));
                sequence.getChildren().add(row);
            }
        };
        vm.rows().addListener((javafx.collections.ListChangeListener<StepRow>) c -> fill.run());
        fill.run();
        Label timeLeft = new Label();
        timeLeft.setId("time-left");
        timeLeft.getStyleClass().add("time-left");
        timeLeft.textProperty().bind(vm.timeLeftTextProperty());

        VBox card = new VBox(8, title, side, countdown, instructions, cue, next);
        card.getStyleClass().add("card");
        VBox col = new VBox(14, card, sequence, timeLeft);
        col.setPadding(new Insets(0, 4, 0, 16));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(col);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(370);
        scroll.setMaxWidth(390);
        scroll.setFocusTraversable(false);
        return scroll;
    }

    private Region controls() {
        pause.setId("pause");
        back.setId("back");
        skip.setId("skip");
        painButton.setId("pain");
        end.setId("end");
        painButton.getStyleClass().add("danger");
        pause.setOnAction(e -> vm.togglePause());
        back.setOnAction(e -> vm.back());
        skip.setOnAction(e -> vm.skip());
        painButton.setOnAction(e -> vm.pain());
        end.setOnAction(e -> vm.end());
        HBox box = new HBox(12, pause, back, skip, painButton, end);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(14, 0, 0, 0));
        box.disableProperty().bind(vm.endedProperty());
        return box;
    }

    private void onKey(KeyEvent e) {
        if (vm.endedProperty().get()) {
            return;
        }
        KeyCode k = e.getCode();
        swallowTyped = false;
        if (vm.painOpenProperty().get() && getScene() != null && getScene().getFocusOwner() == pain.note) {
            // Typing a note: letters (E, S, X too) go to the field; Enter or Esc go back to the choices.
            if (k == KeyCode.ENTER || k == KeyCode.ESCAPE) {
                pain.ease.requestFocus();
                e.consume();
            }
            return;
        }
        if (k == KeyCode.ENTER) {
            // Enter presses the focused button, in the dialog or on the session screen.
            if (fireFocusedButton()) {
                e.consume();
            }
            return;
        }
        if (vm.painOpenProperty().get()) {
            switch (k) {
                case N -> {
                    pain.note.requestFocus();
                    swallowTyped = true;
                }
                case E -> vm.painChoice(PainChoice.EASE);
                case S -> vm.painChoice(PainChoice.SKIP);
                case X, ESCAPE -> vm.painChoice(PainChoice.END);
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        switch (k) {
            case SPACE -> vm.togglePause();
            case RIGHT -> vm.skip();
            case LEFT -> vm.back();
            case P -> vm.pain();
            case ESCAPE -> vm.end();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Enter presses the focused button; false when no button has the focus. */
    private boolean fireFocusedButton() {
        if (getScene() != null && getScene().getFocusOwner() instanceof Button b) {
            b.fire();
            return true;
        }
        return false;
    }

    /**
     * Redraws the trace; called once per frame after {@link SessionViewModel#tick}. The trace
     * moves a few pixels a second, so it is drawn on every other frame: the software renderer
     * then spends its time on the pacer, which must stay smooth.
     */
    public void redraw() {
        if ((++frames & 1) == 0) {
            trace.redraw();
        }
    }

    public void setDark(boolean dark) {
        trace.setDark(dark);
    }

    private static void phaseClass(Circle c, PacerPhase p) {
        c.getStyleClass().removeIf(s -> s.startsWith("phase-"));
        c.getStyleClass().add("phase-" + p.id().replace('_', '-'));
    }

    private static void qualityClass(Circle c, Label words, QualityLight q) {
        c.getStyleClass().removeIf(s -> s.startsWith("quality-") && !s.equals("quality-light"));
        c.getStyleClass().add(q.styleClass());
        words.setText(q.words());
    }
}
