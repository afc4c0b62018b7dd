package org.breathpace.ui;

import javafx.geometry.Pos;
import org.breathpace.routine.PainChoice;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shown over the session when pain is reported: the red flags, then ease, skip or end. Visible
 * exactly while {@link SessionViewModel#painOpenProperty()} is true. Keys: E ease, S skip, X end,
 * N to write what they feel in the optional note field (bound to {@link SessionViewModel#painNoteProperty()};
 * while it has focus, letters are typed, and Enter or Esc go back to the buttons).
 */
public final class PainOverlay extends StackPane {
    final Button ease = new Button("Ease off (E)");
    final Button skip = new Button("Skip this exercise (S)");
    final Button end = new Button("End the session (X)");
    final TextField note = new TextField();
    /** The longest note kept (history keeps up to 2,000 characters). */
    static final int NOTE_MAX = 500;

    public PainOverlay(SessionViewModel vm) {
        getStyleClass().add("pain-overlay");
        setId("pain-overlay");
        Label title = new Label("Pain: the session is paused");
        title.getStyleClass().add("pain-title");
        Label flags = new Label();
        flags.setWrapText(true);
        flags.getStyleClass().add("pain-flags");
        flags.textProperty().bind(vm.painFlagsProperty());
        Label other = new Label();
        other.setWrapText(true);
        other.textProperty().bind(vm.painAdviceProperty());
        ease.setId("pain-ease");
        skip.setId("pain-skip");
        end.setId("pain-end");
        end.getStyleClass().add("danger");
        ease.setOnAction(e -> vm.painChoice(PainChoice.EASE));
        skip.setOnAction(e -> vm.painChoice(PainChoice.SKIP));
        end.setOnAction(e -> vm.painChoice(PainChoice.END));
        note.setId("pain-note");
        note.setPromptText("In your own words, e.g. a dull ache beside the spine");
        note.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= NOTE_MAX ? c : null));
        note.textProperty().bindBidirectional(vm.painNoteProperty());
        Label noteLabel = new Label("What do you feel? (optional, N to write)");
        noteLabel.setLabelFor(note);
        noteLabel.getStyleClass().add("pain-note-label");
        VBox noteBox = new VBox(4, noteLabel, note);
        HBox buttons = new HBox(12, ease, skip, end);
        buttons.setAlignment(Pos.CENTER);
        VBox card = new VBox(14, title, flags, other, noteBox, buttons);
        card.getStyleClass().add("pain-card");
        card.setMaxWidth(620);
        card.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(card);
        visibleProperty().bind(vm.painOpenProperty());
        managedProperty().bind(vm.painOpenProperty());
        vm.painOpenProperty().addListener((o, was, open) -> {
            if (open) {
                ease.requestFocus();
            }
        });
    }
}
