package io.writebackdoctor.knowledge;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The {@code decide} global of every rule set: how a rule states its verdict. The check and the
 * sources come from the rule's own metadata ({@code @check}, {@code @source}), so a consequence only
 * says what it found:
 *
 * <pre>
 * then
 *     decide.fail(kcontext).evidence($probe.at("tcpTestSucceeded")).with("host", $pdc);
 * </pre>
 *
 * One instance per compiled rule base, made with it: each rule's metadata is read once, at load,
 * since parsing it at every firing was a measurable part of a diagnosis.
 */
public final class Verdicts {

    public static final String CHECK = "check";
    public static final String SOURCE = "source";

    /** A rule's {@code @check} (null when missing) and {@code @source} citations. */
    private record RuleMetadata(String check, List<String> citations) {
        static RuleMetadata of(Rule rule) {
            return new RuleMetadata(metadata(rule, CHECK), citationsOf(rule));
        }
    }

    private final Map<Rule, RuleMetadata> metadataByRule;

    private Verdicts(Map<Rule, RuleMetadata> metadataByRule) {
        this.metadataByRule = metadataByRule;
    }

    /** The verdicts of the rules of one rule base, their metadata read now. */
    public static Verdicts forRules(KieBase kieBase) {
        Map<Rule, RuleMetadata> metadata = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) metadata.put(rule, RuleMetadata.of(rule));
        }
        return new Verdicts(Map.copyOf(metadata));
    }

    /** The rule's {@code @check}, or null when it has none. */
    public String check(Rule rule) {
        return metadataOf(rule).check();
    }

    /** The rule's {@code @source} citations, e.g. {@code "ARTICLE: Connectivity"} and {@code "S8: Proxy"}. */
    public List<String> citations(Rule rule) {
        return metadataOf(rule).citations();
    }

    /** A rule of another rule base (none fires here) is read on the spot rather than refused. */
    private RuleMetadata metadataOf(Rule rule) {
        RuleMetadata known = metadataByRule.get(rule);
        return known != null ? known : RuleMetadata.of(rule);
    }

    public Decision pass(RuleContext ctx) { return decide(ctx, null, Status.PASS); }
    public Decision fail(RuleContext ctx) { return decide(ctx, null, Status.FAIL); }
    public Decision warn(RuleContext ctx) { return decide(ctx, null, Status.WARN); }
    public Decision info(RuleContext ctx) { return decide(ctx, null, Status.INFO); }
    public Decision unknown(RuleContext ctx) { return decide(ctx, null, Status.UNKNOWN); }
    public Decision notApplicable(RuleContext ctx) { return decide(ctx, null, Status.NOT_APPLICABLE); }

    /** For a rule that speaks about checks other than its own {@code @check}, such as a cloud-only tenant. */
    public Decision notApplicable(RuleContext ctx, String check) { return decide(ctx, check, Status.NOT_APPLICABLE); }

    private Decision decide(RuleContext ctx, String check, Status status) {
        Rule rule = ctx.getRule();
        RuleMetadata meta = metadataOf(rule);
        String id = check != null ? check : meta.check();
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @check metadata");
        }
        Decision decision = new Decision(id, status, rule.getName(), meta.citations(),
                List.copyOf(ctx.getMatch().getObjects()));
        ctx.getKieRuntime().insert(decision);
        return decision;
    }

    /** Splits {@code @source}, e.g. {@code "ARTICLE: Connectivity; S8: Proxy"}, into its citations. */
    private static List<String> citationsOf(Rule rule) {
        String source = metadata(rule, SOURCE);
        if (source == null) return List.of();
        return Arrays.stream(source.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A metadata value as text, without the quotes DRL may keep around it. */
    public static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) return null;
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
