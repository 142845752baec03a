package io.writebackdoctor.engine;

import io.writebackdoctor.facts.Fact;
import io.writebackdoctor.knowledge.CheckDefinition;
import io.writebackdoctor.knowledge.CloudEndpoints;
import io.writebackdoctor.knowledge.WritebackPlan;
import io.writebackdoctor.knowledge.Decision;
import io.writebackdoctor.knowledge.Verdicts;
import io.writebackdoctor.report.TraceEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.drools.base.InitialFact;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Follows rule firings: always the last rule and the last rule that updated a fact (to name a rule
 * that loops), and, when the caller asked for the explanation trace, every firing with the facts it
 * matched.
 */
final class TraceRecorder extends DefaultAgendaEventListener {

    private final boolean recordFirings;
    private final List<TraceEntry> entries = new ArrayList<>();
    private String lastRule = "(none)";
    private String lastUpdater;

    /** Registered with the session beside this recorder: notes which rule last updated a fact. */
    final RuleRuntimeEventListener updates = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            if (event.getRule() != null) lastUpdater = event.getRule().getName();
        }
    };

    TraceRecorder(boolean recordFirings) {
        this.recordFirings = recordFirings;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastRule = event.getMatch().getRule().getName();
        if (!recordFirings) return;
        List<String> facts = new ArrayList<>();
        for (Object o : event.getMatch().getObjects()) {
            if (o instanceof InitialFact) continue; // the engine's own marker for patterns like "not X"
            facts.add(describe(o));
        }
        entries.add(new TraceEntry(event.getMatch().getRule().getName(),
                Verdicts.metadata(event.getMatch().getRule(), Verdicts.CHECK), facts));
    }

    private static String describe(Object o) {
        if (o instanceof Fact f) return f.getPath();
        if (o instanceof Decision d) return "decision " + d.getCheck() + "=" + d.getStatus();
        if (o instanceof CheckDefinition c) return "check " + c.id();
        if (o instanceof Collection<?> items) {
            return items.stream().map(TraceRecorder::describe).collect(Collectors.joining(", ", "[", "]"));
        }
        if (o instanceof WritebackPlan p) return "writeback plan " + p.servicePlanName();
        if (o instanceof CloudEndpoints c) return "endpoints of the " + c.cloud() + " cloud";
        return o.getClass().getSimpleName(); // a type declared in DRL
    }

    /** The firings, or null when they were not recorded. */
    List<TraceEntry> entries() {
        return recordFirings ? List.copyOf(entries) : null;
    }

    /**
     * The rule to blame when the rules do not settle. A rule loops by updating a fact it (or another
     * rule) matches again, so the rule that last updated a fact is the culprit; the last rule to fire
     * may be an innocent one that the update woke up.
     */
    String loopingRule() {
        return lastUpdater != null ? lastUpdater : lastRule;
    }
}
