package io.upskillplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.Test;

class FormChangesTest {

    private final SimpleStringProperty name = new SimpleStringProperty("Maya");
    private final SimpleObjectProperty<Integer> priority = new SimpleObjectProperty<>(3);
    private final ObservableList<String> skills = FXCollections.observableArrayList("SQL", "Python");
    private final FormChanges changes = new FormChanges().track(name, priority).trackList(skills);

    @Test
    void aFormJustOpenedHasNoChanges() {
        assertThat(changes.isChanged()).isFalse();
    }

    @Test
    void typingIntoAFieldIsAChangeAndTypingItBackIsNone() {
        name.set("Mayaa");
        assertThat(changes.changedProperty().get()).isTrue();
        name.set("Maya");
        assertThat(changes.isChanged()).isFalse();
    }

    @Test
    void aChoiceAddedOrReorderedItemIsAChange() {
        priority.set(1);
        assertThat(changes.isChanged()).isTrue();
        priority.set(3);
        skills.add("Linux");
        assertThat(changes.isChanged()).isTrue();
        skills.remove("Linux");
        assertThat(changes.isChanged()).isFalse();
        skills.setAll("Python", "SQL");
        assertThat(changes.isChanged()).isTrue();
    }

    @Test
    void anEmptiedFieldEqualsOneThatHadNoValue() {
        SimpleStringProperty notes = new SimpleStringProperty(null);
        FormChanges form = new FormChanges().track(notes);
        notes.set("");
        assertThat(form.isChanged()).isFalse();
        notes.set("x");
        assertThat(form.isChanged()).isTrue();
    }

    @Test
    void aValueLoadedAfterOpeningIsTheNewStartingPoint() {
        SimpleObjectProperty<String> provider = new SimpleObjectProperty<>();
        FormChanges form = new FormChanges().track(provider);
        provider.set("CompTIA");
        assertThat(form.isChanged()).isTrue();
        form.loaded(provider);
        assertThat(form.isChanged()).isFalse();
        provider.set("AWS");
        assertThat(form.isChanged()).isTrue();
    }

    @Test
    void anUnchangedFormClosesWithoutAsking() {
        AtomicInteger closed = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        editor().closeWithoutSaving(closed::incrementAndGet, discard -> asked.incrementAndGet());
        assertThat(closed).hasValue(1);
        assertThat(asked).hasValue(0);
    }

    @Test
    void aChangedFormClosesOnlyWhenTheUserDiscards() {
        name.set("Mia");
        AtomicInteger closed = new AtomicInteger();
        editor().closeWithoutSaving(closed::incrementAndGet, discard -> { });
        assertThat(closed).as("kept editing").hasValue(0);
        editor().closeWithoutSaving(closed::incrementAndGet, Runnable::run);
        assertThat(closed).as("discarded").hasValue(1);
    }

    private EditorModel<String> editor() {
        return new EditorModel<>() {
            @Override
            public String title() {
                return "Profile";
            }

            @Override
            public FormErrors errors() {
                return new FormErrors();
            }

            @Override
            public FormChanges changes() {
                return changes;
            }

            @Override
            public ReadOnlyStringProperty saveErrorProperty() {
                return new ReadOnlyStringWrapper("").getReadOnlyProperty();
            }

            @Override
            public void save(Consumer<String> onSaved) {
                onSaved.accept(name.get());
            }
        };
    }
}
