package io.upskillplanner.store;

class StoreRoundTripOnPostgresTest extends StoreRoundTripTest {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
