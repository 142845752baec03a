package io.writebackdoctor.engine;

import io.writebackdoctor.knowledge.Verdicts;
import io.writebackdoctor.report.RuleSetInfo;
import io.writebackdoctor.report.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One complete, compiled rule set: the KieBase and the catalogs and data built from the same files.
 * Immutable and thread-safe; every diagnosis runs against exactly one rule set. {@code sessions}
 * hands out sessions of {@code kieBase} that are reset and reused rather than built afresh (a new
 * session creates its node memories, the largest cost of a small diagnosis). {@code hybridOnlyRules}
 * names the rules that decide a {@code hybridOnly} check: they do not fire for a cloud-only tenant.
 * {@code verdicts} is the {@code decide} global of this rule set's sessions.
 */
public record RuleSet(
        String version,
        Instant loadedAt,
        RuleFiles source,
        KieBase kieBase,
        KieSessionsPool sessions,
        CheckCatalog checks,
        SourceCatalog sources,
        Map<String, MessageCatalog> messages,
        ReferenceData data,
        List<RuleInfo> rules,
        Map<String, List<SourceRef>> checkSources,
        Set<String> hybridOnlyRules,
        Verdicts verdicts) {

    public static final String DEFAULT_LANGUAGE = "en";

    /** Where the files came from: a folder, or "(bundled)". */
    public String origin() {
        return source.origin();
    }

    /** The files of this rule set: relative name to content. */
    public java.util.SortedMap<String, byte[]> files() {
        return source.all();
    }

    /** The documents a check's rules cite (without sections), in order of first citation. */
    public List<SourceRef> sourcesOf(String check) {
        return checkSources.getOrDefault(check, List.of());
    }

    public RuleSetInfo info() {
        return new RuleSetInfo(version, loadedAt);
    }

    /** The catalog for a language, English when that language has none. */
    public MessageCatalog messages(String language) {
        MessageCatalog catalog = language == null ? null : messages.get(language);
        return catalog != null ? catalog : messages.get(DEFAULT_LANGUAGE);
    }
}
