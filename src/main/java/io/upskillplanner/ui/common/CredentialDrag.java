package io.upskillplanner.ui.common;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * How credentials travel by drag and drop from the catalog (and the goal's picker) onto a goal's
 * candidates: their ids, one a line, behind a prefix that tells them from any other text dropped.
 * Encoded and decoded here only, so both ends always agree.
 */
public final class CredentialDrag {

    static final String PREFIX = "upskill-credentials:";

    private CredentialDrag() {
    }

    public static String encode(Collection<UUID> ids) {
        return PREFIX + ids.stream().map(UUID::toString).collect(Collectors.joining("\n"));
    }

    /** The ids in a dropped text, or empty when the text is not a drag of credentials (or names no valid id). */
    public static Optional<List<UUID>> decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Arrays.stream(text.substring(PREFIX.length()).split("\n"))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(UUID::fromString).toList());
        } catch (IllegalArgumentException e) {
            // Text that only looks like ours: not a drop of credentials.
            return Optional.empty();
        }
    }

    public static ClipboardContent content(Collection<UUID> ids) {
        ClipboardContent content = new ClipboardContent();
        content.putString(encode(ids));
        return content;
    }

    /** Lets credentials be dropped onto {@code target} while {@code accepting} holds; {@code dropped} gets their ids. */
    public static void dropOnto(Node target, BooleanSupplier accepting, Consumer<List<UUID>> dropped) {
        target.setOnDragOver(e -> {
            if (from(e.getDragboard()).isPresent() && accepting.getAsBoolean()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            Optional<List<UUID>> ids = from(e.getDragboard());
            ids.ifPresent(dropped);
            e.setDropCompleted(ids.isPresent());
            e.consume();
        });
    }

    public static Optional<List<UUID>> from(Dragboard board) {
        return board.hasString() ? decode(board.getString()) : Optional.empty();
    }
}
