package io.upskillplanner.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Which form shows which editor: the composition root registers one per editor view model, and
 * the dialog service opens the form of whatever editor a view model hands it. So a view model asks
 * for an editor without knowing its view, and no view opens another view.
 */
public final class EditorForms {

    /** A loaded form and the field that takes the focus when it opens. */
    public record Form(Parent root, Node first) {
    }

    private final Map<Class<?>, Function<Object, Form>> forms = new LinkedHashMap<>();

    /** The form {@code form} builds shows editors of {@code type}; returns this, for one chain per app. */
    public <M extends EditorModel<?>> EditorForms with(Class<M> type, Function<M, Form> form) {
        forms.put(type, editor -> form.apply(type.cast(editor)));
        return this;
    }

    /** A new form for the editor. An editor nobody registered is a programming error. */
    public Form formFor(EditorModel<?> editor) {
        Function<Object, Form> form = forms.get(editor.getClass());
        if (form == null) {
            throw new IllegalStateException("No form is registered for " + editor.getClass().getName());
        }
        return form.apply(editor);
    }
}
