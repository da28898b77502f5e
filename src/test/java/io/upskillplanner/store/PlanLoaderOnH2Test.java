package io.upskillplanner.store;

class PlanLoaderOnH2Test extends PlanLoaderTest {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
