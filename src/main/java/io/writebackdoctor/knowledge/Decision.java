package io.writebackdoctor.knowledge;

import io.writebackdoctor.facts.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one rule concluded about one check. Rules create decisions through the {@code decide} global
 * and refine them fluently; decisions live in working memory so later rules (the follow-up section)
 * can reason about them.
 */
public final class Decision {
    private final String check;
    private final Status status;
    private final String rule;
    private final List<String> citations;
    private final List<Object> matchedFacts;
    private String variant;
    private final Map<String, String> params = new LinkedHashMap<>();
    private final List<String> evidence = new ArrayList<>();
    private final List<String> missingFacts = new ArrayList<>();

    Decision(String check, Status status, String rule, List<String> citations, List<Object> matchedFacts) {
        this.check = check;
        this.status = status;
        this.rule = rule;
        this.citations = citations;
        this.matchedFacts = matchedFacts;
    }

    /** Cite an input value: the JSON Pointer of a fact field, e.g. {@code $domain.at("pdcEmulator")}. */
    public Decision evidence(String pointer) {
        if (pointer != null && !evidence.contains(pointer)) evidence.add(pointer);
        return this;
    }

    /** Cite the same field of several facts, e.g. every SKU's {@code consumedUnits}. */
    public Decision evidenceOf(Collection<? extends Fact> facts, String field) {
        facts.forEach(f -> evidence(f.at(field)));
        return this;
    }

    /** A placeholder value listing the names of several facts, e.g. the SKUs considered. */
    public Decision withNames(String name, Collection<? extends Fact> facts) {
        return with(name, facts.stream().map(Fact::getName).distinct().collect(Collectors.joining(", ")));
    }

    /** A value for a {@code {name}} placeholder of the message. */
    public Decision with(String name, Object value) {
        params.put(name, value == null ? "" : String.valueOf(value));
        return this;
    }

    /**
     * Choose a message variant: the explanation is looked up as {@code CHECK.STATUS.variant} before
     * {@code CHECK.STATUS}.
     */
    public Decision because(String variant) {
        this.variant = variant;
        return this;
    }

    /** Name a fact (JSON Pointer pattern) that would decide the check; for UNKNOWN verdicts. */
    public Decision missing(String pointerPattern) {
        if (!missingFacts.contains(pointerPattern)) missingFacts.add(pointerPattern);
        return this;
    }

    public String getCheck() { return check; }
    public Status getStatus() { return status; }
    public String getRule() { return rule; }
    public List<String> getCitations() { return citations; }
    public String getVariant() { return variant; }
    /** The facts the deciding rule matched, e.g. {@code Decision( matchedFacts contains $event )}. */
    public List<Object> getMatchedFacts() { return matchedFacts; }
    public Map<String, String> getParams() { return params; }
    public List<String> getEvidence() { return evidence; }
    public List<String> getMissingFacts() { return missingFacts; }


    @Override
    public String toString() {
        return check + "=" + status + " by " + rule;
    }
}
