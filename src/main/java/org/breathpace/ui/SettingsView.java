package org.breathpace.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.breathpace.pacing.BreathingPattern;

/** Settings: input and its level, pattern and durations, glide, tones, theme, text size. */
public final class SettingsView extends VBox {
    final ComboBox<String> device = new ComboBox<>();
    final ComboBox<String> pattern = new ComboBox<>();
    final TextField minutes = new TextField();
    final CheckBox adaptive = new CheckBox("Glide from my resting rate to the target");
    final TextField target = new TextField();
    final CheckBox tones = new CheckBox("Soft tones at each phase");
    final Slider volume = new Slider(0, 100, 40);
    final CheckBox dark = new CheckBox("Dark theme");
    final TextField textSize = new TextField();
    final Button save = new Button("Save");

    public SettingsView(SettingsViewModel vm, List<String> devices, ReadOnlyDoubleProperty level) {
        super(12);
        setId("settings-view");
        setPadding(new Insets(24));
        Label title = new Label("Settings");
        title.getStyleClass().add("screen-title");
        device.setId("settings-device");
        device.getItems().setAll(devices);
        device.setEditable(true);
        device.valueProperty().bindBidirectional(vm.device);
        ProgressBar meter = new ProgressBar();
        meter.setId("settings-level");
        meter.getStyleClass().add("level-bar");
        meter.progressProperty().bind(level);
        pattern.setId("settings-pattern");
        for (BreathingPattern p : BreathingPattern.PRESETS) {
            pattern.getItems().add(p.name());
        }
        pattern.valueProperty().bindBidirectional(vm.pattern);
        minutes.setId("settings-minutes");
        minutes.textProperty().bindBidirectional(vm.breatheMinutes);
        adaptive.setId("settings-adaptive");
        adaptive.selectedProperty().bindBidirectional(vm.adaptive);
        target.setId("settings-target");
        target.textProperty().bindBidirectional(vm.targetRate);
        tones.setId("settings-tones");
        tones.selectedProperty().bindBidirectional(vm.tones);
        volume.setId("settings-volume");
        volume.valueProperty().bindBidirectional(vm.volume);
        volume.disableProperty().bind(tones.selectedProperty().not());
        dark.setId("settings-dark");
        dark.selectedProperty().bindBidirectional(vm.dark);
        textSize.setId("settings-text-size");
        textSize.textProperty().bindBidirectional(vm.textSize);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        int r = 0;
        grid.addRow(r++, new Label("Input device"), new HBox(10, device, meter));
        grid.addRow(r++, new Label("Breathing pattern"), pattern);
        grid.addRow(r++, new Label("Breathing block (minutes)"), minutes);
        grid.addRow(r++, new Label("Adaptive pacing"), adaptive);
        grid.addRow(r++, new Label("Target (breaths/min)"), target);
        grid.addRow(r++, new Label("Tones"), new HBox(10, tones, volume));
        grid.addRow(r++, new Label("Theme"), dark);
        grid.addRow(r, new Label("Text size (points)"), textSize);
        Label error = new Label();
        error.setId("settings-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Label message = new Label();
        message.setId("settings-message");
        message.textProperty().bind(vm.messageProperty());
        save.setId("settings-save");
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        getChildren().addAll(title, grid, error, new HBox(12, save, message));
    }
}
