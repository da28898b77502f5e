package io.upskillplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipOutputStream;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.BackupService;
import io.upskillplanner.store.CancelFlag;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;
import io.upskillplanner.store.StoreWithProfile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals of the CTDL importer, the badge readers, the domain's records (through an import) and
 * of restoring a backup read in German on a German screen, and in English as before.
 */
class ImportErrorTextInGermanTest {

    @TempDir
    Path dir;

    private StoreWithProfile fixture;
    private Database database;
    private Store store;
    private Profile profile;

    @BeforeEach
    void open() {
        fixture = StoreWithProfile.open(dir, "Ana", "100");
        database = fixture.database();
        store = fixture.store();
        profile = fixture.profile();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private InputRejectedException rejected(String name, byte[] content, ImportTarget target) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        return (InputRejectedException) assertThatThrownBy(() -> new ImportService(store, Importers.standard())
                .importFiles(List.of(file), target)).isInstanceOf(InputRejectedException.class).actual();
    }

    @Test
    void aCtdlCredentialWithoutANameIsRefusedInGerman() throws IOException {
        InputRejectedException e = rejected("ctdl.json", """
                {"@type": "ceterms:Certification", "ceterms:ctid": "ce-1"}
                """.getBytes(StandardCharsets.UTF_8), ImportTarget.CATALOG_ONLY);

        assertThat(e.place(Locale.ENGLISH)).isEqualTo("at /ceterms:name");
        assertThat(e.reason(Locale.ENGLISH)).isEqualTo("is missing; a credential needs a name");
        assertThat(e.place(Locale.GERMAN)).isEqualTo("bei /ceterms:name");
        assertThat(e.reason(Locale.GERMAN)).isEqualTo("fehlt; ein Nachweis braucht einen Namen");
    }

    @Test
    void aBakedPngWithAWrongChecksumIsRefusedInGermanNamingTheChunk() throws IOException {
        byte[] data = "openbadgecredential\0{}".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes("tEXt".getBytes(StandardCharsets.ISO_8859_1));
        png.writeBytes(data);
        png.writeBytes(new byte[] {0, 0, 0, 0});

        InputRejectedException e = rejected("badge.png", png.toByteArray(), new ImportTarget(profile));

        assertThat(e.place(Locale.ENGLISH)).isEqualTo("chunk 1 (tEXt) at byte 8");
        assertThat(e.reason(Locale.ENGLISH)).isEqualTo("has a wrong CRC (the file is damaged)");
        assertThat(e.place(Locale.GERMAN)).isEqualTo("Chunk 1 (tEXt) bei Byte 8");
        assertThat(e.reason(Locale.GERMAN)).isEqualTo("hat eine falsche Prüfsumme (CRC); die Datei ist beschädigt");
    }

    @Test
    void aValueTheCredentialRecordRefusesIsNamedAtItsCellInGerman() throws IOException {
        InputRejectedException e = rejected("catalog.csv", """
                title,provider,kind,currency,format,pacing
                Cloud Basics,Acme,CERTIFICATE,XYZ,ONLINE,SELF_PACED
                """.getBytes(StandardCharsets.UTF_8), ImportTarget.CATALOG_ONLY);

        assertThat(e.reason(Locale.ENGLISH)).isEqualTo("column currency: Unknown ISO 4217 currency code: 'XYZ'");
        assertThat(e.reason(Locale.GERMAN)).isEqualTo("Spalte currency: „XYZ“ ist kein Währungscode nach ISO 4217");
        assertThat(e.place(Locale.GERMAN)).isEqualTo(e.place(Locale.ENGLISH).replace("line", "Zeile")
                .replace("column", "Spalte"));
    }

    @Test
    void anEmptyZipIsRefusedAsABackupInGerman() throws IOException {
        Path zip = dir.resolve("empty.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.finish();
        }

        InputRejectedException e = (InputRejectedException) assertThatThrownBy(
                () -> new BackupService(new DataFolder(dir.resolve("data"))).verify(zip, new CancelFlag()))
                .isInstanceOf(InputRejectedException.class).actual();

        assertThat(e.reason(Locale.ENGLISH)).isEqualTo("is not an Upskill Planner backup (the zip is empty)");
        assertThat(e.message(Locale.GERMAN)).isEqualTo(zip + ": ist keine Upskill-Planner-Sicherung (das ZIP ist leer)");
    }
}
