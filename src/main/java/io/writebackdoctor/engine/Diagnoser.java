package io.writebackdoctor.engine;

import io.writebackdoctor.facts.Fact;
import io.writebackdoctor.facts.ParsedFacts;
import io.writebackdoctor.knowledge.Decision;
import io.writebackdoctor.knowledge.Status;
import io.writebackdoctor.knowledge.Verdicts;
import io.writebackdoctor.report.Diagnosis;
import io.writebackdoctor.report.Finding;
import io.writebackdoctor.report.Summary;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;

/**
 * Runs one facts document through one rule set. A fresh KieSession per call (sessions are not
 * thread-safe; the KieBase is), disposed in all cases.
 */
public final class Diagnoser {

    /** Upper bound of rule firings per diagnosis: a rule that re-fires forever stops here. */
    public static final int MAX_FIRINGS = 10_000;

    /**
     * Upper bound of the time the rules may take per diagnosis; the session is halted between two
     * firings. Generous, so a cold JVM on a loaded machine never trips it; loops hit the firing limit first. (A consequence that never returns cannot be stopped from outside: Java gives no safe way.)
     */
    public static final long TIME_LIMIT_MILLIS = 5_000;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rule-time-limit");
        t.setDaemon(true);
        return t;
    });

    private static final Verdicts VERDICTS = new Verdicts();

    private final RuleSet ruleSet;

    public Diagnoser(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public Diagnosis diagnose(ParsedFacts facts, String language, boolean withTrace) {
        new LicenseResolver(ruleSet.data()).resolve(facts.document());
        KieSession session = ruleSet.kieBase().newKieSession();
        TraceRecorder trace = new TraceRecorder(withTrace);
        List<Decision> decisions;
        try {
            session.setGlobal("decide", VERDICTS);
            session.addEventListener(trace);
            for (Fact fact : facts.document().facts()) session.insert(fact);
            ruleSet.checks().all().forEach(session::insert);
            ruleSet.data().writebackPlans().forEach(session::insert);
            // Only the tenant's cloud: probes of another cloud's endpoints must not decide anything.
            String cloud = facts.document().getTenant() == null ? "public" : facts.document().getTenant().getEffectiveCloud();
            ruleSet.data().clouds().stream().filter(c -> cloud.equals(c.cloud())).forEach(session::insert);
            KieSession running = session;
            ScheduledFuture<?> timer = WATCHDOG.schedule(running::halt, TIME_LIMIT_MILLIS, TimeUnit.MILLISECONDS);
            int fired = session.fireAllRules(MAX_FIRINGS);
            boolean timedOut = !timer.cancel(false);
            if (fired >= MAX_FIRINGS || timedOut) {
                String limit = timedOut ? "within " + TIME_LIMIT_MILLIS + " ms" : "within " + MAX_FIRINGS + " firings";
                throw new RuleLoopException("the rules did not settle " + limit + "; the rule firing last was \""
                        + trace.lastRule() + "\"", trace.lastRule());
            }
            decisions = session.getObjects(o -> o instanceof Decision).stream().map(Decision.class::cast).toList();
        } finally {
            session.dispose();
        }
        MessageCatalog messages = ruleSet.messages(language);
        List<Finding> findings = new FindingAssembler(ruleSet, messages, facts.json()).assemble(decisions);
        return new Diagnosis(ruleSet.info(), messages.language(), summarize(findings), findings, facts.warnings(),
                trace.entries());
    }

    static Summary summarize(List<Finding> findings) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Status outcome = Status.PASS;
        for (Finding f : findings) {
            counts.merge(f.status(), 1, Integer::sum);
            if (f.status().asOutcome().weight() > outcome.weight()) outcome = f.status().asOutcome();
        }
        return new Summary(outcome, counts);
    }
}
