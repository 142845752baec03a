package io.writebackdoctor.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one rule set (DRL, catalogs, data), read at one moment: relative path with forward
 * slashes to content. Its {@link #version()} is derived from every byte, so two answers with the same
 * version came from the same rules.
 */
public final class RuleFiles {

    /** Where the build puts a copy of {@code rules/} inside the jar. */
    public static final String BUNDLED = "bundled-rules";

    private final String origin;
    private final SortedMap<String, byte[]> files;

    public RuleFiles(String origin, Map<String, byte[]> files) {
        this.origin = origin;
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /**
     * The rules folder a command uses: {@code dir} when given, else ./rules when the working folder
     * has one, else null - the rules bundled in the jar.
     */
    public static Path folderOrDefault(Path dir) {
        if (dir != null) return dir;
        Path local = Path.of("rules");
        return Files.isDirectory(local) ? local : null;
    }

    /** The files of {@code folder}, or the bundled rule set when it is null. */
    public static RuleFiles fromFolderOrBundled(Path folder) throws IOException {
        return folder != null ? fromDirectory(folder) : bundled();
    }

    /** Reads every regular file under a folder. */
    public static RuleFiles fromDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("rules folder not found: " + dir.toAbsolutePath());
        return new RuleFiles(dir.toString(), readTree(dir));
    }

    /** As {@link #fromDirectory}, for callers that already know the folder exists. */
    public static RuleFiles fromDirectoryUnchecked(Path dir) {
        try {
            return fromDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule set shipped inside the jar (or target/classes), for a jar run without a rules folder. */
    public static RuleFiles bundled() {
        URL url = RuleFiles.class.getClassLoader().getResource(BUNDLED);
        if (url == null) throw new IllegalStateException("no bundled rules on the classpath");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = jarFileSystem(uri)) {
                    return new RuleFiles("(bundled)", readTree(fs.getPath(BUNDLED)));
                }
            }
            return new RuleFiles("(bundled)", readTree(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri).close();
        } catch (FileSystemNotFoundException ignored) {
            // not open yet: the normal case
        }
        return FileSystems.newFileSystem(uri, Map.of());
    }

    private static SortedMap<String, byte[]> readTree(Path root) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (name.startsWith(".") || name.contains("/.") || name.endsWith("~")) continue; // editor droppings
                out.put(name, Files.readAllBytes(p));
            }
        }
        return out;
    }

    public String origin() {
        return origin;
    }

    public SortedMap<String, byte[]> all() {
        return files;
    }

    public String text(String name) {
        byte[] bytes = files.get(name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Files whose relative path ends with the suffix, e.g. {@code ".drl"}. */
    public SortedMap<String, byte[]> withSuffix(String suffix) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        files.forEach((k, v) -> {
            if (k.endsWith(suffix)) out.put(k, v);
        });
        return out;
    }

    /** Files whose relative path does not end with the suffix. */
    public SortedMap<String, byte[]> without(String suffix) {
        SortedMap<String, byte[]> out = new TreeMap<>(files);
        out.keySet().removeIf(k -> k.endsWith(suffix));
        return out;
    }

    /** A short hash of every file name and content. */
    public String version() {
        return sha256("", files).substring(0, 12);
    }

    /** SHA-256, in hex, of {@code salt} and then every file's name and content, in name order. */
    static String sha256(String salt, Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
