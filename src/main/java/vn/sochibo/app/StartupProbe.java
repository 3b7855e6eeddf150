package vn.sochibo.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Start-up measurement (installer/measure-startup.sh): with {@code SOCHIBO_STARTUP_PROBE=1} in the environment,
 * the app prints {@code STARTUP-READY <epoch ms>} once the window is usable (after the next rendered pulse)
 * and exits. Off otherwise.
 */
final class StartupProbe {

    private static boolean done;

    private StartupProbe() {
    }

    static boolean enabled() {
        return "1".equals(System.getenv("SOCHIBO_STARTUP_PROBE"));
    }

    /** With the probe on, prints a named moment (epoch ms) to stderr: where start-up time goes. */
    static void mark(String what) {
        if (enabled()) {
            System.err.println("STARTUP-MARK " + what + " " + System.currentTimeMillis());
        }
    }

    /** Prints the ready time after the next frame has been rendered, then quits. FX thread only. */
    static void readyAfterNextPulse() {
        if (done) {
            return;
        }
        done = true;
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    System.out.println("STARTUP-READY " + System.currentTimeMillis());
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}
