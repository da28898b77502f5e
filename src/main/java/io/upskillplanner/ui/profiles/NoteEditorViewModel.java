package io.upskillplanner.ui.profiles;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.ui.common.FieldRules;
import io.upskillplanner.ui.common.EditorModel;
import io.upskillplanner.ui.common.FormChanges;
import io.upskillplanner.ui.common.FormErrors;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/** Writing a new session note, or changing one; its time stamp stays the time it was first written. */
public final class NoteEditorViewModel implements EditorModel<SessionNote> {

    static final int MAX_LENGTH = 20_000;

    private final AppState state;
    private final Profile profile;
    private final SessionNote original;
    private final StringProperty text = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private final FormChanges changes = new FormChanges();
    private final FieldRules rules = new FieldRules(errors);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");

    public NoteEditorViewModel(AppState state, Profile profile, SessionNote original) {
        this.state = state;
        this.profile = profile;
        this.original = original;
        if (original != null) {
            text.set(original.text());
        }
        changes.track(text);
        text.addListener(o -> validate());
        validate();
    }

    @Override
    public String title() {
        return original == null ? Messages.get("noteEditor.newTitle", profile.name())
                : Messages.get("noteEditor.editTitle", profile.name());
    }

    public StringProperty textProperty() {
        return text;
    }

    @Override
    public FormErrors errors() {
        return errors;
    }

    @Override
    public FormChanges changes() {
        return changes;
    }

    @Override
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    private void validate() {
        if (rules.required("text", text.get()) != null) {
            rules.check("text", text.get().length() <= MAX_LENGTH, "validation.tooLong", MAX_LENGTH);
        }
    }

    @Override
    public void save(Consumer<SessionNote> onSaved) {
        validate();
        if (!errors.isValid()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        SessionNote note = original == null
                ? new SessionNote(UUID.randomUUID(), profile.id(), now, now, text.get().strip())
                : new SessionNote(original.id(), original.profileId(), original.createdAt(), now, text.get().strip());
        state.tasks().run(() -> state.store().profiles().saveSessionNote(note), saved -> {
            state.setStatus(Messages.get("notes.saved"));
            onSaved.accept(saved);
        }, error -> saveError.set(AppState.errorMessage(error)));
    }
}
