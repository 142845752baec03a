package io.writebackdoctor.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled DRL kept on disk between runs, so a start with unchanged rules skips the compiler: reading
 * the compiled packages back takes about a quarter of compiling them in a cold JVM. An entry is named
 * by a hash of every DRL file and of the build that wrote it (the jar's path, size and time, Java's
 * version), so an edited rule or a rebuilt jar never meets an old entry. Only rule sets that compiled
 * cleanly are written; an entry that cannot be read is deleted and the DRL compiled as usual.
 *
 * <p>The entries are Java-serialised Drools packages, which is code: the folder must be as protected
 * as the jar beside which it lives by default.
 */
public final class CompiledRulesCache {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);
    private static final String SUFFIX = ".compiled-rules";
    /** Entries kept; older ones (rule sets of earlier edits) are deleted when a new one is written. */
    static final int KEPT = 4;

    private final Path dir;
    private final String buildIdentity;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    CompiledRulesCache(Path dir, String buildIdentity) {
        this.dir = dir;
        this.buildIdentity = buildIdentity;
    }

    /**
     * The cache in {@code writeback-doctor-cache/} beside the running jar; null when the classes do
     * not come from a jar (tests, an IDE), whose contents could change without the identity changing.
     */
    public static CompiledRulesCache besideTheJar() {
        try {
            CodeSource code = CompiledRulesCache.class.getProtectionDomain().getCodeSource();
            if (code == null || code.getLocation() == null) return null;
            Path jar = Path.of(code.getLocation().toURI());
            if (!Files.isRegularFile(jar)) return null;
            String identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                    + "|" + Runtime.version();
            return new CompiledRulesCache(jar.resolveSibling("writeback-doctor-cache"), identity);
        } catch (IOException | URISyntaxException | SecurityException e) {
            return null;
        }
    }

    /** How many rule sets were read from the cache, and written to it, since this cache was made. */
    public int hits() {
        return hits.get();
    }

    public int writes() {
        return writes.get();
    }

    /** The KieBase compiled earlier from the DRL files of {@code entry} by this build, or null. */
    KieBase read(Path entry) {
        if (!Files.isRegularFile(entry)) return null;
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        try {
            ClassLoader app = CompiledRulesCache.class.getClassLoader();
            Map<String, byte[]> declaredTypes;
            try (DroolsObjectInputStream in = open(entry, app)) {
                declaredTypes = readMap(in.readObject());
            }
            // Types declared in DRL must exist before the rules that match them are read: the
            // packages are read with a class loader that holds them, as the stream's and the
            // thread's (Drools reads each package through a stream of its own, with the latter).
            ProjectClassLoader rulesLoader = ProjectClassLoader.createProjectClassLoader(app, declaredTypes);
            Thread.currentThread().setContextClassLoader(rulesLoader);
            List<KiePackage> packages;
            try (DroolsObjectInputStream in = open(entry, rulesLoader)) {
                in.readObject(); // the declared types again
                packages = readPackages(in.readObject());
            }
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                    KieServices.get().newKieBaseConfiguration(null, rulesLoader));
            kieBase.addPackages(packages);
            hits.incrementAndGet();
            LOG.info("compiled rules read from {}", entry);
            return kieBase;
        } catch (Exception | LinkageError e) {
            LOG.warn("compiled-rules cache entry {} unusable ({}); compiling the rules instead", entry.getFileName(), e.toString());
            deleteQuietly(entry);
            return null;
        } finally {
            Thread.currentThread().setContextClassLoader(caller);
        }
    }

    private static DroolsObjectInputStream open(Path entry, ClassLoader loader) throws IOException {
        return new DroolsObjectInputStream(new BufferedInputStream(Files.newInputStream(entry)), loader);
    }

    /** Keeps a cleanly compiled KieBase for the next run; a failure to write only costs that run time. */
    void write(Path entry, KieBase kieBase) {
        try {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "writing-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial));
                 DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(declaredTypes(kieBase));
                objects.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            } catch (IOException | RuntimeException e) {
                deleteQuietly(partial);
                throw e;
            }
            Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            writes.incrementAndGet();
            LOG.info("compiled rules kept in {} for the next start", entry);
            pruneOldEntries();
        } catch (IOException | RuntimeException e) {
            LOG.info("compiled rules not cached in {}: {}", dir, e.toString());
        }
    }

    /** The classes Drools generated for types and functions declared in DRL, by resource name. */
    private static HashMap<String, byte[]> declaredTypes(KieBase kieBase) {
        ClassLoader loader = ((InternalKnowledgeBase) kieBase).getRootClassLoader();
        return loader instanceof ProjectClassLoader project ? new HashMap<>(project.getStore()) : new HashMap<>();
    }

    /** The file that holds (or will hold) what these DRL files compile to, for this build. */
    Path entry(Map<String, byte[]> drl) {
        return dir.resolve(RuleFiles.sha256(buildIdentity, drl).substring(0, 24) + SUFFIX);
    }

    private void pruneOldEntries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> entries = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(CompiledRulesCache::modified).reversed()).toList();
            entries.stream().skip(KEPT).forEach(CompiledRulesCache::deleteQuietly);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // an entry left behind is harmless: its name is the hash of the rules and build it came from
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, byte[]> readMap(Object o) throws IOException {
        if (o instanceof Map<?, ?> m) return (Map<String, byte[]>) m;
        throw new IOException("not a compiled-rules entry");
    }

    @SuppressWarnings("unchecked")
    private static List<KiePackage> readPackages(Object o) throws IOException {
        if (o instanceof List<?> l) return (List<KiePackage>) l;
        throw new IOException("not a compiled-rules entry");
    }
}
