package io.upskillplanner.store;

import java.nio.file.Path;

/**
 * A fresh, empty database for one test, of one of the kinds the store runs on. Closing it closes
 * the store and throws the database away.
 */
abstract class TestDatabase implements AutoCloseable {

    /** The kinds of database the store supports; store tests run on each. */
    enum Kind {
        H2, POSTGRESQL;

        TestDatabase create(Path dir) {
            return this == H2 ? new OnH2(dir) : new OnPostgres();
        }
    }

    private Database open;

    /** Opens the database, creating and migrating it the first time. */
    final Database open() {
        if (open == null) {
            open = connect();
        }
        return open;
    }

    /** Closes the database and opens it again, as a restart of the app would. */
    final Database reopen() {
        closeDatabase();
        return open();
    }

    abstract Database connect();

    abstract void discard();

    private void closeDatabase() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    @Override
    public final void close() {
        closeDatabase();
        discard();
    }

    private static final class OnH2 extends TestDatabase {
        private final DataFolder folder;

        OnH2(Path dir) {
            this.folder = new DataFolder(dir);
        }

        @Override
        Database connect() {
            return Database.openH2(folder);
        }

        @Override
        void discard() {
            // @TempDir removes the folder.
        }
    }

    private static final class OnPostgres extends TestDatabase {
        private ServerDatabase server;

        @Override
        Database connect() {
            if (server == null) {
                server = TestServer.createDatabase();
            }
            return Database.openPostgres(server);
        }

        @Override
        void discard() {
            if (server != null) {
                TestServer.dropDatabase(server);
            }
        }
    }
}
