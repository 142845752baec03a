package io.writebackdoctor.engine;

import io.writebackdoctor.report.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code rules/sources.json}: the documents rules cite, by key. A rule cites
 * {@code @source("KEY: section")}; several citations are separated by {@code ;}.
 */
public final class SourceCatalog {

    public static final String FILE = "sources.json";

    record Document(String document, String url) {
    }

    private final Map<String, Document> documents;
    /**
     * Citations resolved so far: rules cite a bounded set, and every finding resolves its rules'
     * citations again, so each diagnosis would otherwise build the same references anew.
     */
    private final Map<String, Optional<SourceRef>> resolved = new ConcurrentHashMap<>();

    private SourceCatalog(Map<String, Document> documents) {
        this.documents = documents;
    }

    @SuppressWarnings("unchecked")
    static SourceCatalog read(RuleFiles files, List<RuleProblem> problems) {
        record Content(Map<String, Document> documents) {
        }
        Content content = CatalogReader.read(files, FILE, Content.class, problems);
        return new SourceCatalog(content == null || content.documents() == null ? Map.of() : new TreeMap<>(content.documents()));
    }

    /** The citation resolved to a document, or null when its key is unknown. */
    public SourceRef resolve(String citation) {
        return resolved.computeIfAbsent(citation, c -> Optional.ofNullable(lookUp(c))).orElse(null);
    }

    private SourceRef lookUp(String citation) {
        int colon = citation.indexOf(':');
        String key = (colon < 0 ? citation : citation.substring(0, colon)).trim();
        String section = colon < 0 ? null : citation.substring(colon + 1).trim();
        Document doc = documents.get(key);
        return doc == null ? null : new SourceRef(key, doc.document(), section, doc.url());
    }
}
