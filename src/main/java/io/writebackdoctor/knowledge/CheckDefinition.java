package io.writebackdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One entry of {@code rules/checks.json} (or {@code rules/checks/<area>.json}): a check the knowledge
 * base knows, where it stands in the report, how severe its failure is, which facts it reads (JSON
 * Pointer patterns, {@code *} for any array item), whether it applies to hybrid tenants only, whether
 * it is reported only when a rule decides it, and how confident its source is. Inserted into every
 * session so rules can reason about checks.
 *
 * <p>The flags are primitive (absent means false): with {@code Boolean} components, a constraint such
 * as {@code !onlyWhenDecided} was never compiled by Drools and stayed interpreted, through reflection,
 * on every check of every diagnosis.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CheckDefinition(
        String id,
        String section,
        String origin,
        Severity severity,
        List<String> reads,
        boolean hybridOnly,
        boolean onlyWhenDecided,
        String confidence) {

    public static final String ORIGIN_ARTICLE = "article";
    /** Backed by Microsoft's own documentation; anything else ("community", "unverified") is a hint. */
    public static final String CONFIDENCE_PRIMARY = "primary";

    public CheckDefinition {
        reads = reads == null ? List.of() : List.copyOf(reads);
        confidence = confidence == null ? CONFIDENCE_PRIMARY : confidence;
    }

    /** Accessors in bean style, for rule constraints such as {@code CheckDefinition( fromArticle )}. */
    public String getId() { return id; }
    public String getSection() { return section; }
    public String getOrigin() { return origin; }
    /** True for checks of the on-premises side, which do not apply to a cloud-only tenant. */
    public boolean isHybridOnly() { return hybridOnly; }
    public boolean isFromArticle() { return ORIGIN_ARTICLE.equals(origin); }

    /**
     * True for checks that speak only when a rule decides them (an event in the log, an SSPR error
     * code); the engine does not report them UNKNOWN when nothing triggered them.
     */
    public boolean isOnlyWhenDecided() { return onlyWhenDecided; }
    public String getConfidence() { return confidence; }
    public boolean isLowConfidence() { return !CONFIDENCE_PRIMARY.equals(confidence); }
}
