package io.upskillplanner.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import io.upskillplanner.domain.CatalogEntry;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.exchange.CatalogImportPlan;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importers;
import io.upskillplanner.exchange.csv.CsvWriter;
import io.upskillplanner.store.CatalogRepository;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;

/**
 * Imports a generated 100,000-entry catalog CSV into a fresh H2 file database (read, parse, plan,
 * write in one transaction) and compares the rate with a raw JDBC batch insert of the same rows,
 * after a 10,000-entry warm-up of both.
 */
final class ImportBenchmark implements Benchmark {

    static final int ENTRIES = 100_000;
    private static final int WARM_UP_ENTRIES = 10_000;

    @Override
    public String name() {
        return "import.catalog.100k";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path work = Files.createDirectories(Path.of("target", "bench", "import"));
        for (String folder : List.of("db", "raw", "warm-db", "warm-raw")) {
            deleteTree(work.resolve(folder));
        }
        Path csv = work.resolve("catalog-100k.csv");
        generate(csv, ENTRIES);
        report.figure(name() + ".file_mb", Files.size(csv) / (1024.0 * 1024.0));
        // Both paths once on a small file first, so that neither is measured with H2, the parser or
        // jOOQ still interpreted while the other runs compiled (the second run would be favoured).
        Path warmCsv = work.resolve("catalog-warm-up.csv");
        generate(warmCsv, WARM_UP_ENTRIES);
        try (Database warm = Database.openH2(new DataFolder(work.resolve("warm-db")));
             Database warmRaw = Database.openH2(new DataFolder(work.resolve("warm-raw")))) {
            Store store = new Store(warm);
            ImportService service = new ImportService(store, Importers.standard());
            List<ImportPlan> plans = service.plan(List.of(warmCsv), ImportTarget.CATALOG_ONLY);
            service.apply(plans);
            rawInsert(warmRaw, store.catalog().providers(), ((CatalogImportPlan) plans.get(0)).entries());
        }
        report.figure(name() + ".warm_up_entries", WARM_UP_ENTRIES);

        List<CatalogEntry> entries;
        try (Database database = Database.openH2(new DataFolder(work.resolve("db")))) {
            cacheSize(database);
            Store store = new Store(database);
            ImportService service = new ImportService(store, Importers.standard());
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            List<ImportPlan> plans = service.plan(List.of(csv), ImportTarget.CATALOG_ONLY);
            long planned = System.nanoTime();
            service.apply(plans);
            long end = System.nanoTime();
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            entries = ((CatalogImportPlan) plans.get(0)).entries();
            double seconds = (end - start) / 1e9;
            report.figure(name() + ".entries", store.catalog().count());
            report.figure(name() + ".read_parse_plan_ms", (planned - start) / 1e6);
            report.figure(name() + ".write_ms", (end - planned) / 1e6);
            report.figure(name() + ".total_ms", (end - start) / 1e6);
            report.figure(name() + ".entries_per_s", ENTRIES / seconds);
            report.figure(name() + ".write_entries_per_s", ENTRIES / ((end - planned) / 1e9));

            try (Database raw = Database.openH2(new DataFolder(work.resolve("raw")))) {
                cacheSize(raw);
                List<Provider> providers = store.catalog().providers();
                long rawCpuStart = threads.getCurrentThreadCpuTime();
                long rawStart = System.nanoTime();
                rawInsert(raw, providers, entries);
                double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
                double rawCpuSeconds = (threads.getCurrentThreadCpuTime() - rawCpuStart) / 1e9;
                // On a shared machine wall time mostly measures the neighbours; thread CPU time does not.
                report.figure(name() + ".cpu_entries_per_s", ENTRIES / cpuSeconds);
                report.figure(name() + ".raw_jdbc_cpu_entries_per_s", ENTRIES / rawCpuSeconds);
                report.figure(name() + ".cpu_ratio_to_raw_jdbc", rawCpuSeconds / cpuSeconds);
                report.figure(name() + ".raw_jdbc_ms", rawSeconds * 1000);
                report.figure(name() + ".raw_jdbc_entries_per_s", ENTRIES / rawSeconds);
                report.figure(name() + ".ratio_to_raw_jdbc", rawSeconds / seconds);
                report.figure(name() + ".write_ratio_to_raw_jdbc", rawSeconds / ((end - planned) / 1e9));
            }
        }
    }

    /** H2's page cache, in KB, from -Dbench.h2.cache_kb (default: H2's own). */
    private static void cacheSize(Database database) throws Exception {
        String kb = System.getProperty("bench.h2.cache_kb");
        if (kb != null && !kb.isBlank()) {
            try (Connection c = database.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("SET CACHE_SIZE " + Integer.parseInt(kb));
            }
        }
    }

    private static void generate(Path csv, int count) throws Exception {
        String[] industries = {"Technology", "Healthcare", "Manufacturing", "Education", "Business & Finance"};
        try (OutputStream out = Files.newOutputStream(csv); CsvWriter writer = new CsvWriter(out)) {
            writer.row(List.of("id", "title", "provider", "provider_type", "kind", "description", "tuition",
                    "exam_fee", "renewal_cost", "renewal_period_months", "currency", "effort_hours", "format",
                    "pacing", "accreditation_body", "skills", "recognition", "source", "last_verified"));
            for (int i = 0; i < count; i++) {
                writer.row(List.of(new UUID(0x5EED, i).toString(), "Generated credential " + i,
                        "Provider " + (i % 200), i % 3 == 0 ? "UNIVERSITY" : "VENDOR",
                        i % 2 == 0 ? "CERTIFICATE" : "CERTIFICATION",
                        "A generated catalog entry, number " + i + ", for the import benchmark.",
                        String.format(Locale.ROOT, "%d.00", 100 + i % 900), "150.00", i % 4 == 0 ? "75.00" : "0",
                        i % 4 == 0 ? "36" : "", i % 5 == 0 ? "USD" : "EUR", Integer.toString(20 + i % 200),
                        i % 2 == 0 ? "ONLINE" : "HYBRID", i % 3 == 0 ? "COHORT" : "SELF_PACED",
                        i % 7 == 0 ? "Accreditation Body " + (i % 11) : "",
                        "skill " + (i % 500) + " | skill " + (i % 317 + 500) + " | skill " + (i % 97 + 900),
                        industries[i % 5] + "=" + (1 + i % 5) + " | " + industries[(i + 2) % 5] + "=2",
                        "generated", "2025-06-01"));
            }
        }
    }

    /** The baseline: the same rows through plain JDBC batches in one transaction. */
    private static void rawInsert(Database database, List<Provider> providers, List<CatalogEntry> entries)
            throws Exception {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO provider (id, name, type, version) VALUES (?, ?, ?, 0)")) {
                for (Provider provider : providers) {
                    p.setObject(1, provider.id());
                    p.setString(2, provider.name());
                    p.setString(3, provider.type().name());
                    p.addBatch();
                }
                p.executeBatch();
            }
            String credentialSql = "INSERT INTO credential (id, title, title_sort, provider_id, kind, description, "
                    + "tuition, exam_fee, materials_cost, renewal_cost, renewal_period_months, currency, total_cost, "
                    + "effort_hours, fixed_duration_weeks, format, pacing, accreditation_body, curriculum_standard, "
                    + "instructor_expertise, career_support, credits, credit_unit, stacks_into, badge_standard, "
                    + "validity_months, eqf_level, url, drawbacks, source, last_verified, origin, external_id, "
                    + "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
            try (PreparedStatement credential = c.prepareStatement(credentialSql);
                 PreparedStatement search = c.prepareStatement(
                         "INSERT INTO credential_search (credential_id, search_text) VALUES (?, ?)");
                 PreparedStatement skill = c.prepareStatement(
                         "INSERT INTO credential_skill (credential_id, label, taxonomy_uri) VALUES (?, ?, ?)");
                 PreparedStatement recognition = c.prepareStatement(
                         "INSERT INTO credential_recognition (credential_id, industry, level, evidence) VALUES (?, ?, ?, ?)")) {
                Timestamp now = new Timestamp(System.currentTimeMillis());
                int pending = 0;
                for (CatalogEntry entry : entries) {
                    Credential x = entry.credential();
                    int i = 1;
                    credential.setObject(i++, x.id());
                    credential.setString(i++, x.title());
                    credential.setString(i++, CatalogRepository.sortKey(x.title()));
                    credential.setObject(i++, x.providerId());
                    credential.setString(i++, x.kind().name());
                    credential.setString(i++, x.description());
                    credential.setBigDecimal(i++, x.costs().tuition());
                    credential.setBigDecimal(i++, x.costs().exam());
                    credential.setBigDecimal(i++, x.costs().materials());
                    credential.setBigDecimal(i++, x.costs().renewal());
                    credential.setObject(i++, x.costs().renewalPeriodMonths());
                    credential.setString(i++, x.costs().currency());
                    credential.setBigDecimal(i++, x.costs().oneOff().amount());
                    credential.setInt(i++, x.effortHours());
                    credential.setObject(i++, x.fixedDurationWeeks());
                    credential.setString(i++, x.format().name());
                    credential.setString(i++, x.pacing().name());
                    credential.setString(i++, x.quality().accreditationBody());
                    credential.setString(i++, x.quality().curriculumStandard());
                    credential.setInt(i++, x.quality().instructorExpertise());
                    credential.setInt(i++, x.quality().careerSupport());
                    credential.setObject(i++, null);
                    credential.setObject(i++, null);
                    credential.setObject(i++, null);
                    credential.setString(i++, x.badgeStandard().name());
                    credential.setObject(i++, x.validityMonths());
                    credential.setObject(i++, x.eqfLevel());
                    credential.setString(i++, x.url());
                    credential.setString(i++, x.drawbacks());
                    credential.setString(i++, x.provenance().source());
                    credential.setObject(i++, x.provenance().lastVerified());
                    credential.setString(i++, x.origin().name());
                    credential.setString(i++, x.externalId());
                    credential.setTimestamp(i++, now);
                    credential.setTimestamp(i, now);
                    credential.addBatch();
                    search.setObject(1, x.id());
                    search.setString(2, (x.title() + " | " + x.providerName()).toLowerCase(Locale.ROOT));
                    search.addBatch();
                    for (SkillRef s : x.skills()) {
                        skill.setObject(1, x.id());
                        skill.setString(2, s.label());
                        skill.setString(3, s.taxonomyUri());
                        skill.addBatch();
                    }
                    for (Recognition r : x.recognition()) {
                        recognition.setObject(1, x.id());
                        recognition.setString(2, r.industry());
                        recognition.setInt(3, r.level());
                        recognition.setString(4, r.evidence());
                        recognition.addBatch();
                    }
                    if (++pending == 2000) {
                        credential.executeBatch();
                        search.executeBatch();
                        skill.executeBatch();
                        recognition.executeBatch();
                        pending = 0;
                    }
                }
                credential.executeBatch();
                search.executeBatch();
                skill.executeBatch();
                recognition.executeBatch();
            }
            c.commit();
        }
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
