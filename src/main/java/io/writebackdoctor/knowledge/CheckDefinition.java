package io.writebackdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One entry of {@code rules/checks.json}: a check the knowledge base knows, where it stands in the
 * report, how severe its failure is, and which facts it reads (JSON Pointer patterns, {@code *} for
 * any array item). Inserted into every session so rules can reason about checks.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CheckDefinition(
        String id,
        String section,
        String origin,
        Severity severity,
        List<String> reads,
        Boolean hybridOnly) {

    public static final String ORIGIN_ARTICLE = "article";

    public CheckDefinition {
        reads = reads == null ? List.of() : List.copyOf(reads);
        hybridOnly = Boolean.TRUE.equals(hybridOnly);
    }

    /** Accessors in bean style, for rule constraints such as {@code CheckDefinition( fromArticle )}. */
    public String getId() { return id; }
    public String getSection() { return section; }
    public String getOrigin() { return origin; }
    /** True for checks of the on-premises side, which do not apply to a cloud-only tenant. */
    public boolean isHybridOnly() { return hybridOnly; }
    public boolean isFromArticle() { return ORIGIN_ARTICLE.equals(origin); }
}
