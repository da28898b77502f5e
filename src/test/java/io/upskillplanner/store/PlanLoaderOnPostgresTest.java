package io.upskillplanner.store;

class PlanLoaderOnPostgresTest extends PlanLoaderTest {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
