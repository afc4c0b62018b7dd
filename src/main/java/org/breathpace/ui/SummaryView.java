package org.breathpace.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.breathpace.routine.ExerciseResult;
import org.breathpace.routine.PainReport;
import org.breathpace.routine.SessionReport;

/** The summary at the end of a session, and whether it reached history. */
public final class SummaryView extends VBox {
    final Button history = new Button("See history");
    final Button again = new Button("New check-in");

    /**
     * @param saved     "Saved to history." once stored, or why not
     * @param onHistory opens history
     * @param onAgain   back to the check-in
     */
    public SummaryView(SessionReport r, ReadOnlyStringProperty saved, Runnable onHistory, Runnable onAgain) {
        super(14);
        setId("summary-view");
        setPadding(new Insets(24));
        Label title = new Label(r.completed() ? "Well done: session complete" : "Session ended early");
        title.getStyleClass().add("screen-title");
        List<String> done = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ExerciseResult e : r.exercises()) {
            if (e.skipped()) {
                skipped.add(e.name());
            } else {
                done.add(e.name() + (e.eased() ? " (eased)" : ""));
            }
        }
        List<String> pains = new ArrayList<>();
        for (PainReport p : r.pains()) {
            String name = p.stepId();
            for (ExerciseResult e : r.exercises()) {
                if (e.id().equals(p.stepId())) {
                    name = e.name();
                }
            }
            pains.add(name + (p.side() == 1 ? " (left)" : p.side() == 2 ? " (right)" : "") + ": "
                    + (p.choice() == null ? "no choice made" : p.choice().name().toLowerCase(Locale.ROOT))
                    + (p.note().isEmpty() ? "" : ", “" + p.note() + "”"));
        }
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        int row = 0;
        row = add(grid, row, "Resting rate before", rate(r.restingBpm()), "summary-before");
        row = add(grid, row, "Resting rate after", rate(r.closingBpm()), "summary-after");
        row = add(grid, row, "Time at the target rate", Format.minSec(r.timeAtTargetS()), "summary-at-target");
        row = add(grid, row, "Following the pacer", r.adherence().score().isPresent()
                ? String.format(Locale.ROOT, "%.0f %% of %d breaths", r.adherence().score().getAsDouble(), r.adherence().heardCycles())
                : "unknown", "summary-adherence");
        row = add(grid, row, "Minutes", String.format(Locale.ROOT, "%.1f", r.durationS() / 60), "summary-minutes");
        row = add(grid, row, "Exercises done", done.isEmpty() ? "none" : String.join(", ", done), "summary-done");
        row = add(grid, row, "Skipped", skipped.isEmpty() ? "none" : String.join(", ", skipped), "summary-skipped");
        add(grid, row, "Pain reports", pains.isEmpty() ? "none" : String.join("; ", pains), "summary-pain");
        Label savedLabel = new Label();
        savedLabel.setId("summary-saved");
        savedLabel.setWrapText(true);
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
        v.setMaxWidth(560);
        grid.addRow(row, new Label(name), v);
        return row + 1;
    }

    private static String rate(Double v) {
        return v == null ? "not measured" : Format.rate(v) + " breaths/min";
    }
}
