package io.writebackdoctor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.writebackdoctor.knowledge.CheckDefinition;
import io.writebackdoctor.knowledge.Decision;
import io.writebackdoctor.knowledge.Severity;
import io.writebackdoctor.knowledge.Status;
import io.writebackdoctor.report.Finding;
import io.writebackdoctor.report.SourceRef;
import io.writebackdoctor.util.JsonPointers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the decisions of one session into one finding per catalogued check. The weightiest status
 * wins (FAIL over WARN over UNKNOWN …) and the finding is told from the decisions that reached it.
 * A check no rule decided is UNKNOWN, naming the facts it reads that the input lacks.
 */
final class FindingAssembler {

    private final RuleSet ruleSet;
    private final MessageCatalog messages;
    private final JsonNode input;

    FindingAssembler(RuleSet ruleSet, MessageCatalog messages, JsonNode input) {
        this.ruleSet = ruleSet;
        this.messages = messages;
        this.input = input;
    }

    /**
     * The order a finding tells its decisions in: by rule, then by the place in the input they cite,
     * so one rule firing for dc1 and dc2 reads dc1 first. Working memory has no stable order, and
     * the same request must give the same text every time.
     */
    private static final Comparator<Decision> IN_REPORT_ORDER = Comparator.comparing(Decision::getRule)
            .thenComparing(d -> d.getEvidence().isEmpty() ? "" : d.getEvidence().get(0), JsonPointers.IN_DOCUMENT_ORDER)
            .thenComparing(d -> String.join("\u0000", d.getEvidence()))
            .thenComparing(d -> d.getParams().toString());

    List<Finding> assemble(List<Decision> decisions) {
        Map<String, List<Decision>> byCheck = new LinkedHashMap<>();
        for (Decision d : decisions) byCheck.computeIfAbsent(d.getCheck(), k -> new ArrayList<>()).add(d);
        List<Finding> findings = new ArrayList<>();
        for (CheckDefinition check : ruleSet.checks().all()) {
            List<Decision> own = byCheck.getOrDefault(check.id(), List.of());
            if (own.isEmpty() && check.isOnlyWhenDecided()) continue;
            findings.add(own.isEmpty() ? undecided(check) : decided(check, own));
        }
        return findings;
    }

    private Finding decided(CheckDefinition check, List<Decision> decisions) {
        Status status = decisions.stream().map(Decision::getStatus).max(Comparator.comparingInt(Status::weight)).orElseThrow();
        List<Decision> winners = decisions.stream().filter(d -> d.getStatus() == status)
                .sorted(IN_REPORT_ORDER).toList();

        Set<String> explanations = new LinkedHashSet<>();
        Set<String> remediation = new LinkedHashSet<>();
        Map<String, JsonNode> evidence = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        Set<String> rules = new LinkedHashSet<>();
        List<SourceRef> sources = new ArrayList<>();
        for (Decision d : winners) {
            String base = messageBase(check.id(), status, d.getVariant());
            Map<String, String> params = new LinkedHashMap<>(d.getParams());
            d.getMissingFacts().forEach(missing::add);
            params.putIfAbsent("missing", String.join(", ", d.getMissingFacts()));
            String text = base == null ? messages.format("default." + status, params) : messages.format(base, params);
            if (text != null) explanations.add(text);
            if (base != null) remediation.addAll(messages.steps(base, params));
            for (String pointer : d.getEvidence()) {
                JsonNode value = JsonPointers.valueAt(input, pointer);
                if (!value.isMissingNode()) evidence.put(pointer, value);
            }
            rules.add(d.getRule());
            for (String citation : d.getCitations()) {
                SourceRef ref = ruleSet.sources().resolve(citation);
                if (ref != null && !sources.contains(ref)) sources.add(ref);
            }
        }
        if (status == Status.UNKNOWN && missing.isEmpty()) missing.addAll(absentReads(check));
        return finding(check, status, String.join(" ", explanations), List.copyOf(remediation), evidence,
                List.copyOf(missing), sources, List.copyOf(rules));
    }

    private Finding undecided(CheckDefinition check) {
        List<String> missing = absentReads(check);
        if (missing.isEmpty()) missing = check.reads();
        Map<String, String> params = Map.of("missing", String.join(", ", missing));
        String base = messages.unknownKey(check.id());
        return finding(check, Status.UNKNOWN, messages.format(base, params), messages.steps(base, params),
                Map.of(), missing, List.of(), List.of());
    }

    private Finding finding(CheckDefinition check, Status status, String explanation, List<String> remediation,
                            Map<String, JsonNode> evidence, List<String> missing, List<SourceRef> sources,
                            List<String> rules) {
        Severity severity = switch (status) {
            case FAIL -> check.severity();
            case WARN -> Severity.WARNING;
            default -> Severity.INFO;
        };
        String title = messages.title(check.id());
        return new Finding(check.id(), check.section(), check.origin(), check.getConfidence(), status, severity, title, explanation,
                remediation, evidence, missing, sources.isEmpty() ? null : sources.get(0), List.copyOf(sources), rules);
    }

    /**
     * The most specific message key that exists: CHECK.STATUS.variant, then a variant shared by all
     * checks (STATUS.variant), then CHECK.STATUS; null when only the default text remains.
     */
    private String messageBase(String check, Status status, String variant) {
        String base = check + "." + status;
        if (variant != null && messages.has(base + "." + variant)) return base + "." + variant;
        if (variant != null && messages.has(status + "." + variant)) return status + "." + variant;
        return messages.has(base) ? base : null;
    }

    private List<String> absentReads(CheckDefinition check) {
        return check.reads().stream().filter(p -> !JsonPointers.present(input, p)).toList();
    }
}
