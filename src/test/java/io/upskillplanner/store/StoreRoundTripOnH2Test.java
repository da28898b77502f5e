package io.upskillplanner.store;

class StoreRoundTripOnH2Test extends StoreRoundTripTest {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
