package io.upskillplanner.report;

/**
 * How report work tells its progress and learns it should stop. Cancelling is cooperative: the
 * work checks {@link #isCancelled()} between steps and is never interrupted, because part of it
 * reads the database.
 */
public interface ReportMonitor {

    ReportMonitor NONE = new ReportMonitor() {
        @Override
        public void progress(double done) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param done share of the work done, 0 to 1 */
    void progress(double done);

    boolean isCancelled();

    default void checkCancelled() {
        if (isCancelled()) {
            throw new ReportCancelledException();
        }
    }
}
