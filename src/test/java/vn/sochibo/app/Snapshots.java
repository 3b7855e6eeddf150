package vn.sochibo.app;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the window during a UI test, to look at: written as {@code NAME.png} into the folder named by the
 * system property {@code sochibo.screensOut}, and not at all without it. Call from the test thread.
 */
final class Snapshots {

    private Snapshots() {
    }

    static void save(FxRobot robot, Stage stage, String name) {
        save(stage.getScene(), name);
    }

    static void save(Scene scene, String name) {
        String target = System.getProperty("sochibo.screensOut");
        if (target == null) {
            return;
        }
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(10), () -> scene.snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(target));
            ImageIO.write(png, "png", new File(target, name + ".png"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
