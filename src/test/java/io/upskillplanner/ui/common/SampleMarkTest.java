package io.upskillplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.catalog.CredentialEditorViewModel;
import io.upskillplanner.ui.profiles.ProfileEditorViewModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is sample data: the seeded demo profiles and catalog entries, never what the user makes. */
class SampleMarkTest {

    @TempDir
    Path dir;

    private TestApp app;

    @BeforeEach
    void open() {
        app = new TestApp(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theSeededProfilesAndCatalogAreSamples() {
        assertThat(app.state().profiles()).isNotEmpty().allMatch(SampleMark::isSample);
        assertThat(app.store().catalog().search(CatalogFilter.ALL, 500)).isNotEmpty().allMatch(SampleMark::isSample);
    }

    @Test
    void aProfileTheUserCreatesIsNoSample() {
        ProfileEditorViewModel editor = new ProfileEditorViewModel(app.state(), null);
        editor.nameProperty().set("Jonas Weber");
        Profile[] saved = new Profile[1];
        editor.save(p -> saved[0] = p);
        assertThat(saved[0]).isNotNull();
        assertThat(SampleMark.isSample(saved[0])).isFalse();
    }

    @Test
    void aCatalogEntryTheUserCreatesOrImportsIsNoSample() {
        Credential demo = app.store().catalog().search(CatalogFilter.ALL, 1).get(0);
        CredentialEditorViewModel editor = new CredentialEditorViewModel(app.state(), null, new ScriptedDialogs());
        editor.titleProperty().set("Own course");
        editor.effortHoursProperty().set("20");
        editor.providerProperty().set(app.store().catalog().providers().get(0));
        Credential[] saved = new Credential[1];
        editor.save(c -> saved[0] = c);
        assertThat(saved[0]).as(editor.errors().current().toString()).isNotNull();
        assertThat(saved[0].origin()).isEqualTo(Origin.USER);
        assertThat(SampleMark.isSample(saved[0])).isFalse();
        assertThat(SampleMark.isSample(new Credential(demo.id(), demo.title(), demo.providerId(), demo.providerName(),
                demo.kind(), demo.description(), demo.costs(), demo.effortHours(), demo.fixedDurationWeeks(),
                demo.format(), demo.pacing(), demo.quality(), demo.credits(), demo.badgeStandard(),
                demo.validityMonths(), demo.eqfLevel(), demo.url(), demo.drawbacks(), demo.provenance(), Origin.IMPORT,
                "urn:x", demo.skills(), demo.recognition(), 0))).isFalse();
        assertThat(SampleMark.isSample((Credential) null)).isFalse();
    }
}
