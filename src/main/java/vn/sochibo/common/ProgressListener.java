package vn.sochibo.common;

/** How long work reports progress and learns it was cancelled. Plain Java: services may take it. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void worked(long done, long total);

    boolean cancelled();
}
