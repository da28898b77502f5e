package io.upskillplanner.ui.main;

import io.upskillplanner.ui.catalog.CredentialEditorView;
import io.upskillplanner.ui.catalog.CredentialEditorViewModel;
import io.upskillplanner.ui.catalog.ProviderEditorView;
import io.upskillplanner.ui.catalog.ProviderEditorViewModel;
import io.upskillplanner.ui.common.EditorForms;
import io.upskillplanner.ui.goals.GoalEditorView;
import io.upskillplanner.ui.goals.GoalEditorViewModel;
import io.upskillplanner.ui.profiles.NoteEditorView;
import io.upskillplanner.ui.profiles.NoteEditorViewModel;
import io.upskillplanner.ui.profiles.ProfileEditorView;
import io.upskillplanner.ui.profiles.ProfileEditorViewModel;

/** Part of the composition root: the form of each editor the screens' view models ask the dialog service for. */
final class Editors {

    private Editors() {
    }

    static EditorForms forms() {
        return new EditorForms()
                .with(ProfileEditorViewModel.class, editor -> new ProfileEditorView(editor).form())
                .with(NoteEditorViewModel.class, editor -> new NoteEditorView(editor).form())
                .with(GoalEditorViewModel.class, editor -> new GoalEditorView(editor).form())
                .with(CredentialEditorViewModel.class, editor -> new CredentialEditorView(editor).form())
                .with(ProviderEditorViewModel.class, editor -> new ProviderEditorView(editor).form());
    }
}
