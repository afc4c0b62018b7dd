package org.breathpace.ui;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The summary at the end of a session, and whether it reached history. */
public final class SummaryView extends VBox {
    final Button history = new Button("See history");
    final Button again = new Button("New check-in");

    /**
     * @param saved     "Saved to history." once stored, or why not
     * @param onHistory opens history
     * @param onAgain   back to the check-in
     */
    public SummaryView(SessionSummary s, ReadOnlyStringProperty saved, Runnable onHistory, Runnable onAgain) {
        super(14);
        setId("summary-view");
        setPadding(new Insets(24));
        Label title = new Label(s.completed() ? "Well done: session complete" : "Session ended early");
        title.getStyleClass().add("screen-title");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        int row = 0;
        row = add(grid, row, "Resting rate before", rate(s.restingBefore()), "summary-before");
        row = add(grid, row, "Resting rate after", rate(s.restingAfter()), "summary-after");
        row = add(grid, row, "Time at the target rate", Format.minSec(s.timeAtTargetS()), "summary-at-target");
        row = add(grid, row, "Following the pacer", Format.percent(s.adherence()), "summary-adherence");
        row = add(grid, row, "Minutes", String.format(Locale.ROOT, "%.1f", s.minutes()), "summary-minutes");
        row = add(grid, row, "Done", s.done().isEmpty() ? "none" : String.join(", ", s.done()), "summary-done");
        row = add(grid, row, "Skipped", s.skipped().isEmpty() ? "none" : String.join(", ", s.skipped()), "summary-skipped");
        StringBuilder pain = new StringBuilder();
        for (PainNote p : s.pain()) {
            pain.append(pain.length() == 0 ? "" : "; ").append(p.step())
                    .append(p.side().isEmpty() ? "" : " (" + p.side() + ")")
                    .append(": ").append(p.choice().name().toLowerCase(Locale.ROOT));
        }
        add(grid, row, "Pain reports", pain.length() == 0 ? "none" : pain.toString(), "summary-pain");
        Label savedLabel = new Label();
        savedLabel.setId("summary-saved");
        savedLabel.textProperty().bind(saved);
        history.setId("summary-history");
        again.setId("summary-again");
        history.getStyleClass().add("primary");
        history.setOnAction(e -> onHistory.run());
        again.setOnAction(e -> onAgain.run());
        Label tip = new Label("A short session every day does more than a long one now and then.");
        tip.getStyleClass().add("caption");
        getChildren().addAll(title, grid, savedLabel, tip, new HBox(12, history, again));
    }

    private static int add(GridPane grid, int row, String name, String value, String id) {
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        v.setMaxWidth(520);
        grid.addRow(row, new Label(name), v);
        return row + 1;
    }

    private static String rate(double v) {
        return Double.isNaN(v) ? "not measured" : Format.rate(v) + " breaths/min";
    }
}
