package io.writebackdoctor.api;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rules folder (DRL, catalogs, data, subfolders included) and reloads the rule set when
 * files change: debounced, so an editor's burst of writes gives one reload, and compiled on this
 * watcher's own thread, never on a request's.
 */
public final class RulesWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final Path dir;
    private final CurrentRuleSet rules;
    private final long debounceMillis;
    private final WatchService watchService;
    private final ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rules-reload"));
    private final Thread watcher;
    private ScheduledFuture<?> pending;
    private volatile long firstChangeNanos;

    public RulesWatcher(Path dir, CurrentRuleSet rules, long debounceMillis) throws IOException {
        this.dir = dir;
        this.rules = rules;
        this.debounceMillis = debounceMillis;
        this.watchService = FileSystems.getDefault().newWatchService();
        registerTree(dir);
        this.watcher = daemon(this::watch, "rules-watcher");
    }

    public RulesWatcher start() {
        watcher.start();
        // On the reload thread, so that a change seen meanwhile waits for it instead of compiling twice.
        reloader.execute(rules::prepareForEdits);
        LOG.info("watching {} for rule changes", dir.toAbsolutePath());
        return this;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                for (var event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                        Path created = ((Path) key.watchable()).resolve(name);
                        if (Files.isDirectory(created)) registerTree(created);
                    }
                }
                key.reset();
                changed();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        } catch (IOException e) {
            LOG.error("rules watcher stopped: {}", e.getMessage());
        }
    }

    private synchronized void changed() {
        if (pending == null || pending.isDone()) firstChangeNanos = System.nanoTime();
        if (pending != null) pending.cancel(false);
        pending = reloader.schedule(this::reload, debounceMillis, TimeUnit.MILLISECONDS);
    }

    private void reload() {
        long seen = firstChangeNanos;
        if (rules.reload()) {
            LOG.info("rule set {} serving {} ms after the change was seen", rules.get().version(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - seen));
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        try {
            watchService.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
        watcher.interrupt();
        reloader.shutdownNow();
    }
}
