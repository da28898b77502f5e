package io.upskillplanner.ui.catalog;

import static io.upskillplanner.store.jooq.Tables.CANDIDATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.CatalogQuery;
import io.upskillplanner.domain.CatalogSort;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CreditUnit;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.common.ScriptedDialogs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private TestApp app;
    private CatalogViewModel catalog;

    @BeforeEach
    void open() {
        app = new TestApp(dir);
        catalog = new CatalogViewModel(app.state(), new ScriptedDialogs());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void showsTheWholeCatalogByTitleIgnoringCase() {
        List<String> titles = titles();

        assertThat(titles).hasSize(app.store().catalog().count());
        assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(catalog.summaryProperty().get()).endsWith(titles.size() + " credentials");
    }

    @Test
    void searchAndFiltersNarrowAndClearingBringsAllBack() {
        int all = catalog.rowsProperty().get().size();

        catalog.searchTextProperty().set("AWS cloud");
        assertThat(titles()).isNotEmpty().allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(rows()).allSatisfy(c -> assertThat((c.title() + c.providerName() + c.skills()).toLowerCase())
                .contains("aws").contains("cloud"));

        catalog.searchTextProperty().set("");
        catalog.selectedIndustries().setAll("Healthcare");
        assertThat(rows()).isNotEmpty().allSatisfy(c -> assertThat(c.recognitionIn("Healthcare").level()).isPositive());
        catalog.selectedFormats().setAll(DeliveryFormat.ONLINE);
        assertThat(rows()).allSatisfy(c -> assertThat(c.format()).isEqualTo(DeliveryFormat.ONLINE));
        catalog.maxCostProperty().set(500);
        assertThat(rows()).allSatisfy(c -> assertThat(c.costs().oneOff().amount()).isLessThanOrEqualTo(new BigDecimal("500")));
        catalog.clearFilters();
        assertThat(catalog.rowsProperty().get()).hasSize(all);

        catalog.accreditedOnlyProperty().set(true);
        assertThat(rows()).isNotEmpty().allMatch(Credential::isAccredited);
        catalog.clearFilters();
        catalog.stackableOnlyProperty().set(true);
        assertThat(rows()).allMatch(Credential::isStackable);
        catalog.clearFilters();
        catalog.minEffortProperty().set(100);
        assertThat(rows()).isNotEmpty().allSatisfy(c -> assertThat(c.effortHours()).isGreaterThanOrEqualTo(100));
        assertThat(catalog.summaryProperty().get()).contains(" of ");
    }

    @Test
    void sortsByCostBothWays() {
        catalog.sortBy(CatalogSort.COST, false);
        List<Credential> up = rows();
        assertThat(up).extracting(c -> c.costs().oneOff().amount().doubleValue()).isSorted();
        catalog.sortBy(CatalogSort.COST, true);
        assertThat(rows().get(0).costs().oneOff().amount()).isEqualByComparingTo(up.get(up.size() - 1)
                .costs().oneOff().amount());
    }

    @Test
    void aNewCredentialWithEveryFactIsSavedIndexedAndFoundBySearch() {
        ProviderEditorViewModel providerEditor = catalog.newProviderEditor();
        providerEditor.nameProperty().set("Nordic Health Academy");
        providerEditor.countryProperty().set("se");
        providerEditor.urlProperty().set("https://example.org");
        Provider[] provider = new Provider[1];
        providerEditor.save(p -> provider[0] = p);
        assertThat(provider[0].country()).isEqualTo("SE");

        CredentialEditorViewModel editor = new CredentialEditorViewModel(app.state(), null, new ScriptedDialogs(), TODAY);
        editor.titleProperty().set("clinical Data Steward");
        editor.providerSaved(provider[0]);
        editor.currencyProperty().set("SEK");
        editor.tuitionProperty().set("12000");
        editor.examProperty().set("800");
        editor.materialsProperty().set("200");
        editor.renewalProperty().set("500");
        editor.renewalMonthsProperty().set("36");
        editor.effortHoursProperty().set("120");
        editor.durationWeeksProperty().set("12");
        editor.accreditationBodyProperty().set("Swedish Council for Higher Education");
        editor.curriculumStandardProperty().set("HL7 FHIR");
        editor.instructorExpertiseProperty().set(4);
        editor.careerSupportProperty().set(2);
        editor.creditsProperty().set("7.5");
        editor.creditUnitProperty().set(CreditUnit.ECTS);
        editor.stacksIntoProperty().set("MSc Health Informatics");
        editor.validityMonthsProperty().set("36");
        editor.sourceProperty().set("https://example.org/course");
        for (String skill : List.of("health informatics", "data governance")) {
            editor.skillInputProperty().set(skill);
            editor.addSkill();
        }
        editor.recognitionIndustryProperty().set("Healthcare");
        editor.recognitionLevelProperty().set(4);
        editor.recognitionEvidenceProperty().set("Regional hospital job ads");
        editor.addRecognition();
        editor.recognitionIndustryProperty().set("Technology");
        editor.recognitionLevelProperty().set(2);
        editor.addRecognition();
        Credential[] saved = new Credential[1];

        editor.save(c -> {
            saved[0] = c;
            catalog.credentialSaved(c);
        });

        Credential stored = app.store().catalog().find(saved[0].id()).orElseThrow();
        assertThat(stored.providerName()).isEqualTo("Nordic Health Academy");
        assertThat(stored.costs().oneOff().amount()).isEqualByComparingTo("13000");
        assertThat(stored.costs().renewalPeriodMonths()).isEqualTo(36);
        assertThat(stored.credits().amount()).isEqualByComparingTo("7.5");
        assertThat(stored.quality().instructorExpertise()).isEqualTo(4);
        assertThat(stored.recognition()).hasSize(2);
        assertThat(stored.provenance().lastVerified()).isEqualTo(TODAY);
        catalog.searchTextProperty().set("nordic health");
        assertThat(titles()).containsExactly("clinical Data Steward");
        catalog.searchTextProperty().set("");
        assertThat(titles()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).contains("clinical Data Steward");
    }

    @Test
    void theScreenAsksForTheFormsAndAProviderMadeFromTheCredentialFormBecomesItsProvider() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        CatalogViewModel screen = new CatalogViewModel(app.state(), dialogs);
        List<Credential> revealed = new ArrayList<>();

        screen.newCredential(revealed::add);
        ScriptedDialogs.Opened<Credential> form = dialogs.last(CredentialEditorViewModel.class);
        CredentialEditorViewModel editor = (CredentialEditorViewModel) form.editor();
        editor.newProvider();
        ScriptedDialogs.Opened<Provider> providerForm = dialogs.last(ProviderEditorViewModel.class);
        ((ProviderEditorViewModel) providerForm.editor()).nameProperty().set("Baltic Data School");
        providerForm.save();
        editor.titleProperty().set("Zeta Data Steward");
        editor.effortHoursProperty().set("40");
        form.save();

        assertThat(editor.providerProperty().get().name()).isEqualTo("Baltic Data School");
        assertThat(revealed).extracting(Credential::title).containsExactly("Zeta Data Steward");
        assertThat(revealed.get(0).providerName()).isEqualTo("Baltic Data School");
        screen.searchTextProperty().set("zeta data");
        assertThat(screen.rowsProperty().get().size()).isEqualTo(1);
    }

    @Test
    void aProviderRenamedFromTheCredentialEditorIsFoundUnderItsNewName() {
        Credential credential = app.store().catalog().searchAsTheScreen(CatalogQuery.ALL)
                .stream().filter(c -> c.providerId() != null).findFirst().orElseThrow();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        CredentialEditorViewModel editor = new CredentialEditorViewModel(app.state(), credential, dialogs, TODAY);
        editor.editProvider();
        ScriptedDialogs.Opened<Provider> providerForm = dialogs.last(ProviderEditorViewModel.class);
        ((ProviderEditorViewModel) providerForm.editor()).nameProperty().set("Zephyr Learning Guild");
        providerForm.save();

        catalog.searchTextProperty().set("zephyr guild");
        assertThat(rows()).isNotEmpty().extracting(Credential::id).contains(credential.id());
        assertThat(rows()).allSatisfy(c -> assertThat(c.providerName()).isEqualTo("Zephyr Learning Guild"));
    }

    @Test
    void deletingAsksFirstAndANoKeepsTheCredential() {
        ScriptedDialogs dialogs = new ScriptedDialogs().answerYes(false);
        CatalogViewModel screen = new CatalogViewModel(app.state(), dialogs);
        screen.newCredential(saved -> { });
        ScriptedDialogs.Opened<Credential> form = dialogs.last(CredentialEditorViewModel.class);
        CredentialEditorViewModel editor = (CredentialEditorViewModel) form.editor();
        editor.titleProperty().set("Ephemeral Credential");
        editor.effortHoursProperty().set("10");
        form.save();
        int before = app.store().catalog().count();
        screen.searchTextProperty().set("ephemeral");
        CatalogRow row = screen.rowsProperty().get().get(0);
        assertThat(row.credential().title()).isEqualTo("Ephemeral Credential");

        screen.askToDelete(row);
        assertThat(dialogs.asked()).hasSize(1);
        assertThat(app.store().catalog().count()).isEqualTo(before);

        dialogs.answerYes(true);
        screen.askToDelete(row);
        assertThat(dialogs.asked()).hasSize(2);
        assertThat(app.store().catalog().count()).isEqualTo(before - 1);
    }

    @Test
    void theCredentialFormRefusesWrongFiguresAndMarksStaleFacts() {
        CredentialEditorViewModel editor = new CredentialEditorViewModel(app.state(), null, new ScriptedDialogs(), TODAY);
        editor.tuitionProperty().set("-1");
        editor.renewalProperty().set("100");
        editor.effortHoursProperty().set("1.5");
        editor.creditsProperty().set("5");
        editor.currencyProperty().set("EU");
        editor.eqfLevelProperty().set("9");
        editor.urlProperty().set("example.org");
        editor.lastVerifiedProperty().set(TODAY.plusDays(1));
        int before = app.store().catalog().count();

        editor.save(c -> { });

        assertThat(editor.errors().current()).containsOnlyKeys("title", "tuition", "renewalMonths", "effortHours",
                "creditUnit", "currency", "eqfLevel", "url", "lastVerified");
        assertThat(app.store().catalog().count()).isEqualTo(before);
        editor.lastVerifiedProperty().set(TODAY.minusMonths(13));
        assertThat(editor.staleWarningProperty().get()).startsWith("Stale");
        editor.markVerifiedToday();
        assertThat(editor.staleWarningProperty().get()).isEmpty();
    }

    @Test
    void aProviderNameIsUniqueIgnoringCase() {
        ProviderEditorViewModel editor = catalog.newProviderEditor();
        editor.nameProperty().set("amazon web services");

        assertThat(editor.errors().of("name").get()).isEqualTo("A provider with this name exists already.");
        editor.countryProperty().set("XX");
        assertThat(editor.errors().of("country").get()).isNotEmpty();
    }

    @Test
    void aCredentialInAPlanCannotBeDeletedButAnotherCanAndComesBackOnUndo() {
        catalog.searchTextProperty().set("AWS Certified Cloud Practitioner");
        CatalogRow used = catalog.rowsProperty().get().get(0);
        int before = app.store().catalog().count();

        catalog.delete(used);

        assertThat(app.store().catalog().count()).isEqualTo(before);
        assertThat(app.state().statusProperty().get()).contains("candidate");

        catalog.searchTextProperty().set("");
        CatalogRow unused = catalog.rowsProperty().get().stream()
                .filter(r -> app.store().database().dsl().fetchCount(CANDIDATE, CANDIDATE.CREDENTIAL_ID.eq(r.id())) == 0)
                .findFirst().orElseThrow();
        String title = unused.credential().title();
        catalog.delete(unused);
        assertThat(app.store().catalog().count()).isEqualTo(before - 1);
        assertThat(titles()).doesNotContain(title);
        app.state().undo();
        assertThat(titles()).contains(title);
    }

    @Test
    void attachingFromTheCatalogAddsToTheSelectedGoal() {
        app.select("Maya Lindqvist");
        var goal = app.store().goals().listForProfile(app.state().currentProfile().id()).get(0);
        app.state().currentGoalProperty().set(goal);
        int before = app.store().candidates().listForGoal(goal.id()).size();
        catalog.searchTextProperty().set("welding");

        catalog.attachToGoal(new ArrayList<>(catalog.rowsProperty().get()));

        assertThat(app.store().candidates().listForGoal(goal.id())).hasSize(before + catalog.rowsProperty().get().size());
    }

    private List<Credential> rows() {
        return catalog.rowsProperty().get().stream().map(CatalogRow::credential).toList();
    }

    private List<String> titles() {
        return rows().stream().map(Credential::title).toList();
    }
}
