package vn.sochibo.core;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The test class path as jars only, for children started with a class-data archive (the JVM archives classes
 * from jars, not from folders): Surefire's manifest-only jar is expanded and each folder (target/classes,
 * target/test-classes) is packed into a jar once.
 */
final class CrashClasspath {

    private CrashClasspath() {
    }

    static String asJars(String classpath, Path jarFolder) throws IOException {
        Files.createDirectories(jarFolder);
        List<String> out = new ArrayList<>();
        int folders = 0;
        for (Path entry : expand(classpath)) {
            if (Files.isDirectory(entry)) {
                Path jar = jarFolder.resolve("folder-" + folders++ + ".jar");
                pack(entry, jar);
                out.add(jar.toString());
            } else if (Files.exists(entry)) {
                out.add(entry.toString());
            }
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    private static List<Path> expand(String classpath) throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String part : classpath.split(java.io.File.pathSeparator)) {
            if (part.isEmpty()) {
                continue;
            }
            Path path = Paths.get(part).toAbsolutePath();
            String manifestPath = null;
            if (Files.isRegularFile(path) && part.endsWith(".jar")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    Manifest manifest = jar.getManifest();
                    boolean onlyAManifest = jar.stream().noneMatch(e -> e.getName().endsWith(".class"));
                    manifestPath = manifest == null || !onlyAManifest ? null
                            : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                }
            }
            if (manifestPath == null) {
                entries.add(path);
            } else {
                for (String url : manifestPath.trim().split("\\s+")) {
                    URI uri = path.toUri().resolve(url);
                    entries.add(Paths.get(uri));
                }
            }
        }
        return entries;
    }

    private static void pack(Path folder, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(folder))::iterator) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (Files.isDirectory(file)) {
                    out.putNextEntry(new ZipEntry(name + "/")); // Flyway finds db/migration through its folder entry
                } else {
                    out.putNextEntry(new ZipEntry(name));
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
    }
}
