package io.writebackdoctor.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.writebackdoctor.engine.LanguageChoice;
import io.writebackdoctor.engine.RuleLoopException;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.facts.FactsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service: routes, error answers, request log and graceful shutdown around the rule set in
 * {@link CurrentRuleSet}. Every error is an RFC 9457 problem; no stack trace ever reaches a client.
 */
public final class WritebackDoctorService {

    private static final Logger LOG = LoggerFactory.getLogger(WritebackDoctorService.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("io.writebackdoctor.access");
    private static final String RULE_SET_USED = "ruleSetVersion";

    private final ServiceConfig config;
    private final CurrentRuleSet rules;
    private FactsReader factsReader; // made in start(), once the rule build has begun
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AdminGuard adminGuard;
    private Javalin app;
    private QueuedThreadPool webThreads;
    private RulesWatcher watcher;

    public WritebackDoctorService(ServiceConfig config, CurrentRuleSet rules) {
        this.config = config;
        this.rules = rules;
        this.adminGuard = new AdminGuard(config.adminToken);
    }

    /** Jetty's pool, bounded by {@link ServiceConfig#maxThreads}, under the name Javalin gives its own. */
    private static QueuedThreadPool webThreads(int max) {
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(8, max), 60_000);
        pool.setName("JettyServerThreadPool");
        return pool;
    }

    /** Loads the rule set (a failure leaves /ready at 503, and is logged) and starts listening. */
    public WritebackDoctorService start() {
        // Compiling the rules is most of the start-up time: it runs beside the web server's start
        // (two cores do both at once), and start() returns once both are done.
        Thread firstLoad = new Thread(rules::reload, "rules-first-load");
        firstLoad.start();
        factsReader = new FactsReader(); // loads the JSON Schema: beside the rule build, not before it
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = config.maxBodyBytes; // we enforce it ourselves too, chunked included
            cfg.jetty.host = config.host;
            cfg.jetty.port = config.port;
            webThreads = webThreads(config.maxThreads);
            cfg.jetty.threadPool = webThreads;
            cfg.staticFiles.enableWebjars();

            DiagnoseEndpoint diagnose = new DiagnoseEndpoint(this);
            BatchDiagnoseEndpoint batch = new BatchDiagnoseEndpoint(this);
            ChecksEndpoint checks = new ChecksEndpoint(this);
            RulesEndpoint ruleSet = new RulesEndpoint(this);
            HealthEndpoints health = new HealthEndpoints(this);
            DocumentsEndpoints documents = new DocumentsEndpoints();

            cfg.routes.before(ctx -> inFlight.incrementAndGet());
            cfg.routes.post(DiagnoseEndpoint.PATH, diagnose);
            cfg.routes.post(BatchDiagnoseEndpoint.PATH, batch);
            cfg.routes.post(ReloadRulesEndpoint.PATH, new ReloadRulesEndpoint(this));
            cfg.routes.post(ValidateRulesEndpoint.PATH, new ValidateRulesEndpoint(this));
            cfg.routes.get(ChecksEndpoint.PATH, checks);
            cfg.routes.get(RulesEndpoint.PATH, ruleSet);
            cfg.routes.get(HealthEndpoints.HEALTH, health::health);
            cfg.routes.get(HealthEndpoints.READY, health::ready);
            cfg.routes.get(DocumentsEndpoints.OPENAPI, documents::openApi);
            cfg.routes.get(DocumentsEndpoints.SCHEMA, documents::schema);
            cfg.routes.get(DocumentsEndpoints.DOCS, documents::docs);
            if (config.benchmarkMode) cfg.routes.post(FloorEndpoint.PATH, new FloorEndpoint(this));

            cfg.routes.exception(ProblemException.class, (e, ctx) -> Responses.problem(ctx, e.problem()));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> Responses.problem(ctx, httpProblem(e.getStatus(), ctx)));
            cfg.routes.exception(RuleLoopException.class, (e, ctx) -> {
                LOG.error("rule loop on {}: {}", ctx.path(), e.getMessage());
                Responses.problem(ctx, Problem.of("rule-loop", "The rules did not settle", 500, e.getMessage()));
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                Responses.problem(ctx, Problem.of("internal-error", "Internal error", 500,
                        "the service failed to answer; the server log has the details"));
            });
            cfg.routes.error(404, ctx -> {
                if (!isProblem(ctx)) Responses.problem(ctx, httpProblem(404, ctx));
            });
            cfg.routes.error(405, ctx -> {
                ctx.header("Allow", String.join(", ", allowedMethods(ctx.path())));
                if (!isProblem(ctx)) Responses.problem(ctx, httpProblem(405, ctx));
            });

            cfg.requestLogger.http((ctx, ms) -> {
                inFlight.decrementAndGet();
                Object version = ctx.attribute(RULE_SET_USED);
                if (version == null && rules.get() != null) version = rules.get().version();
                ACCESS.info("{} {} {} {}ms rules={}", ctx.method(), ctx.path(), ctx.statusCode(),
                        String.format("%.1f", ms), version);
            });
        });
        app.start();
        joinUninterruptibly(firstLoad);
        startWatching();
        LOG.info("writeback-doctor listening on http://{}:{}", config.host, port());
        return this;
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void startWatching() {
        if (!config.watchRules) return;
        Path dir = rules.folder();
        if (dir == null || !Files.isDirectory(dir)) return; // bundled rules never change
        try {
            watcher = new RulesWatcher(dir, rules, config.reloadDebounceMillis).start();
        } catch (IOException e) {
            LOG.warn("cannot watch {}: {}; reload with POST {}", dir, e.getMessage(), ReloadRulesEndpoint.PATH);
        }
    }

    /** The methods served on a path, for the Allow header of a 405. */
    private java.util.List<String> allowedMethods(String path) {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(p -> p.endpoint.method.isHttpMethod() && p.matches(path))
                .map(p -> p.endpoint.method.name()).distinct().sorted().toList();
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.MEDIA_TYPE);
    }

    private static Problem httpProblem(int status, Context ctx) {
        return switch (status) {
            case 404 -> Problem.of("not-found", "Not found", 404, "no resource at " + ctx.path() + "; see /openapi.json");
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405,
                    ctx.method() + " is not allowed on " + ctx.path() + "; see /openapi.json");
            default -> Problem.of("http-" + status, HttpStatus.forStatus(status).getMessage(), status, HttpStatus.forStatus(status).getMessage());
        };
    }

    /**
     * Stops gracefully: /ready turns 503, the listener stops accepting, requests in flight finish
     * (up to {@link ServiceConfig#shutdownGraceMillis}), then the server stops.
     */
    public void stop() {
        if (app == null || !draining.compareAndSet(false, true)) return;
        if (watcher != null) watcher.close();
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.close();
        }
        long deadline = System.currentTimeMillis() + config.shutdownGraceMillis;
        while (inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LOG.info("stopping ({} requests still in flight)", Math.max(inFlight.get(), 0));
        app.stop();
    }

    /** Threads the web server's pool holds now (for tests of its bound). */
    int webThreadCount() {
        return webThreads.getThreads();
    }

    public int port() {
        return app.port();
    }

    /** Every HTTP route served, as "METHOD /path" (BEFORE/AFTER filters excluded); the OpenAPI test compares them. */
    public java.util.List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> e.method.name() + " " + e.path)
                .sorted().toList();
    }

    ServiceConfig config() {
        return config;
    }

    CurrentRuleSet rules() {
        return rules;
    }

    AdminGuard adminGuard() {
        return adminGuard;
    }

    FactsReader factsReader() {
        return factsReader;
    }

    boolean isDraining() {
        return draining.get();
    }

    /** The rule set for this request (remembered for the request log), or 503 when none is loaded. */
    RuleSet ruleSetOrUnavailable(Context ctx) {
        RuleSet ruleSet = rules.get();
        if (ruleSet == null) {
            throw new ProblemException(Problem.of("no-rule-set", "No rule set loaded", 503,
                    "the rules failed to load; GET /api/v1/rules lists the errors"));
        }
        ctx.attribute(RULE_SET_USED, ruleSet.version());
        return ruleSet;
    }

    /** The answer's language: ?lang=, else Accept-Language, else English. */
    String language(Context ctx, RuleSet ruleSet) {
        return LanguageChoice.choose(ctx.queryParam("lang"), ctx.header("Accept-Language"), ruleSet.messages().keySet());
    }
}
