package io.upskillplanner.store;

import java.util.function.Function;

import org.jooq.DSLContext;

/** The repositories over one database connection context, for code that needs several of them. */
public final class Store {

    private final Database database;
    private final DSLContext dsl;

    public Store(Database database) {
        this(database, database.dsl());
    }

    private Store(Database database, DSLContext dsl) {
        this.database = database;
        this.dsl = dsl;
    }

    public Database database() {
        return database;
    }

    public ProfileRepository profiles() {
        return new ProfileRepository(dsl);
    }

    public GoalRepository goals() {
        return new GoalRepository(dsl);
    }

    public CatalogRepository catalog() {
        return new CatalogRepository(dsl);
    }

    public CandidateRepository candidates() {
        return new CandidateRepository(dsl);
    }

    public ExchangeRateRepository exchangeRates() {
        return new ExchangeRateRepository(dsl);
    }

    public EarnedBadgeRepository earnedBadges() {
        return new EarnedBadgeRepository(dsl);
    }

    public PlanLoader plans() {
        return new PlanLoader(this);
    }

    /** The connection context these repositories share; for store classes that query across tables. */
    DSLContext dsl() {
        return dsl;
    }

    public SettingsRepository settings() {
        return new SettingsRepository(dsl);
    }

    public SkillRepository skills() {
        return new SkillRepository(dsl);
    }

    public CredentialFactRepository facts() {
        return new CredentialFactRepository(dsl);
    }

    /** As-is and bulk reads and writes for import and export. */
    public TransferRepository transfer() {
        return new TransferRepository(dsl);
    }

    /** Runs work on repositories that share one transaction: all of it commits, or none of it does. */
    public <T> T inTransaction(Function<Store, T> work) {
        try {
            return dsl.transactionResult(configuration -> work.apply(new Store(database, configuration.dsl())));
        } catch (RuntimeException e) {
            throw database.translate(e);
        }
    }

    /**
     * Keeps a copy of the database before a write that changes much at once (a bulk import), so
     * that the user can go back to the state before it.
     */
    public Backup backupBefore(BackupReason reason) {
        return database.backup(reason);
    }
}
