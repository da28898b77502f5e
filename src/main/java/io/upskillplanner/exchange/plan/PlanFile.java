package io.upskillplanner.exchange.plan;

/** The identity of the app's own plan file format (see assets/schema/plan-v1.schema.json). */
public final class PlanFile {

    /** The value of the top-level "format" member that marks a plan file. */
    public static final String FORMAT = "upskill-planner-plan";
    /** The version this app writes and the only one it reads; bump it on any incompatible change. */
    public static final int VERSION = 1;
    public static final String FORMAT_NAME = "Upskill Planner plan file";

    private PlanFile() {
    }
}
