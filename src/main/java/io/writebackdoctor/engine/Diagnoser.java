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
import org.kie.api.runtime.KieSession;

/**
 * Runs one facts document through one rule set. A fresh KieSession per call (sessions are not
 * thread-safe; the KieBase is), disposed in all cases.
 */
public final class Diagnoser {

    /** Upper bound of rule firings per diagnosis: a rule that re-fires forever stops here. */
    public static final int MAX_FIRINGS = 10_000;

    private static final Verdicts VERDICTS = new Verdicts();

    private final RuleSet ruleSet;

    public Diagnoser(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public Diagnosis diagnose(ParsedFacts facts, String language, boolean withTrace) {
        new LicenseResolver(ruleSet.data()).resolve(facts.document());
        KieSession session = ruleSet.kieBase().newKieSession();
        TraceRecorder trace = new TraceRecorder();
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
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RuleLoopException("the rules fired " + fired + " times without settling; last rule: "
                        + lastRule(trace));
            }
            decisions = session.getObjects(o -> o instanceof Decision).stream().map(Decision.class::cast).toList();
        } finally {
            session.dispose();
        }
        MessageCatalog messages = ruleSet.messages(language);
        List<Finding> findings = new FindingAssembler(ruleSet, messages, facts.json()).assemble(decisions);
        return new Diagnosis(ruleSet.info(), messages.language(), summarize(findings), findings, facts.warnings(),
                withTrace ? trace.entries() : null);
    }

    private static String lastRule(TraceRecorder trace) {
        var entries = trace.entries();
        return entries.isEmpty() ? "(none)" : entries.get(entries.size() - 1).rule();
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
