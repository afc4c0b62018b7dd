package org.breathpace.ui;

import java.util.function.Supplier;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.breathpace.history.SessionSummary;

/** History: the resting-rate chart with its trend, week minutes, streak, the sessions, export. */
public final class HistoryView extends VBox {
    final LineChart<Number, Number> chart;
    final ListView<SessionSummary> list = new ListView<>();
    final Button export = new Button("Export CSV");

    public HistoryView(HistoryViewModel vm, Supplier<Path> exportTo) {
        super(12);
        setId("history-view");
        setPadding(new Insets(24));
        Label title = new Label("History");
        title.getStyleClass().add("screen-title");
        NumberAxis x = new NumberAxis();
        x.setLabel("Session");
        x.setForceZeroInRange(false);
        x.setTickUnit(1);
        NumberAxis y = new NumberAxis();
        y.setLabel("Breaths/min at rest");
        y.setForceZeroInRange(false);
        chart = new LineChart<>(x, y);
        chart.setId("history-chart");
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.getData().add(vm.resting());
        chart.getData().add(vm.trend());
        Label week = new Label();
        week.setId("history-week");
        week.getStyleClass().add("step-title");
        week.textProperty().bind(vm.weekTextProperty());
        Label streak = new Label();
        streak.setId("history-streak");
        streak.getStyleClass().add("step-title");
        streak.textProperty().bind(vm.streakTextProperty());
        Label trend = new Label();
        trend.setId("history-trend");
        trend.textProperty().bind(vm.trendTextProperty());
        list.setId("history-list");
        list.setItems(vm.sessions());
        list.setPrefHeight(160);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SessionSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : HistoryViewModel.describe(s, vm.zone()));
            }
        });
        Label details = new Label("Pick a session to see its details.");
        details.setId("history-details");
        details.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> details.setText(s == null ? ""
                : HistoryViewModel.details(s)));
        export.setId("history-export");
        export.setOnAction(e -> vm.export(exportTo.get()));
        Label message = new Label();
        message.setId("history-message");
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(title, new HBox(32, week, streak), chart, trend, list, details, new HBox(12, export, message));
    }
}
