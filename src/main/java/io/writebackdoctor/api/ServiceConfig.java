package io.writebackdoctor.api;

import java.nio.file.Path;

/**
 * Everything the HTTP service can be told, with its defaults. One object, set from the command line
 * ({@code serve --port … --host … --rules …}) or by tests.
 */
public final class ServiceConfig {

    /** Interface to listen on. Loopback by default, so nothing is exposed until asked. */
    public String host = "127.0.0.1";

    /** TCP port; 0 picks a free one (tests). */
    public int port = 8080;

    /** Largest request body accepted, in bytes, chunked or not (default 1 MiB); larger gets 413. */
    public long maxBodyBytes = 1024 * 1024;

    /** Most documents one batch request may carry; more gets 413. */
    public int maxBatchItems = 100;

    /** Facts samples run against candidate rules by POST /api/v1/rules/validate; null: none. */
    public Path samplesDir = Path.of("facts-samples");

    /** Bearer token of the admin endpoints (reload, validate); null disables them. */
    public String adminToken = null;

    /** Watch the rules folder and reload on change (only when the rules come from a folder). */
    public boolean watchRules = true;

    /** Quiet time after the last file change before reloading, so a burst of writes gives one reload. */
    public long reloadDebounceMillis = 50;

    /**
     * Benchmark mode adds POST /bench/floor, which reads and parses a body like /api/v1/diagnose and
     * answers a small fixed JSON: the floor the load benchmark compares the diagnosis with. Off by default.
     */
    public boolean benchmarkMode = false;

    /** Default of {@link #maxThreads}, also the default of {@code serve --max-threads}. */
    public static final int DEFAULT_MAX_THREADS = 16;

    /**
     * Most threads of the web server (default 16). Diagnoses are CPU work: on a small machine more
     * threads than this only add memory (each keeps a stack and native allocations, about 0.3 MB
     * measured), and requests beyond them wait in the server's queue instead.
     */
    public int maxThreads = DEFAULT_MAX_THREADS;

    /** How long shutdown waits for requests in flight before stopping anyway. */
    public long shutdownGraceMillis = 30_000;
}
