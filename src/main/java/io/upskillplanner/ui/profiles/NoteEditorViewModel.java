package io.upskillplanner.ui.profiles;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.ui.common.FieldRules;
import io.upskillplanner.ui.common.EditorViewModel;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/** Writing a new session note, or changing one; its time stamp stays the time it was first written. */
public final class NoteEditorViewModel extends EditorViewModel<SessionNote> {

    static final int MAX_LENGTH = 20_000;

    private final Profile profile;
    private final SessionNote original;
    private final StringProperty text = new SimpleStringProperty("");
    private final FieldRules rules = new FieldRules(errors());

    public NoteEditorViewModel(AppState state, Profile profile, SessionNote original) {
        super(state);
        this.profile = profile;
        this.original = original;
        if (original != null) {
            text.set(original.text());
        }
        changes().track(text);
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
    protected void validate() {
        if (rules.required("text", text.get()) != null) {
            rules.check("text", text.get().length() <= MAX_LENGTH, "validation.tooLong", MAX_LENGTH);
        }
    }

    @Override
    protected SessionNote formValue() {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        SessionNote note = original == null
                ? new SessionNote(UUID.randomUUID(), profile.id(), now, now, text.get().strip())
                : new SessionNote(original.id(), original.profileId(), original.createdAt(), now, text.get().strip());
        return note;
    }

    @Override
    protected SessionNote store(SessionNote note) {
        return state.store().profiles().saveSessionNote(note);
    }

    @Override
    protected void afterSave(SessionNote saved) {
        state.setStatus(Messages.get("notes.saved"));
    }
}
