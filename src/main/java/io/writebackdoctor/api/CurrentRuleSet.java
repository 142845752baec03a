package io.writebackdoctor.api;

import io.writebackdoctor.engine.CompiledRulesCache;
import io.writebackdoctor.engine.RuleFiles;
import io.writebackdoctor.engine.RuleProblem;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.engine.RuleSetException;
import io.writebackdoctor.engine.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule set the service answers with. A request takes {@link #get()} once and keeps that rule
 * set to the end; a (re)load swaps in a new one atomically, or keeps the last good one and records
 * why the candidate was rejected.
 */
public final class CurrentRuleSet {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentRuleSet.class);

    /** What the last load attempt produced besides the serving rule set. */
    public record LoadAttempt(Instant at, List<RuleProblem> problems) {
    }

    private final Supplier<RuleFiles> source;
    private final Path folder;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final AtomicReference<LoadAttempt> lastAttempt = new AtomicReference<>(new LoadAttempt(null, List.of()));
    private final RuleSetLoader loader;

    /** Rules from any source; {@code folder} is the folder to watch for changes, or null. */
    public CurrentRuleSet(Supplier<RuleFiles> source, Path folder) {
        this(source, folder, null);
    }

    /** The same, reading and keeping compiled DRL in {@code cache} (null: compile every time). */
    public CurrentRuleSet(Supplier<RuleFiles> source, Path folder, CompiledRulesCache cache) {
        this.source = source;
        this.folder = folder;
        this.loader = RuleSetLoader.forEdits(cache);
    }

    /** The folder if given, else ./rules if present, else the rules bundled in the jar. */
    public static CurrentRuleSet forFolder(Path dir) {
        return forFolder(dir, null);
    }

    /** The same, with a cache of compiled DRL (null: none). */
    public static CurrentRuleSet forFolder(Path dir, CompiledRulesCache cache) {
        Path folder = RuleFiles.folderOrDefault(dir);
        return new CurrentRuleSet(() -> {
            try {
                return RuleFiles.fromFolderOrBundled(folder);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, folder, cache);
    }

    /** The folder the rules come from, or null for the rules bundled in the jar. */
    public Path folder() {
        return folder;
    }

    /** Loads the files now; on failure the serving rule set (if any) stays. Returns true when swapped. */
    public synchronized boolean reload() {
        Instant at = Instant.now();
        try {
            RuleSet next = loader.load(source.get());
            current.set(next);
            lastAttempt.set(new LoadAttempt(at, List.of()));
            LOG.info("rule set {} loaded from {} ({} rules)", next.version(), next.origin(), next.rules().size());
            return true;
        } catch (RuleSetException e) {
            lastAttempt.set(new LoadAttempt(at, e.getProblems()));
            e.getProblems().forEach(p -> LOG.error("rule set rejected: {}", p));
        } catch (RuntimeException e) {
            lastAttempt.set(new LoadAttempt(at, List.of(new RuleProblem("(rules folder)", 0, String.valueOf(e.getMessage())))));
            LOG.error("rule set rejected: {}", e.getMessage());
        }
        return false;
    }

    /**
     * Compiles the rule files now, without serving them, when the serving rules were read from the
     * compiled-rules cache: the first DRL edit then recompiles only the files it changed. Errors are
     * left to the next reload to report.
     */
    public synchronized void prepareForEdits() {
        try {
            loader.prepareForEdits(source.get());
        } catch (RuntimeException e) {
            LOG.debug("not prepared for edits: {}", e.getMessage());
        }
    }

    /** The serving rule set, or null before the first successful load. */
    public RuleSet get() {
        return current.get();
    }

    public LoadAttempt lastAttempt() {
        return lastAttempt.get();
    }

    /** True when the last attempt failed, so the serving rule set is older than the files. */
    public boolean isStale() {
        return !lastAttempt.get().problems().isEmpty();
    }
}
