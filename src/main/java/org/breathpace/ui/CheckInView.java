package org.breathpace.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The check-in screen: input, room, breathing, result and advice, then start the session. */
public final class CheckInView extends VBox {
    final ComboBox<String> device = new ComboBox<>();
    final Button again = new Button("Measure again");
    final Button start = new Button("Start the session");

    /**
     * @param devices  the inputs a person can pick (the first is the one in use)
     * @param onDevice called with the picked input
     * @param onAgain  restarts the check-in
     * @param onStart  starts the session
     */
    public CheckInView(CheckInViewModel vm, List<String> devices, Consumer<String> onDevice, Runnable onAgain,
                       Runnable onStart) {
        super(14);
        setId("checkin-view");
        setPadding(new Insets(24));
        setMaxWidth(760);
        Label title = new Label("Check-in");
        title.getStyleClass().add("screen-title");
        device.setId("device");
        device.getItems().setAll(devices);
        if (!devices.isEmpty()) {
            device.getSelectionModel().select(0);
        }
        device.setOnAction(e -> {
            String picked = device.getValue();
            if (picked != null) {
                onDevice.accept(picked);
            }
        });
        Label source = new Label();
        source.getStyleClass().add("caption");
        source.textProperty().bind(vm.sourceProperty());
        HBox input = new HBox(10, new Label("Input"), device, source);
        input.setAlignment(Pos.CENTER_LEFT);

        Label instruction = new Label();
        instruction.setId("checkin-instruction");
        instruction.setWrapText(true);
        instruction.textProperty().bind(vm.instructionProperty());
        instruction.getStyleClass().add("step-title");
        Label countdown = new Label();
        countdown.setId("checkin-countdown");
        countdown.getStyleClass().add("big-figure");
        countdown.textProperty().bind(vm.countdownProperty());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        ProgressBar level = new ProgressBar();
        level.getStyleClass().add("level-bar");
        level.setPrefWidth(220);
        level.progressProperty().bind(vm.levelProperty());
        HBox levelRow = new HBox(10, new Label("Input level"), level);
        levelRow.setAlignment(Pos.CENTER_LEFT);

        Label result = new Label();
        result.setId("checkin-result");
        result.setWrapText(true);
        result.getStyleClass().add("step-title");
        result.textProperty().bind(vm.resultTextProperty());
        Label advice = new Label();
        advice.setId("checkin-advice");
        advice.setWrapText(true);
        advice.textProperty().bind(vm.adviceProperty());

        again.setId("checkin-again");
        start.setId("checkin-start");
        start.getStyleClass().add("primary");
        again.setOnAction(e -> onAgain.run());
        start.setOnAction(e -> onStart.run());
        again.disableProperty().bind(vm.stageProperty().isEqualTo(CheckInViewModel.Stage.NO_MICROPHONE));
        Label hint = new Label("You can start at any time: the session begins with its own half-minute check of your resting rate.");
        hint.getStyleClass().add("caption");
        HBox buttons = new HBox(12, start, again);
        getChildren().addAll(title, input, instruction, countdown, progress, levelRow, result, advice, buttons, hint);
    }
}
