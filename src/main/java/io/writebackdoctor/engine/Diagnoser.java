package io.writebackdoctor.engine;

import io.writebackdoctor.facts.Fact;
import io.writebackdoctor.facts.ParsedFacts;
import io.writebackdoctor.facts.Tenant;
import io.writebackdoctor.knowledge.Decision;
import io.writebackdoctor.knowledge.Status;
import io.writebackdoctor.report.Diagnosis;
import io.writebackdoctor.report.Finding;
import io.writebackdoctor.report.Summary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Runs one facts document through one rule set. One KieSession per call, taken from the rule set's
 * pool (sessions are not thread-safe; the KieBase is) and given back reset, or destroyed on error.
 */
public final class Diagnoser {

    /** Upper bound of rule firings per diagnosis: a rule that re-fires forever stops here. */
    public static final int MAX_FIRINGS = 10_000;

    /**
     * Upper bound of the time the rules may take per diagnosis; the session is halted between two
     * firings. Generous, so a cold JVM on a loaded machine never trips it; loops hit the firing limit first. (A consequence that never returns cannot be stopped from outside: Java gives no safe way.)
     */
    public static final long TIME_LIMIT_MILLIS = 5_000;

    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    /**
     * One daemon thread that halts sessions over their time limit. A cancelled timer leaves its
     * queue at once: otherwise every request's timer would stay queued for the whole time limit,
     * survive collections and be copied to the old generation.
     */
    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rule-time-limit");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private final RuleSet ruleSet;

    public Diagnoser(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public Diagnosis diagnose(ParsedFacts facts, String language, boolean withTrace) {
        new LicenseResolver(ruleSet.data()).resolve(facts.document());
        TraceRecorder trace = new TraceRecorder(withTrace);
        List<Decision> decisions = runRules(facts, trace);
        MessageCatalog messages = ruleSet.messages(language);
        List<Finding> findings = new FindingAssembler(ruleSet, messages, facts.json()).assemble(decisions);
        return new Diagnosis(ruleSet.info(), messages.language(), summarize(findings), findings, facts.warnings(),
                trace.entries());
    }

    /**
     * One pooled session: disposing it resets it for the next request. A session that ends in an
     * error (a loop, a halt, a failing consequence) is destroyed instead, so no state of a broken run
     * is ever reused.
     */
    private List<Decision> runRules(ParsedFacts facts, TraceRecorder trace) {
        KieSession session = ruleSet.sessions().newKieSession();
        boolean clean = false;
        try {
            session.setGlobal("decide", ruleSet.verdicts());
            session.addEventListener(trace);
            session.addEventListener(trace.updates);
            for (Fact fact : facts.document().facts()) session.insert(fact);
            ruleSet.checks().all().forEach(session::insert);
            ruleSet.data().writebackPlans().forEach(session::insert);
            // Only the tenant's cloud: probes of another cloud's endpoints must not decide anything.
            Tenant tenant = facts.document().getTenant();
            String cloud = tenant == null ? "public" : tenant.getEffectiveCloud();
            ruleSet.data().clouds().stream().filter(c -> cloud.equals(c.cloud())).forEach(session::insert);
            ScheduledFuture<?> timer = WATCHDOG.schedule(session::halt, TIME_LIMIT_MILLIS, TimeUnit.MILLISECONDS);
            int fired = session.fireAllRules(onlyRulesThatApply(tenant), MAX_FIRINGS);
            boolean timedOut = !timer.cancel(false);
            if (fired >= MAX_FIRINGS || timedOut) {
                String limit = timedOut ? "within " + TIME_LIMIT_MILLIS + " ms" : "within " + MAX_FIRINGS + " firings";
                throw new RuleLoopException("the rules did not settle " + limit + "; the rule that kept them going was \""
                        + trace.loopingRule() + "\"", trace.loopingRule());
            }
            List<Decision> decisions = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Decision)) decisions.add((Decision) o);
            session.removeEventListener(trace);
            session.removeEventListener(trace.updates);
            clean = true;
            return decisions;
        } finally {
            if (clean) session.dispose();
            else session.destroy();
        }
    }

    /**
     * A cloud-only tenant has no on-premises side: the rules of hybridOnly checks do not fire, and the
     * cloud-only rule marks those checks not applicable. Deciding this here, from the catalog, spares
     * every such rule a guard on the tenant.
     */
    private AgendaFilter onlyRulesThatApply(Tenant tenant) {
        boolean cloudOnly = tenant != null && Boolean.FALSE.equals(tenant.getHybrid());
        if (!cloudOnly) return match -> true;
        return match -> !ruleSet.hybridOnlyRules().contains(match.getRule().getName());
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
